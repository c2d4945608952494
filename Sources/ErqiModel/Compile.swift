extension CompiledScenario {
    /// Resolves `scenario` on `baseline`: applies assumptions, checks every measure and field,
    /// and reads every parameter the model needs from the baseline's index (keys are resolved
    /// once per baseline, not per scenario). Throws all problems found, each with its path.
    public init(baseline: Baseline, scenario: Scenario) throws(ModelIssues) {
        let index = baseline.index
        let layout = index.layout
        var issues: [ModelIssue] = []
        for slot in index.missingRequired {
            issues.append(ModelIssue("baseline", "missing parameter \(index.keyText[slot])"))
        }
        var inputs = index.values
        if !scenario.assumptions.isEmpty {
            for key in scenario.assumptions.keys.sorted() {
                let value = scenario.assumptions[key]!
                if baseline.value(key) == nil {
                    issues.append(ModelIssue("assumptions.\(key)", "unknown parameter key\(Suggestions.hint(key, Array(baseline.keys)))"))
                } else if let problem = ParameterRules.problem(key: key, value: value) {
                    issues.append(ModelIssue("assumptions.\(key)", problem))
                } else if let slot = index.slot(key) {
                    inputs[slot] = value
                }
            }
            if scenario.assumptions.keys.contains(where: { $0.hasPrefix("township.") }) {
                issues += Self.shareIssues(inputs, layout)
            }
        }

        var builder = MeasureCompiler(baseline: baseline, index: index, inputs: inputs)
        var compiled: [CompiledMeasure] = []
        compiled.reserveCapacity(scenario.measures.count)
        let repeated = Self.repeatedIDs(scenario.measures)
        for (i, measure) in scenario.measures.enumerated() {
            if repeated.contains(i) {
                issues.append(ModelIssue("measures.\(measure.id)", "duplicate measure id"))
                continue
            }
            if let m = builder.compile(measure) { compiled.append(m) }
        }
        issues += builder.issues
        issues += builder.stockIssues()
        issues += builder.missing
        if let actuals = scenario.actuals { issues += actuals.issues() }
        if !issues.isEmpty { throw ModelIssues(Self.unique(issues)) }

        let S = Sector.count, F = Fuel.count, T = layout.townshipIDs.count
        self.scenarioName = scenario.name
        self.baselineID = baseline.id
        self.energy = .init(repeating: 0, count: S * F)
        self.gdp = SIMD8()
        self.growth = SIMD8()
        self.drift = SIMD8()
        self.air = .init(repeating: 0, count: AirPollutant.count * S)
        self.water = SIMD4()
        self.growthPopulation = 0
        self.driftWaterIndustrial = 0
        self.coefTce = .init(repeating: 0, count: F)
        self.coefCO2 = .init(repeating: 0, count: F)
        self.constants = LeverConstants()
        self.goals = GoalLimits()
        self.pvAccounting = scenario.pvAccounting ?? baseline.pvAccounting
        self.shareEnergy = .init(repeating: 0, count: T * S)
        self.shareValueAdded = .init(repeating: 0, count: T * S)
        self.townshipTargets = baseline.townships.map(\.target)
        self.measures = compiled
        self.vehicleTerms = builder.vehicleTerms
        self.yearToDate = scenario.actuals.map(CompiledActuals.init)
        self.inputs = inputs
        self.layout = layout
        load()
    }

    /// Positions of measures whose id an earlier measure already has (nearly always none). A
    /// scenario's few measures are compared pairwise by hash, kept on the stack, and by text
    /// only when two hashes are equal; a long list goes through a set.
    static func repeatedIDs(_ measures: [Measure]) -> [Int] {
        var out: [Int] = []
        let n = measures.count
        guard n > 1 else { return out }
        if n > 64 {
            var seen: Set<String> = []
            for (i, m) in measures.enumerated() where !seen.insert(m.id).inserted { out.append(i) }
            return out
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { hashes in
            for i in 0..<n { hashes.initializeElement(at: i, to: measures[i].id.hashValue) }
            for i in 1..<n where (0..<i).contains(where: { hashes[$0] == hashes[i] && measures[$0].id == measures[i].id }) {
                out.append(i)
            }
        }
        return out
    }

    /// Township shares that no longer sum to 1 over the townships after assumptions.
    static func shareIssues(_ inputs: [Double], _ layout: ParameterLayout) -> [ModelIssue] {
        var issues: [ModelIssue] = []
        let T = layout.townshipIDs.count
        for s in Sector.allCases {
            for family in ["energy_share", "va_share"] where family == "energy_share" || s.producesValueAdded {
                var sum = 0.0
                for t in 0..<T {
                    sum += inputs[family == "energy_share" ? layout.energyShare(t, s.rawValue) : layout.valueAddedShare(t, s.rawValue)]
                }
                if abs(sum - 1) > 1e-6 {
                    issues.append(ModelIssue("assumptions (township.*.\(family).\(s.id))",
                        "shares over the townships must sum to 1, got \(sum)"))
                }
            }
        }
        return issues
    }

    static func unique(_ issues: [ModelIssue]) -> [ModelIssue] {
        var seen: Set<String> = []
        return issues.filter { seen.insert($0.description).inserted }
    }
}
