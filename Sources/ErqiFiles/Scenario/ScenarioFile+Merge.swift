public import ErqiModel

extension ScenarioFile {
    /// The scenario this file describes on top of `parent` (its merged `extends` scenario, or
    /// nil when it extends nothing): the file's assumptions and options override the parent's,
    /// a measure merges field by field with the parent's measure of the same id, and `null`
    /// removes it; a `null` assumption or measure field unsets the inherited one (an error when
    /// nothing is inherited to unset). A measure whose lever differs from the parent's replaces it. `uncertainty`
    /// entries override the parent's key by key; a `null` entry stays, as `certain`, so that it
    /// also silences the baseline's. `actuals` merges key by key: `through_month`, `source` and
    /// each sector's figure replace the parent's, a `null` figure drops it, and `"actuals": null`
    /// drops them all. The result keeps `extends` as written. Errors name `file`.
    public func merged(onto parent: Scenario?, file: String) throws(FileErrors) -> Scenario {
        let (scenario, errors) = mergedCollecting(onto: parent, file: file)
        if !errors.isEmpty { throw FileErrors(errors) }
        return scenario
    }

    /// The merge with every entry that can be merged, and the problems of those that cannot.
    public func mergedCollecting(onto parent: Scenario?, file: String) -> (Scenario, [FileError]) {
        var problems = Problems(file: file)
        // Linear in the measures of both: slots (nil once removed) and an index by id, so that
        // 100,000 measures merge in one pass rather than a search per measure.
        var measures: [Measure?] = parent?.measures ?? []
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(measures.count + self.measures.count)
        for (i, m) in measures.enumerated() where indexByID[m!.id] == nil { indexByID[m!.id] = i }
        for (id, entry) in self.measures {
            let path = JSONPath.key("measures", id)
            let index = indexByID[id]
            switch entry {
            case .remove:
                if let index {
                    measures[index] = nil
                    indexByID[id] = nil
                } else if let parent {
                    problems.add(path, "null removes an inherited measure, but \(JSONWriter.quoted(parent.name)) "
                                 + "has no measure \(JSONWriter.quoted(id))" + Suggestions.hint(id, parent.measures.map(\.id)))
                } else {
                    problems.add(path, "null removes an inherited measure, but this scenario extends nothing")
                }
            case .fields(let fields, let explicit, let unset):
                let inherited = index.flatMap { measures[$0] }
                guard let lever = explicit ?? LeverKind(id: id) ?? inherited?.lever else {
                    problems.add(path, "missing key \"lever\" (\(JSONWriter.quoted(id)) is not a lever's name)"
                                 + Suggestions.hint(id, LeverKind.allCases.map(\.id)))
                    continue
                }
                if let index, var inherited, inherited.lever == lever {
                    for field in unset where inherited.fields.removeValue(forKey: field) == nil {
                        problems.add(JSONPath.key(path, field), "null unsets an inherited field, but the inherited measure "
                                     + "\(JSONWriter.quoted(id)) does not set \(JSONWriter.quoted(field))"
                                     + Suggestions.hint(field, inherited.fields.keys.sorted()))
                    }
                    inherited.fields.merge(fields) { _, new in new }
                    measures[index] = inherited
                } else if !unset.isEmpty {
                    problems.add(JSONPath.key(path, unset[0]), "null unsets an inherited field, but \(JSONWriter.quoted(id)) "
                                 + (index == nil ? "is not an inherited measure" : "replaces the inherited measure (another lever)"))
                } else if let index {
                    measures[index] = Measure(id: id, lever: lever, fields: fields)
                } else {
                    indexByID[id] = measures.count
                    measures.append(Measure(id: id, lever: lever, fields: fields))
                }
            }
        }
        var assumptions = (parent?.assumptions ?? [:]).merging(self.assumptions) { _, new in new }
        for key in unsetAssumptions where assumptions.removeValue(forKey: key) == nil {
            let path = JSONPath.key("assumptions", key)
            if let parent {
                problems.add(path, "null unsets an inherited assumption, but \(JSONWriter.quoted(parent.name)) has no assumption "
                             + JSONWriter.quoted(key) + Suggestions.hint(key, parent.assumptions.keys.sorted()))
            } else {
                problems.add(path, "null unsets an inherited assumption, but this scenario extends nothing")
            }
        }
        if unsetsPVAccounting && parent?.pvAccounting == nil {
            problems.add(JSONPath.key("options", PVAccountingText.key), parent == nil
                         ? "null unsets an inherited option, but this scenario extends nothing"
                         : "null unsets an inherited option, but \(JSONWriter.quoted(parent!.name)) does not set pv_accounting")
        }
        let scenario = Scenario(name: name, title: title, description: description, extends: extends,
                        assumptions: assumptions,
                        pvAccounting: unsetsPVAccounting ? nil : pvAccounting ?? parent?.pvAccounting,
                        measures: measures.compactMap { $0 }, baselinePin: baselinePin ?? parent?.baselinePin,
                        uncertainty: mergedUncertainty(parent: parent),
                        actuals: ActualsCodec.merged(actuals, parent: parent?.actuals, &problems))
        return (scenario, problems.errors)
    }

    /// The parent's uncertainty overridden by this file's, less the entries of inherited
    /// measures this file removes (`ID.FIELD` of a measure set to null).
    func mergedUncertainty(parent: Scenario?) -> [String: UncertaintySetting] {
        let removed = Set(measures.compactMap { $0.entry == .remove ? $0.id : nil })
        var inherited = parent?.uncertainty ?? [:]
        if !removed.isEmpty {
            inherited = inherited.filter { entry in
                guard let dot = entry.key.firstIndex(of: ".") else { return true }
                return !removed.contains(String(entry.key[..<dot]))
            }
        }
        return inherited.merging(uncertainty) { _, new in new }
    }
}
