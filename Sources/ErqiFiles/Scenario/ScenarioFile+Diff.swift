public import ErqiModel

extension ScenarioFile {
    /// The file that describes `scenario`. With `parent` (the merged scenario it extends) the
    /// file holds only what differs: changed assumptions, a changed option, changed or new
    /// measure fields, and `null` for inherited measures, assumptions and measure fields that
    /// `scenario` no longer has (and for the option); so `merged(onto: parent)` gives `scenario`
    /// back. Without a parent every measure is in full.
    public init(_ scenario: Scenario, parent: Scenario? = nil) {
        self.init(name: scenario.name, title: scenario.title, description: scenario.description,
                  extends: scenario.extends, baselinePin: scenario.baselinePin)
        actuals = ActualsCodec.difference(scenario.actuals, parent: parent?.actuals)
        guard let parent else {
            assumptions = scenario.assumptions
            uncertainty = scenario.uncertainty
            pvAccounting = scenario.pvAccounting
            measures = scenario.measures.map { ($0.id, MeasureEntry.fields($0.fields, lever: Self.leverKey($0))) }
            return
        }
        assumptions = scenario.assumptions.filter { parent.assumptions[$0.key] != $0.value }
        unsetAssumptions = parent.assumptions.keys.filter { scenario.assumptions[$0] == nil }.sorted()
        uncertainty = scenario.uncertainty.filter { parent.uncertainty[$0.key] != $0.value }
        // An inherited distribution the scenario no longer has is written as null (certain).
        for key in parent.uncertainty.keys where scenario.uncertainty[key] == nil && parent.uncertainty[key] != .certain {
            uncertainty[key] = .certain
        }
        pvAccounting = scenario.pvAccounting == parent.pvAccounting ? nil : scenario.pvAccounting
        unsetsPVAccounting = scenario.pvAccounting == nil && parent.pvAccounting != nil
        if baselinePin == parent.baselinePin { baselinePin = nil }
        // Indexes by id keep this linear in the measures (100,000 measures in one pass).
        let current = Set(scenario.measures.map(\.id))
        var inherited: [String: Measure] = [:]
        inherited.reserveCapacity(parent.measures.count)
        for old in parent.measures where inherited[old.id] == nil { inherited[old.id] = old }
        for old in parent.measures where !current.contains(old.id) {
            measures.append((old.id, .remove))
        }
        for m in scenario.measures {
            guard let old = inherited[m.id], old.lever == m.lever else {
                // New, or a different lever: written in full with its lever, which replaces.
                measures.append((m.id, .fields(m.fields, lever: m.lever)))
                continue
            }
            let changed = m.fields.filter { old.fields[$0.key] != $0.value }
            let unset = old.fields.keys.filter { m.fields[$0] == nil }.sorted()
            if !changed.isEmpty || !unset.isEmpty { measures.append((m.id, .fields(changed, lever: Self.leverKey(m), unset: unset))) }
        }
    }

    /// The `lever` key a measure needs: none when its id is the lever's name.
    static func leverKey(_ m: Measure) -> LeverKind? { m.id == m.lever.id ? nil : m.lever }
}
