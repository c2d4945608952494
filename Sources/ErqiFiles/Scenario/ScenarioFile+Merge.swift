public import ErqiModel

extension ScenarioFile {
    /// The scenario this file describes on top of `parent` (its merged `extends` scenario, or
    /// nil when it extends nothing): the file's assumptions and options override the parent's,
    /// a measure merges field by field with the parent's measure of the same id, and `null`
    /// removes it. A measure whose lever differs from the parent's replaces it. The result keeps
    /// `extends` as written. Errors name `file`.
    public func merged(onto parent: Scenario?, file: String) throws(FileErrors) -> Scenario {
        let (scenario, errors) = mergedCollecting(onto: parent, file: file)
        if !errors.isEmpty { throw FileErrors(errors) }
        return scenario
    }

    /// The merge with every entry that can be merged, and the problems of those that cannot.
    public func mergedCollecting(onto parent: Scenario?, file: String) -> (Scenario, [FileError]) {
        var problems = Problems(file: file)
        var measures = parent?.measures ?? []
        for (id, entry) in self.measures {
            let path = JSONPath.key("measures", id)
            let index = measures.firstIndex { $0.id == id }
            switch entry {
            case .remove:
                if let index {
                    measures.remove(at: index)
                } else if let parent {
                    problems.add(path, "null removes an inherited measure, but \(JSONWriter.quoted(parent.name)) "
                                 + "has no measure \(JSONWriter.quoted(id))" + Suggestions.hint(id, parent.measures.map(\.id)))
                } else {
                    problems.add(path, "null removes an inherited measure, but this scenario extends nothing")
                }
            case .fields(let fields, let explicit):
                let inherited = index.map { measures[$0] }
                guard let lever = explicit ?? LeverKind(id: id) ?? inherited?.lever else {
                    problems.add(path, "missing key \"lever\" (\(JSONWriter.quoted(id)) is not a lever's name)"
                                 + Suggestions.hint(id, LeverKind.allCases.map(\.id)))
                    continue
                }
                if let index, let inherited, inherited.lever == lever {
                    measures[index].fields.merge(fields) { _, new in new }
                } else if let index {
                    measures[index] = Measure(id: id, lever: lever, fields: fields)
                } else {
                    measures.append(Measure(id: id, lever: lever, fields: fields))
                }
            }
        }
        let scenario = Scenario(name: name, title: title, description: description, extends: extends,
                        assumptions: (parent?.assumptions ?? [:]).merging(assumptions) { _, new in new },
                        pvAccounting: pvAccounting ?? parent?.pvAccounting,
                        measures: measures, baselinePin: baselinePin ?? parent?.baselinePin)
        return (scenario, problems.errors)
    }
}
