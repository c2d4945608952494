/// The goals and outputs a Monte Carlo run reports (ANALYSIS.md §3), in order.
public enum MonteCarloKeys {
    /// `intensity_change`, `energy_gap_tce`, `co2_2015_t`, the four water totals, then
    /// `township.<id>.intensity_change` for each township.
    public static func outputs(baseline: Baseline) -> [String] {
        ["intensity_change", "energy_gap_tce", "co2_2015_t", "cod_household_2015_t", "cod_industrial_2015_t",
         "nh3n_household_2015_t", "nh3n_industrial_2015_t"]
            + baseline.townships.map { "township.\($0.id).intensity_change" }
    }

    /// Every goal id of a result (MODEL.md §6 order), then `district` (every goal that is not a
    /// township's) and `all`.
    public static func goals(_ result: ScenarioResult) -> [String] {
        result.goals.map(\.id) + ["district", "all"]
    }

    /// Fills `outcome` from a result: goals in `goals(_:)` order, outputs in `outputs(baseline:)` order.
    public static func fill(_ outcome: inout DrawOutcome, from r: ScenarioResult) {
        var district = true, all = true
        for (g, goal) in r.goals.enumerated() {
            outcome.goalsMet[g] = goal.met
            all = all && goal.met
            if !goal.id.hasPrefix("township.") { district = district && goal.met }
        }
        outcome.goalsMet[r.goals.count] = district
        outcome.goalsMet[r.goals.count + 1] = all
        let t = r.totals
        let fixed = [t.intensityChange, t.energyGapTce, t.co2_2015_t, t.codHousehold2015_t, t.codIndustrial2015_t,
                     t.nh3nHousehold2015_t, t.nh3nIndustrial2015_t]
        for (k, v) in fixed.enumerated() { outcome.outputs[k] = v }
        for (i, township) in r.townships.enumerated() { outcome.outputs[fixed.count + i] = township.intensityChange }
    }
}

/// A `DrawEvaluator` on the real model that applies each draw to the scenario and compiles it
/// anew: slow (a compile per draw) but exact, the reference against which a patching
/// evaluator can be checked, and usable for small runs.
public struct RecompilingEvaluator: DrawEvaluator {
    let baseline: Baseline
    var scenario: Scenario
    let targets: [(parameter: String?, measure: Int, field: String)]

    /// Draws for `inputs` (from `UncertainInputs`) applied to `scenario` on `baseline`.
    public init(baseline: Baseline, scenario: Scenario, inputs: [UncertainInput]) {
        self.baseline = baseline
        var s = scenario
        s.uncertainty = [:]
        self.scenario = s
        targets = inputs.map { input in
            switch input.target {
            case .parameter(let key): return (key, -1, "")
            case .measureField(let id, let field): return (nil, scenario.measureIndex(id) ?? -1, field)
            }
        }
    }

    public mutating func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String? {
        for (k, t) in targets.enumerated() {
            if let key = t.parameter { scenario.assumptions[key] = values[k] } else if t.measure >= 0 {
                scenario.measures[t.measure].fields[t.field] = .number(values[k])
            }
        }
        let compiled: CompiledScenario
        do { compiled = try CompiledScenario(baseline: baseline, scenario: scenario) } catch {
            return error.issues.first.map { "\($0.path): refused by the model" } ?? "refused by the model"
        }
        var p = Projection(for: compiled)
        guard compiled.evaluate(into: &p) else { return Self.reason(p.failure!, baseline: baseline) }
        MonteCarloKeys.fill(&outcome, from: compiled.result(p, baseline: baseline, scenario: scenario))
        return nil
    }

    /// A reason without the draw's numbers, so that equal reasons count together.
    static func reason(_ failure: EvaluationFailure, baseline: Baseline) -> String {
        switch failure {
        case .negativeEnergy(let s, let f, _, _):
            return "measures take \(Sector(rawValue: s)!.id) \(Fuel(rawValue: f)!.id) below zero"
        case .negativeValueAdded(let s, _, _): return "measures take \(Sector(rawValue: s)!.id) value added below zero"
        case .negativeAir(let a, _, _): return "measures take \(AirPollutant(rawValue: a)!.id) emissions below zero"
        case .negativeWater(let w, _, _): return "measures take \(WaterPollutant(rawValue: w)!.id) below zero"
        case .negativeTownshipEnergy(let t, _): return "township \(baseline.townships[t].id)'s energy goes below zero"
        case .nonPositiveTownshipValueAdded(let t, _): return "township \(baseline.townships[t].id)'s value added is not positive"
        case .emptySector(_, let s): return "a measure scales \(Sector(rawValue: s)!.id), which has no energy in BAU"
        case .actualsCannotProject(let s, let va, _, _, _):
            return "the year-to-date figure of \(Sector(rawValue: s)!.id) \(va ? "value added" : "energy") cannot scale it"
        }
    }
}
