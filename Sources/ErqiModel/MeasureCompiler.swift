/// Checks one measure's fields and resolves them to a `CompiledMeasure`.
struct MeasureCompiler {
    let baseline: Baseline
    var reader: ParameterReader
    let profiles: [String: [Double]]
    var issues: [ModelIssue] = []
    var vehicleTerms: [VehicleTerm] = []
    /// Yellow-label vehicles retired per class over all measures, with the measures' ids.
    var retired: [Int: (count: Double, ids: [String])] = [:]

    init(baseline: Baseline, reader: ParameterReader, profiles: [String: [Double]]) {
        self.baseline = baseline; self.reader = reader; self.profiles = profiles
    }

    mutating func compile(_ m: Measure) -> CompiledMeasure? {
        let spec = m.lever.spec
        let base = "measures.\(m.id)"
        let before = issues.count
        var sizes: [String: Double] = [:]
        var counts: [(Int, Double)] = []
        var sector = spec.sector
        var township = -1
        var profile = spec.defaultProfile
        var startMonth = spec.defaultStartMonth
        if let t = spec.defaultTownship, let i = baseline.townshipIndex(t) { township = i }

        for name in m.fields.keys.sorted() {
            let value = m.fields[name]!
            let path = "\(base).\(name)"
            switch name {
            case CommonField.note:
                if value.text == nil { issues.append(ModelIssue(path, "expected text, got \(value)")) }
            case CommonField.startMonth:
                if let v = value.number, v == v.rounded(), v >= 1, v <= 13 { startMonth = Int(v) } else {
                    issues.append(ModelIssue(path, "expected a whole month 1…13 (13: not in 2015), got \(describe(value))"))
                }
            case CommonField.profile:
                if let p = value.text, profiles[p] != nil { profile = p } else {
                    issues.append(ModelIssue(path, "expected a profile (\(profiles.keys.sorted().joined(separator: ", "))), got \(describe(value))\(hint(value, Array(profiles.keys)))"))
                }
            case CommonField.township:
                if let t = value.text, let i = baseline.townshipIndex(t) { township = i } else {
                    issues.append(ModelIssue(path, "expected a township id, got \(describe(value))\(townshipHint(value))"))
                }
            case CommonField.sector:
                if !spec.sectorIsField {
                    issues.append(ModelIssue(path, "\(m.lever.id) acts on \(spec.sector.id) only and takes no sector field"))
                } else if let t = value.text, let s = Sector(id: t) { sector = s } else {
                    issues.append(ModelIssue(path, "expected a sector (\(Sector.allCases.map(\.id).joined(separator: ", "))), got \(describe(value))\(hint(value, Sector.allCases.map(\.id)))"))
                }
            default:
                guard let field = spec.field(name) else {
                    let allowed = spec.fields.filter { $0.kind != .vehicleCount }.map(\.name)
                        + baseline.vehicleClasses.map { "count.\($0.id)" }.filter { _ in spec.fields.contains { $0.kind == .vehicleCount } }
                        + CommonField.all.filter { $0 != CommonField.sector || spec.sectorIsField }
                    issues.append(ModelIssue(path, "\(m.lever.id) has no field '\(name)'\(Suggestions.hint(name, allowed)); fields: \(allowed.joined(separator: ", "))"))
                    continue
                }
                guard let v = value.number else {
                    issues.append(ModelIssue(path, "expected a number ≥ 0 in \(field.unit), got \(describe(value))"))
                    continue
                }
                switch field.kind {
                case .vehicleCount:
                    let cls = String(name.dropFirst("count.".count))
                    guard let ci = baseline.vehicleClassIndex(cls) else {
                        issues.append(ModelIssue(path, "unknown vehicle class '\(cls)'\(Suggestions.hint(cls, baseline.vehicleClasses.map(\.id))); classes: \(baseline.vehicleClasses.map(\.id).joined(separator: ", "))"))
                        continue
                    }
                    if v < 0 || v != v.rounded() || !v.isFinite {
                        issues.append(ModelIssue(path, "expected a whole number of vehicles ≥ 0, got \(formatNumber(v))"))
                        continue
                    }
                    counts.append((ci, v))
                case .quantity(let unit, let maximum):
                    if !v.isFinite || v < 0 {
                        issues.append(ModelIssue(path, "expected a number ≥ 0 in \(unit), got \(formatNumber(v))"))
                    } else if let maximum, v > maximum {
                        issues.append(ModelIssue(path, "expected a fraction 0…\(formatNumber(maximum)), got \(formatNumber(v))"))
                    } else {
                        sizes[name] = v
                    }
                }
            }
        }
        guard issues.count == before else { return nil }

        func size(_ name: String) -> Double {
            if let v = sizes[name] { return v }
            guard let field = spec.field(name) else { return 0 }
            switch field.defaultValue {
            case .zero: return 0
            case .parameter(let key): return reader.read(key)
            }
        }

        let effect: Effect
        switch m.lever {
        case .coalToGas: effect = .coalToGas(capacityTph: size("capacity_tph"), hours: size("hours"))
        case .rooftopPV: effect = .rooftopPV(capacityMW: size("capacity_mw"), yieldKWhPerKWp: size("yield"))
        case .smokelessZone: effect = .smokelessZone(areaKm2: size("area_km2"))
        case .yellowLabel:
            let range = addVehicles(counts, measureID: m.id, retiring: true)
            effect = .yellowLabel(vehicles: range, replacement: size("replacement"))
        case .oilToGas: effect = .oilToGas(vehicles: addVehicles(counts, measureID: m.id, retiring: false))
        case .keyEnterprises: effect = .keyEnterprises(savingTce: size("saving_tce"))
        case .backwardCapacity: effect = .backwardCapacity(energyTce: size("energy_tce"), valueAdded: size("value_added"))
        case .newProjects: effect = .newProjects(energyTce: size("energy_tce"), valueAdded: size("value_added"))
        case .industrialEfficiency: effect = .industrialEfficiency(percent: size("percent"))
        case .motors: effect = .motors(capacityKW: size("capacity_kw"), hours: size("hours"), gain: size("gain"))
        case .greenBuildings: effect = .greenBuildings(newM2: size("new_m2"), retrofitM2: size("retrofit_m2"))
        case .publicInstitutions: effect = .publicInstitutions(percent: size("percent"))
        case .tieredPricing: effect = .tieredPricing(priceIncrease: size("price_increase"))
        case .sewerConnection: effect = .sewerConnection(people: size("people"))
        case .industrialWastewater: effect = .industrialWastewater(percent: size("percent"))
        }
        let weights = profiles[profile] ?? []
        return CompiledMeasure(kind: m.lever, effect: effect, sector: sector.rawValue, township: township,
                               startMonth: startMonth, fraction: Self.fraction(startMonth: startMonth, weights: weights))
    }

    /// docs/MODEL.md §3.2: the share of the profile's weight from the start month to December.
    static func fraction(startMonth: Int, weights: [Double]) -> Double {
        guard weights.count == 12 else { return 0 }
        var total = 0.0, from = 0.0
        for k in 1...12 {
            total += weights[k - 1]
            if k >= startMonth { from += weights[k - 1] }
        }
        return total > 0 ? from / total : 0
    }

    mutating func addVehicles(_ counts: [(Int, Double)], measureID: String, retiring: Bool) -> Range<Int> {
        let start = vehicleTerms.count
        for (ci, n) in counts.sorted(by: { $0.0 < $1.0 }) {
            let cls = baseline.vehicleClasses[ci]
            let p = "vehicle.\(cls.id)."
            let term = VehicleTerm(
                classIndex: ci, fuel: cls.fuel.rawValue, count: n,
                km: reader.read(p + "km"),
                litresPer100kmOld: reader.read(p + "l_per_100km_old"),
                litresPer100kmNew: reader.read(p + "l_per_100km_new"),
                densityKgPerLitre: reader.read("coef.density.\(cls.fuel.id)"),
                noxGPerKmOld: reader.read(p + "nox_g_per_km_old"), noxGPerKmNew: reader.read(p + "nox_g_per_km_new"),
                noxGPerKmCNG: reader.read(p + "nox_g_per_km_cng"),
                pmGPerKmOld: reader.read(p + "pm_g_per_km_old"), pmGPerKmNew: reader.read(p + "pm_g_per_km_new"),
                pmGPerKmCNG: reader.read(p + "pm_g_per_km_cng"),
                cngM3Per100km: reader.read(p + "cng_m3_per_100km"))
            vehicleTerms.append(term)
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
            let stock = reader.read("vehicle.\(cls.id).yellow_stock")
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
