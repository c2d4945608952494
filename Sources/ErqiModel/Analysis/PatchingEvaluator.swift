/// A `DrawEvaluator` on a `PatchableScenario`: each draw patches the uncertain inputs by index
/// and re-evaluates, looking up no strings (the fast path; `RecompilingEvaluator` is its
/// reference). Goals and outputs in `MonteCarloKeys` order.
public struct PatchingEvaluator: DrawEvaluator, Sendable {
    var work: PatchableScenario
    let handles: [PatchHandle]
    let goals: [GoalID]
    /// For each input, its parameter slot and whether it enters BAU, or nil (a measure field,
    /// set through its handle with the handle's checks).
    let slots: [(slot: Int, entersBAU: Bool)?]

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
        self.handles = handles
        // Draws are valid for their keys by construction (UncertainInputs checks every value a
        // distribution can produce), so parameters are written straight into their slots.
        slots = handles.map { h in
            if case .parameter(let slot, _) = h.target { return (slot, h.entersBAU) }
            return nil
        }
        goals = GoalID.all(in: baseline)
    }

    public mutating func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String? {
        for k in slots.indices {
            if let s = slots[k] {
                work.setParameter(slot: s.slot, entersBAU: s.entersBAU, to: values[k])
            } else {
                do { try work.set(handles[k], to: values[k]) } catch { return "\(error.path): refused by the model" }
            }
        }
        guard work.evaluate() else { return RecompilingEvaluator.reason(work.projection.failure!, baseline: work.baseline) }
        let p = work.projection
        var district = true, all = true
        for (g, goal) in goals.enumerated() {
            let met = work.compiled.check(goal, p).met
            outcome.goalsMet[g] = met
            all = all && met
            if case .township = goal {} else { district = district && met }
        }
        outcome.goalsMet[goals.count] = district
        outcome.goalsMet[goals.count + 1] = all
        outcome.outputs[0] = p.intensityChange
        outcome.outputs[1] = p.energyGapTce
        outcome.outputs[2] = p.co2_2015
        for w in 0..<WaterPollutant.count { outcome.outputs[3 + w] = p.water2015[w] }
        let first = 3 + WaterPollutant.count
        for t in p.townshipIntensityChange.indices { outcome.outputs[first + t] = p.townshipIntensityChange[t] }
        return nil
    }
}
