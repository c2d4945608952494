import ErqiModel

/// One field of a measure as `show` presents it: its value now, unit, and whether it is the default.
struct FieldFact: Equatable {
    var name: String
    /// Number or word, without unit.
    var value: String
    var unit: String
    var isDefault: Bool
    /// Where the default comes from (a parameter key), if not zero or the lever's own.
    var defaultFrom: String?
    var summary: String

    /// `15 MW`, `0 MW (default)`, `1000 h (default: boiler.hours)`.
    var text: String {
        var s = unit.isEmpty || unit == "fraction" || unit == "month" ? value : "\(value) \(unit)"
        if isDefault { s += defaultFrom.map { " (default: \($0))" } ?? " (default)" }
        return s
    }
}

/// A measure's fields with defaults resolved, for `show`, `set` feedback and `explain`.
enum MeasureFacts {
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The value of a parameter with the scenario's assumption applied.
    static func parameterValue(_ key: String, baseline: Baseline, scenario: Scenario) -> Double? {
        scenario.assumptions[key] ?? baseline.parameter(key)?.value
    }

    /// Every field of `measure`: the lever's fields (a count per vehicle class) then the common ones.
    static func facts(_ measure: Measure, baseline: Baseline, scenario: Scenario) -> [FieldFact] {
        let spec = measure.lever.spec
        var out: [FieldFact] = []
        for f in spec.fields {
            let names = f.kind == .vehicleCount ? baseline.vehicleClasses.map { "count.\($0.id)" } : [f.name]
            for name in names {
                var fact = FieldFact(name: name, value: "0", unit: f.unit, isDefault: true, defaultFrom: nil, summary: f.summary)
                if let v = measure.fields[name] {
                    fact.value = v.description; fact.isDefault = false
                } else if case .parameter(let c) = f.defaultValue {
                    fact.value = parameterValue(c.key, baseline: baseline, scenario: scenario).map(formatNumber) ?? "?"
                    fact.defaultFrom = c.key
                }
                out.append(fact)
            }
        }
        func common(_ name: String, _ defaultValue: String, _ unit: String, _ summary: String) {
            if let v = measure.fields[name] {
                var text = v.description
                if name == CommonField.startMonth, let n = v.number { text = monthText(n) }
                out.append(FieldFact(name: name, value: text, unit: unit, isDefault: false, summary: summary))
            } else {
                out.append(FieldFact(name: name, value: defaultValue, unit: unit, isDefault: true, summary: summary))
            }
        }
        common(CommonField.startMonth, monthText(Double(spec.defaultStartMonth)), "month", "first month in force (13: not in 2015)")
        common(CommonField.profile, spec.defaultProfile, "", "load profile over the months")
        common(CommonField.township, spec.defaultTownship ?? "all", "", "township it is located in (all: split by share)")
        if spec.sectorIsField {
            common(CommonField.sector, spec.sector.id, "", "sector it acts on")
        } else {
            out.append(FieldFact(name: CommonField.sector, value: spec.sector.id, unit: "", isDefault: true,
                                 defaultFrom: "fixed", summary: "sector it acts on (fixed for this lever)"))
        }
        if let note = measure.fields[CommonField.note] {
            out.append(FieldFact(name: CommonField.note, value: note.description, unit: "", isDefault: false, summary: "note"))
        }
        return out
    }

    /// `9 (sep)`, `13 (never)`.
    static func monthText(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e9 else { return formatNumber(v) }
        let n = Int(v)
        if Double(n) == v, (1...12).contains(n) { return "\(n) (\(monthNames[n - 1]))" }
        if v == 13 { return "13 (not in 2015)" }
        return formatNumber(v)
    }

    /// The text of `ID.FIELD` in `scenario` (`15 MW`, `0 MW (default)`), or nil when the
    /// measure or field does not exist.
    static func fieldText(_ path: String, in scenario: Scenario, baseline: Baseline) -> String? {
        guard let dot = path.firstIndex(of: ".") else { return nil }
        let id = String(path[..<dot]), field = String(path[path.index(after: dot)...])
        guard let i = scenario.measureIndex(id) else { return nil }
        return facts(scenario.measures[i], baseline: baseline, scenario: scenario).first { $0.name == field }?.text
    }
}
