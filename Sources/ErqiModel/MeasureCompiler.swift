/// Checks one measure's fields and resolves them to a `CompiledMeasure`, reading defaults
/// from the baseline index's slots.
struct MeasureCompiler {
    let baseline: Baseline
    let index: BaselineIndex
    let inputs: [Double]
    var issues: [ModelIssue] = []
    /// Parameters read that the baseline lacks.
    var missing: [ModelIssue] = []
    var vehicleTerms: [VehicleTerm] = []
    /// Yellow-label vehicles retired per class over all measures, with the measures' ids.
    var retired: [Int: (count: Double, ids: [String])] = [:]

    init(baseline: Baseline, index: BaselineIndex, inputs: [Double]) {
        self.baseline = baseline; self.index = index; self.inputs = inputs
    }

    var layout: ParameterLayout { index.layout }

    /// The value in `slot`, recording the key as missing when the baseline lacks it.
    mutating func read(_ slot: Int) -> Double {
        if !index.present[slot] { missing.append(ModelIssue("baseline", "missing parameter \(index.keyText[slot])")) }
        return inputs[slot]
    }

    mutating func compile(_ m: Measure) -> CompiledMeasure? {
        let spec = LeverCatalog.spec(m.lever)
        // Problems by field name, sorted at the end so that they read in a stable order.
        var problems: [(String, ModelIssue)] = []
        var sizes = SIMD4<Double>(repeating: 0)
        var given = SIMD4<Int>(repeating: 0)
        var counts: [(Int, Double)] = []
        var sector = spec.sector
        var township = -1
        var profileName = spec.defaultProfile
        var startMonth = spec.defaultStartMonth
        if let t = spec.defaultTownship, let i = baseline.townshipIndex(t) { township = i }
        func path(_ name: String) -> String { "measures.\(m.id).\(name)" }

        for (name, value) in m.fields {
            func fail(_ message: String) { problems.append((name, ModelIssue(path(name), message))) }
            switch name {
            case CommonField.note:
                if value.text == nil { fail("expected text, got \(value)") }
            case CommonField.startMonth:
                if let v = value.number, v == v.rounded(), v >= 1, v <= 13 { startMonth = Int(v) } else {
                    fail("expected a whole month 1…13 (13: not in 2015), got \(describe(value))")
                }
            case CommonField.profile:
                if let p = value.text, layout.profileNames.contains(p) { profileName = p } else {
                    fail("expected a profile (\(layout.profileNames.joined(separator: ", "))), got \(describe(value))\(hint(value, layout.profileNames))")
                }
            case CommonField.township:
                if let t = value.text, let i = baseline.townshipIndex(t) { township = i } else {
                    fail("expected a township id, got \(describe(value))\(townshipHint(value))")
                }
            case CommonField.sector:
                if !spec.sectorIsField {
                    fail("\(m.lever.id) acts on \(spec.sector.id) only and takes no sector field")
                } else if let t = value.text, let s = Sector(id: t) { sector = s } else {
                    fail("expected a sector (\(Sector.allCases.map(\.id).joined(separator: ", "))), got \(describe(value))\(hint(value, Sector.allCases.map(\.id)))")
                }
            default:
                guard let fi = spec.fieldIndex(name) else {
                    let allowed = spec.fields.filter { $0.kind != .vehicleCount }.map(\.name)
                        + baseline.vehicleClasses.map { "count.\($0.id)" }.filter { _ in spec.fields.contains { $0.kind == .vehicleCount } }
                        + CommonField.all.filter { $0 != CommonField.sector || spec.sectorIsField }
                    fail("\(m.lever.id) has no field '\(name)'\(Suggestions.hint(name, allowed)); fields: \(allowed.joined(separator: ", "))")
                    continue
                }
                let field = spec.fields[fi]
                guard let v = value.number else {
                    fail("expected a number ≥ 0 in \(field.unit), got \(describe(value))")
                    continue
                }
                switch field.kind {
                case .vehicleCount:
                    let cls = String(name.dropFirst("count.".count))
                    guard let ci = baseline.vehicleClassIndex(cls) else {
                        fail("unknown vehicle class '\(cls)'\(Suggestions.hint(cls, baseline.vehicleClasses.map(\.id))); classes: \(baseline.vehicleClasses.map(\.id).joined(separator: ", "))")
                        continue
                    }
                    if let problem = field.problem(v) { fail(problem); continue }
                    counts.append((ci, v))
                case .quantity:
                    if let problem = field.problem(v) { fail(problem) } else {
                        sizes[fi] = v; given[fi] = 1
                    }
                }
            }
        }
        guard problems.isEmpty else {
            issues += problems.sorted { $0.0 < $1.0 }.map(\.1)
            return nil
        }

        var defaultSlots = SIMD4<Int>(repeating: -1)
        for (fi, field) in spec.fields.enumerated() where given[fi] == 0 {
            if case .parameter(let c) = field.defaultValue {
                let slot = layout.slot(c)
                sizes[fi] = read(slot)
                defaultSlots[fi] = slot
            }
        }
        var vehicles = 0..<0
        if spec.readsVehicles { vehicles = addVehicles(counts, measureID: m.id, retiring: m.lever == .yellowLabel) }
        var compiled = CompiledMeasure(kind: m.lever, effect: .keyEnterprises(savingTce: 0), sector: sector.rawValue,
                                       township: township, startMonth: startMonth, fraction: 0,
                                       profile: layout.profileNames.firstIndex(of: profileName) ?? -1,
                                       sizes: sizes, defaultSlots: defaultSlots, vehicles: vehicles)
        compiled.rebuildEffect()
        return compiled
    }

    mutating func addVehicles(_ counts: [(Int, Double)], measureID: String, retiring: Bool) -> Range<Int> {
        let start = vehicleTerms.count
        for (ci, n) in counts.sorted(by: { $0.0 < $1.0 }) {
            let cls = baseline.vehicleClasses[ci]
            for p in VehicleParameter.allCases where p != .yellowStock { _ = read(layout.vehicle(ci, p)) }
            _ = read(layout.densityBase + cls.fuel.rawValue)
            // The numbers themselves are loaded from the inputs with every other parameter.
            vehicleTerms.append(VehicleTerm(
                classIndex: ci, fuel: cls.fuel.rawValue, count: n, km: 0, litresPer100kmOld: 0, litresPer100kmNew: 0,
                densityKgPerLitre: 0, noxGPerKmOld: 0, noxGPerKmNew: 0, noxGPerKmCNG: 0, pmGPerKmOld: 0,
                pmGPerKmNew: 0, pmGPerKmCNG: 0, cngM3Per100km: 0))
            if retiring {
                var entry = retired[ci] ?? (0, [])
                entry.count += n
                entry.ids.append(measureID)
                retired[ci] = entry
            }
        }
        return start..<vehicleTerms.count
    }

    /// More yellow-label vehicles retired than the stock holds (docs/MODEL.md §7).
    mutating func stockIssues() -> [ModelIssue] {
        var out: [ModelIssue] = []
        for ci in retired.keys.sorted() {
            let (count, ids) = retired[ci]!
            let cls = baseline.vehicleClasses[ci]
            let stock = read(layout.vehicle(ci, .yellowStock))
            if count > stock {
                let path = ids.count == 1 ? "measures.\(ids[0]).count.\(cls.id)" : "measures (\(ids.joined(separator: ", "))).count.\(cls.id)"
                out.append(ModelIssue(path, "retires \(formatNumber(count)) \(cls.id) vehicles; vehicle.\(cls.id).yellow_stock is \(formatNumber(stock))"))
            }
        }
        return out
    }

    func describe(_ v: FieldValue) -> String {
        switch v {
        case .number(let n): formatNumber(n)
        case .text(let s): "\"\(s)\""
        }
    }

    /// A hint by id spelling, or by Chinese name (`马寨` → mazhai).
    func townshipHint(_ v: FieldValue) -> String {
        guard let t = v.text else { return "" }
        if let byName = baseline.townships.first(where: { !t.isEmpty && $0.name.hasPrefix(t) }) {
            return " (did you mean '\(byName.id)', \(byName.name)?)"
        }
        return Suggestions.hint(t, baseline.townships.map(\.id))
    }

    func hint(_ v: FieldValue, _ candidates: [String]) -> String {
        guard let t = v.text else { return "" }
        return Suggestions.hint(t, candidates)
    }
}
