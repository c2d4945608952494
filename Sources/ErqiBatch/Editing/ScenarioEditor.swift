public import ErqiModel

/// The edits an analyst makes to a scenario, shared by the shell (`add`, `set`, `unset`,
/// `remove`, `assume`, `option`) and batch runs (`--set`). Each edit is validated by
/// compiling the scenario; a rejected edit leaves the scenario unchanged.
public enum ScenarioEditor {
    /// Adds a measure of `lever`, named `id` or the lever's name (then `name-2`, …); returns its id.
    @discardableResult
    public static func add(_ scenario: inout Scenario, lever: String, id: String? = nil) throws(EditError) -> String {
        guard let kind = LeverKind(id: lever) else {
            throw EditError("unknown lever '\(lever)'\(Suggestions.hint(lever, LeverKind.allCases.map(\.id)))")
        }
        var newID = id ?? kind.id
        if let id {
            guard isValidID(id) else { throw EditError("measure id '\(id)': use letters, digits, '-' and '_'") }
            if scenario.measureIndex(id) != nil { throw EditError("a measure '\(id)' exists already") }
        } else {
            var n = 2
            while scenario.measureIndex(newID) != nil { newID = "\(kind.id)-\(n)"; n += 1 }
        }
        scenario.measures.append(Measure(id: newID, lever: kind))
        return newID
    }

    /// Removes a measure.
    public static func remove(_ scenario: inout Scenario, id: String) throws(EditError) {
        guard let i = scenario.measureIndex(id) else { throw unknownMeasure(id, scenario) }
        scenario.measures.remove(at: i)
        // The measure's uncertain fields go with it.
        scenario.uncertainty = scenario.uncertainty.filter { !$0.key.hasPrefix(id + ".") }
    }

    /// Sets `ID.FIELD` to a typed value (`15MW`, `sep`, `mazhai`). `set` on a lever's name
    /// creates that measure when it does not exist yet.
    public static func set(_ scenario: inout Scenario, path: String, value: String, baseline: Baseline) throws(EditError) {
        let (id, field) = try splitPath(path)
        var edited = scenario
        if edited.measureIndex(id) == nil {
            guard LeverKind(id: id) != nil else { throw unknownMeasure(id, scenario) }
            try add(&edited, lever: id)
        }
        let i = edited.measureIndex(id)!
        let measure = edited.measures[i]
        let spec = measure.lever.spec
        let parsed: FieldValue
        switch field {
        case CommonField.startMonth:
            parsed = .number(try ValueParser.month(value, field: path))
        case CommonField.township:
            parsed = .text(townshipID(value.trimmingSpaces, baseline: baseline))
        case CommonField.profile, CommonField.sector, CommonField.note:
            parsed = .text(value.trimmingSpaces)
        case CommonField.lever:
            throw EditError("\(path): a measure's lever cannot change; remove it and add a \(value) measure")
        default:
            guard let fs = spec.field(field) else {
                let names = fieldNames(for: measure.lever, baseline: baseline)
                throw EditError("\(path): \(measure.lever.id) has no field '\(field)'\(Suggestions.hint(field, names)); fields: \(names.joined(separator: ", "))")
            }
            parsed = .number(try ValueParser.number(value, unit: fs.unit, field: path))
        }
        edited.measures[i].fields[field] = parsed
        try validate(edited, baseline: baseline, near: "measures.\(id)")
        scenario = edited
    }

    /// Removes a field so that it takes its default again.
    public static func unset(_ scenario: inout Scenario, path: String) throws(EditError) {
        let (id, field) = try splitPath(path)
        guard let i = scenario.measureIndex(id) else { throw unknownMeasure(id, scenario) }
        guard scenario.measures[i].fields.removeValue(forKey: field) != nil else {
            let given = scenario.measures[i].fields.keys.sorted()
            throw EditError("\(path): not set\(Suggestions.hint(field, given)); set fields: \(given.isEmpty ? "none" : given.joined(separator: ", "))")
        }
    }

    /// Overrides a baseline parameter, or restores it with `default`.
    public static func assume(_ scenario: inout Scenario, key: String, value: String, baseline: Baseline) throws(EditError) {
        guard let parameter = baseline.parameter(key) else {
            throw EditError("unknown parameter '\(key)'\(Suggestions.hint(key, baseline.parameters.map(\.key)))")
        }
        if value.trimmingSpaces == "default" {
            scenario.assumptions.removeValue(forKey: key)
            return
        }
        var edited = scenario
        let unit = parameter.unit == "fraction" || parameter.unit == "1" ? "fraction" : parameter.unit
        let v = key.hasSuffix("deadline_month") ? try ValueParser.month(value, field: key)
            : try ValueParser.number(value, unit: unit, field: key)
        edited.assumptions[key] = v
        try validate(edited, baseline: baseline, near: "assumptions.\(key)")
        scenario = edited
    }

    /// Sets a scenario option: `pv_accounting offset|counted|default`.
    public static func option(_ scenario: inout Scenario, name: String, value: String) throws(EditError) {
        guard name == "pv_accounting" else {
            throw EditError("unknown option '\(name)'\(Suggestions.hint(name, ["pv_accounting"])); options: pv_accounting")
        }
        if value == "default" { scenario.pvAccounting = nil; return }
        guard let v = PVAccounting(rawValue: value) else {
            throw EditError("pv_accounting: expected offset or counted (or default), got '\(value)'")
        }
        scenario.pvAccounting = v
    }

    /// Every field name a measure of `lever` accepts.
    public static func fieldNames(for lever: LeverKind, baseline: Baseline) -> [String] {
        let spec = lever.spec
        var names: [String] = []
        for f in spec.fields {
            if f.kind == .vehicleCount {
                names += baseline.vehicleClasses.map { "count.\($0.id)" }
            } else {
                names.append(f.name)
            }
        }
        names += CommonField.all.filter { $0 != CommonField.sector || spec.sectorIsField }
        return names
    }

    /// A township given by id or by its full Chinese name (马寨镇) as its id.
    static func townshipID(_ text: String, baseline: Baseline) -> String {
        baseline.townships.first { $0.name == text }?.id ?? text
    }

    static func splitPath(_ path: String) throws(EditError) -> (String, String) {
        guard let dot = path.firstIndex(of: "."), dot != path.startIndex, path.index(after: dot) != path.endIndex else {
            throw EditError("expected MEASURE.FIELD (e.g. rooftop_pv.capacity_mw), got '\(path)'")
        }
        return (String(path[..<dot]), String(path[path.index(after: dot)...]))
    }

    static func unknownMeasure(_ id: String, _ scenario: Scenario) -> EditError {
        let ids = scenario.measures.map(\.id)
        let hint = Suggestions.hint(id, ids + LeverKind.allCases.map(\.id))
        return EditError("no measure '\(id)'\(hint); measures: \(ids.isEmpty ? "none (add one with: add LEVER)" : ids.joined(separator: ", "))")
    }

    package static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ($0.value < 128 && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_"
        }
    }

    /// Compiles and evaluates the edited scenario; reports the problems (preferring those at `near`).
    static func validate(_ scenario: Scenario, baseline: Baseline, near: String) throws(EditError) {
        do {
            _ = try Engine.project(baseline: baseline, scenario: scenario)
        } catch {
            let relevant = error.issues.filter { $0.path.hasPrefix(near) }
            let shown = relevant.isEmpty ? error.issues : relevant
            throw EditError(shown.map(\.description).joined(separator: "\n"))
        }
    }
}
