/// A `DrawEvaluator` on a `PatchableScenario`: each draw writes the uncertain inputs by index
/// through a `DrawPatch` (only what they reach is reloaded) and re-evaluates, looking up no
/// strings and allocating nothing (the fast path; `RecompilingEvaluator` is its reference).
/// Goals and outputs in `MonteCarloKeys` order.
public struct PatchingEvaluator: DrawEvaluator, Sendable {
    var work: PatchableScenario
    let patch: DrawPatch
    let goals: [GoalID]

    /// Compiles `scenario` and resolves a handle for each of `inputs`; throws when a key
    /// cannot be patched.
    public init(baseline: Baseline, scenario: Scenario, inputs: [UncertainInput]) throws(ModelIssues) {
        var s = scenario
        s.uncertainty = [:]
        work = try PatchableScenario(baseline: baseline, scenario: s)
        var handles: [PatchHandle] = []
        for input in inputs {
            // Explicit paths: `motors.efficiency_gain` is a parameter key even when the
            // scenario has a measure called motors.
            let name: String
            switch input.target {
            case .parameter(let key): name = "assumptions.\(key)"
            case .measureField(let id, let field): name = "measures.\(id).\(field)"
            }
            do { handles.append(try work.handle(name)) } catch { throw ModelIssues([error]) }
        }
        // Draws are valid for their keys by construction (UncertainInputs checks every value a
        // distribution can produce), so parameters are written straight into their slots.
        patch = DrawPatch(handles: handles, on: work)
        goals = GoalID.all(in: baseline)
    }

    /// The inputs whose values the evaluation reads; the others (a parameter the model ignores,
    /// say) need not be drawn.
    public var inputsRead: [Bool]? { patch.reads }

    public mutating func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String? {
        if let refusal = work.apply(patch, values: values) { return "\(refusal.path): refused by the model" }
        guard work.evaluate() else { return RecompilingEvaluator.reason(work.projection.failure!, baseline: work.baseline) }
        work.fill(&outcome, goals: goals)
        return nil
    }
}

extension PatchableScenario {
    /// Fills `outcome` from the last evaluation: `goals`' verdicts, then `district` and `all`,
    /// then the outputs in `MonteCarloKeys.outputs` order. Reads the projection in place.
    func fill(_ outcome: inout DrawOutcome, goals: [GoalID]) {
        var district = true, all = true
        for (g, goal) in goals.enumerated() {
            let met = compiled.check(goal, projection).met
            outcome.goalsMet[g] = met
            all = all && met
            if case .township = goal {} else { district = district && met }
        }
        outcome.goalsMet[goals.count] = district
        outcome.goalsMet[goals.count + 1] = all
        outcome.outputs[0] = projection.intensityChange
        outcome.outputs[1] = projection.energyGapTce
        outcome.outputs[2] = projection.co2_2015
        for w in 0..<WaterPollutant.count { outcome.outputs[3 + w] = projection.water2015[w] }
        let first = 3 + WaterPollutant.count
        for t in 0..<projection.townshipCount { outcome.outputs[first + t] = projection.townshipIntensityChange[t] }
    }
}
