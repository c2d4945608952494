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
    /// Yellow-label vehicles retired per class over all measures, with the measures' ids, in
    /// the order the classes first appear.
    var retired: [RetiredVehicles] = []

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
        // The lever's spec is read in place through its box (fields one at a time), never copied whole.
        let box = LeverCatalog.boxes[m.lever.index]
        // Problems by field name, sorted at the end so that they read in a stable order.
        var problems: [(String, ModelIssue)] = []
        var sizes = SIMD4<Double>(repeating: 0)
        var given = SIMD4<Int>(repeating: 0)
        var counts: [(Int, Double)] = []
        var sector = box.spec.sector
        var township = -1
        var profile = box.defaultProfile(in: layout)
        var startMonth = box.spec.defaultStartMonth
        if let t = box.spec.defaultTownship, let i = baseline.townshipIndex(t) { township = i }
        func path(_ name: String) -> String { "measures.\(m.id).\(name)" }

        for (name, value) in m.fields {
            func fail(_ message: String) { problems.append((name, ModelIssue(path(name), message))) }
            switch CommonFieldName(name) {
            case .note:
                if value.text == nil { fail("expected text, got \(value)") }
            case .startMonth:
                if let v = value.number, v == v.rounded(), v >= 1, v <= 13 { startMonth = Int(v) } else {
                    fail("expected a whole month 1…13 (13: not in 2015), got \(describe(value))")
                }
            case .profile:
                if let p = value.text, let i = layout.profileNames.firstIndex(of: p) { profile = i } else {
                    fail("expected a profile (\(layout.profileNames.joined(separator: ", "))), got \(describe(value))\(hint(value, layout.profileNames))")
                }
            case .township:
                if let t = value.text, let i = baseline.townshipIndex(t) { township = i } else {
                    fail("expected a township id, got \(describe(value))\(townshipHint(value))")
                }
            case .sector:
                if !box.spec.sectorIsField {
                    fail("\(m.lever.id) acts on \(box.spec.sector.id) only and takes no sector field")
                } else if let t = value.text, let s = Sector(id: t) { sector = s } else {
                    fail("expected a sector (\(Sector.allCases.map(\.id).joined(separator: ", "))), got \(describe(value))\(hint(value, Sector.allCases.map(\.id)))")
                }
            case nil:
                guard let fi = box.fieldIndex(name) else {
                    let spec = box.spec
                    let allowed = spec.fields.filter { $0.kind != .vehicleCount }.map(\.name)
                        + baseline.vehicleClasses.map { "count.\($0.id)" }.filter { _ in spec.fields.contains { $0.kind == .vehicleCount } }
                        + CommonField.all.filter { $0 != CommonField.sector || spec.sectorIsField }
                    fail("\(m.lever.id) has no field '\(name)'\(Suggestions.hint(name, allowed)); fields: \(allowed.joined(separator: ", "))")
                    continue
                }
                guard let v = value.number else {
                    fail("expected a number ≥ 0 in \(box.spec.fields[fi].unit), got \(describe(value))")
                    continue
                }
                if fi == box.vehicleField {
                    guard let ci = index.vehicleCountFields[name] else {
                        let cls = String(name.dropFirst("count.".count))
                        fail("unknown vehicle class '\(cls)'\(Suggestions.hint(cls, baseline.vehicleClasses.map(\.id))); classes: \(baseline.vehicleClasses.map(\.id).joined(separator: ", "))")
                        continue
                    }
                    if let problem = box.problem(v, field: fi) { fail(problem); continue }
                    if counts.isEmpty { counts.reserveCapacity(m.fields.count) }
                    counts.append((ci, v))
                } else if let problem = box.problem(v, field: fi) {
                    fail(problem)
                } else {
                    sizes[fi] = v; given[fi] = 1
                }
            }
        }
        guard problems.isEmpty else {
            issues += problems.sorted { $0.0 < $1.0 }.map(\.1)
            return nil
        }

        var defaultSlots = SIMD4<Int>(repeating: -1)
        for (fi, c) in box.defaults where given[fi] == 0 {
            let slot = layout.slot(c)
            sizes[fi] = read(slot)
            defaultSlots[fi] = slot
        }
        var vehicles = 0..<0
        if box.spec.readsVehicles { vehicles = addVehicles(counts, measureID: m.id, retiring: m.lever == .yellowLabel) }
        var compiled = CompiledMeasure(kind: m.lever, effect: .keyEnterprises(savingTce: 0), sector: sector.rawValue,
                                       township: township, startMonth: startMonth, fraction: 0,
                                       profile: profile,
                                       sizes: sizes, defaultSlots: defaultSlots, vehicles: vehicles)
        compiled.rebuildEffect()
        return compiled
    }

    mutating func addVehicles(_ counts: [(Int, Double)], measureID: String, retiring: Bool) -> Range<Int> {
        let start = vehicleTerms.count
        vehicleTerms.reserveCapacity(start + counts.count)
        for (ci, n) in counts.sorted(by: { $0.0 < $1.0 }) {
            let cls = baseline.vehicleClasses[ci]
            for p in VehicleParameter.perVehicle { _ = read(layout.vehicle(ci, p)) }
            _ = read(layout.densityBase + cls.fuel.rawValue)
            // The numbers themselves are loaded from the inputs with every other parameter.
            vehicleTerms.append(VehicleTerm(
                classIndex: ci, fuel: cls.fuel.rawValue, count: n, km: 0, litresPer100kmOld: 0, litresPer100kmNew: 0,
                densityKgPerLitre: 0, noxGPerKmOld: 0, noxGPerKmNew: 0, noxGPerKmCNG: 0, pmGPerKmOld: 0,
                pmGPerKmNew: 0, pmGPerKmCNG: 0, cngM3Per100km: 0))
            if retiring {
                if let k = retired.firstIndex(where: { $0.classIndex == ci }) {
                    retired[k].count += n
                    retired[k].ids.append(measureID)
                } else {
                    retired.append(RetiredVehicles(classIndex: ci, count: n, ids: [measureID]))
                }
            }
        }
        return start..<vehicleTerms.count
    }

    /// More yellow-label vehicles retired than the stock holds (docs/MODEL.md §7).
    mutating func stockIssues() -> [ModelIssue] {
        var out: [ModelIssue] = []
        for entry in retired.sorted(by: { $0.classIndex < $1.classIndex }) {
            let ci = entry.classIndex, count = entry.count, ids = entry.ids
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

/// Vehicles of one class that yellow-label measures retire, and those measures' ids.
struct RetiredVehicles {
    var classIndex: Int
    var count: Double
    var ids: [String]
}

/// The common field a measure's field name is, found by its length first (each has its own),
/// so that a lever's own field costs one comparison at most.
enum CommonFieldName {
    case note, sector, profile, township, startMonth

    init?(_ name: String) {
        let found: CommonFieldName, text: String
        switch name.utf8.count {
        case 4: (found, text) = (.note, CommonField.note)
        case 6: (found, text) = (.sector, CommonField.sector)
        case 7: (found, text) = (.profile, CommonField.profile)
        case 8: (found, text) = (.township, CommonField.township)
        case 11: (found, text) = (.startMonth, CommonField.startMonth)
        default: return nil
        }
        guard name == text else { return nil }
        self = found
    }
}
