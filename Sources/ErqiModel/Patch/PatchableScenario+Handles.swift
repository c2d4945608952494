extension PatchableScenario {
    /// Resolves `name` to a handle: `ID.FIELD` of a measure (a numeric field, `count.<class>`
    /// given on the measure, or `start_month`), or a parameter key. `measures.ID.FIELD` and
    /// `assumptions.KEY` say which when a name could be both; otherwise a measure wins.
    /// The error says what was expected, with "did you mean" where it fits.
    public func handle(_ name: String) throws(ModelIssue) -> PatchHandle {
        if name.hasPrefix("assumptions.") { return try parameterHandle(String(name.dropFirst("assumptions.".count)), name: name) }
        let path = name.hasPrefix("measures.") ? String(name.dropFirst("measures.".count)) : name
        if let dot = path.firstIndex(of: "."), let m = scenario.measureIndex(String(path[..<dot])) {
            return try fieldHandle(measure: m, field: String(path[path.index(after: dot)...]), name: name)
        }
        if name.hasPrefix("measures.") {
            throw ModelIssue(name, "no such measure\(Suggestions.hint(String(path.prefix { $0 != "." }), scenario.measures.map(\.id)))")
        }
        return try parameterHandle(name, name: name)
    }

    func parameterHandle(_ key: String, name: String) throws(ModelIssue) -> PatchHandle {
        guard baseline.value(key) != nil else {
            let candidates = scenario.measures.map(\.id) + baseline.parameters.map(\.key)
            throw ModelIssue(name, "unknown key\(Suggestions.hint(key, candidates)): expected MEASURE.FIELD or a parameter key of the baseline")
        }
        guard let slot = baseline.index.slot(key) else {
            let rule = ParameterRules.rule(for: key)
            return PatchHandle(name: name, target: .inert(key: key), range: PatchRange(rule), entersBAU: false,
                               stockClass: nil, rule: .parameter(rule))
        }
        let typed = baseline.index.keys[slot]
        switch typed {
        case .energyShare, .valueAddedShare:
            throw ModelIssue(name, "a township share cannot be patched alone: the shares of a sector must keep summing to 1")
        default: break
        }
        return PatchHandle(name: name, target: .parameter(slot: slot, key: typed), range: PatchRange(typed.rule),
                           entersBAU: typed.entersBAU, stockClass: nil, rule: .parameter(typed.rule))
    }

    func fieldHandle(measure m: Int, field: String, name: String) throws(ModelIssue) -> PatchHandle {
        let cm = compiled.measures[m]
        let spec = LeverCatalog.spec(cm.kind)
        if field == CommonField.startMonth {
            return PatchHandle(name: name, target: .startMonth(measure: m), range: PatchRange(lower: 1, upper: 13, isInteger: true),
                               entersBAU: false, stockClass: nil, rule: .startMonth)
        }
        if [CommonField.profile, CommonField.township, CommonField.sector, CommonField.note, CommonField.lever].contains(field) {
            throw ModelIssue(name, "\(field) holds a name, not a number; only numeric fields can be patched")
        }
        guard let fi = spec.fieldIndex(field) else {
            let allowed = spec.fields.map { $0.kind == .vehicleCount ? "count.CLASS" : $0.name } + [CommonField.startMonth]
            throw ModelIssue(name, "\(cm.kind.id) has no numeric field '\(field)'\(Suggestions.hint(field, allowed)); fields: \(allowed.joined(separator: ", "))")
        }
        let spec_ = spec.fields[fi]
        switch spec_.kind {
        case .quantity(_, let maximum):
            return PatchHandle(name: name, target: .field(measure: m, field: fi), range: PatchRange(lower: 0, upper: maximum),
                               entersBAU: false, stockClass: nil, rule: .field(spec_))
        case .vehicleCount:
            let cls = String(field.dropFirst("count.".count))
            guard let ci = baseline.vehicleClassIndex(cls) else {
                throw ModelIssue(name, "unknown vehicle class '\(cls)'\(Suggestions.hint(cls, baseline.vehicleClasses.map(\.id)))")
            }
            guard let t = cm.vehicles.first(where: { compiled.vehicleTerms[$0].classIndex == ci }) else {
                throw ModelIssue(name, "the measure has no count.\(cls); give it one (even 0) before patching it")
            }
            let retiring = cm.kind == .yellowLabel
            // Retired vehicles of a class over every yellow-label measure stay within its stock.
            var room: Double? = nil
            if retiring {
                var others = 0.0
                for other in compiled.measures where other.kind == .yellowLabel {
                    for i in other.vehicles where i != t && compiled.vehicleTerms[i].classIndex == ci { others += compiled.vehicleTerms[i].count }
                }
                room = max(0, compiled.inputs[compiled.layout.vehicle(ci, .yellowStock)] - others)
            }
            return PatchHandle(name: name, target: .vehicleCount(measure: m, term: t),
                               range: PatchRange(lower: 0, upper: room, isInteger: true),
                               entersBAU: false, stockClass: retiring ? ci : nil, rule: .field(spec_))
        }
    }
}
