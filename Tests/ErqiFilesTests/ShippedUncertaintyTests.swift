import ErqiModel
import Testing
@testable import ErqiFiles

/// ANALYSIS.md §2 on the shipped baseline: every estimate but township shares and profiles
/// carries an uncertainty whose note says how its width was derived (the barometer's bands,
/// which no projection reads, neither).
@Suite struct ShippedUncertaintyTests {
    @Test func everyEstimateButSharesAndProfilesIsUncertain() throws {
        let b = try BaselineStore.embedded()
        for p in b.parameters where p.isEstimate {
            // The barometer's bands (warning.band.*) are judgements that grade a result; no
            // projection reads them, so they carry no distribution.
            let fixed = p.key.hasPrefix("township.") || p.key.hasPrefix("profile.") || p.key.hasPrefix("warning.")
            #expect((p.uncertainty == nil) == fixed, "\(p.key)")
        }
        for p in b.parameters where p.uncertainty != nil {
            #expect(p.note?.contains("Uncertainty: ") == true, "\(p.key) does not derive its uncertainty")
        }
        // Sourced coefficients whose source gives a range carry one too.
        #expect(b.parameters.contains { !$0.isEstimate && $0.uncertainty != nil })
        #expect(b.uncertaintyIssues().isEmpty)
    }

    @Test func everyShippedScenarioResolvesItsInputs() throws {
        let b = try BaselineStore.embedded()
        for name in ["bau", "plan-2015", "gas-first", "plan-late", "pv-push", "transport-first"] {
            let s = try ScenarioLoader.load(path: repositoryRoot() + "/scenarios/\(name).json")
            let (inputs, issues) = UncertainInputs.resolve(baseline: b, scenario: s)
            #expect(issues.isEmpty, "\(name): \(issues)")
            #expect(inputs.count == b.uncertainCount - s.uncertainty.filter { $0.value == .certain }.count
                    + s.uncertainty.filter { b.parameter($0.key)?.uncertainty == nil && $0.value != .certain }.count)
            // The 5th and 95th percentiles of every input bracket its central value's neighbourhood
            // and stay in the key's valid range.
            for input in inputs {
                let lo = input.quantile(0.05), hi = input.quantile(0.95)
                #expect(lo <= hi && input.range.contains(lo) && input.range.contains(hi), "\(input.key)")
            }
        }
    }

    @Test func monteCarloOnPlan2015WithTheReferenceEvaluator() async throws {
        let b = try BaselineStore.embedded()
        let plan = try ScenarioLoader.load(path: repositoryRoot() + "/scenarios/plan-2015.json")
        let inputs = try UncertainInputs.inputs(baseline: b, scenario: plan)
        let central = try Engine.project(baseline: b, scenario: plan)
        let goals = MonteCarloKeys.goals(central), outputs = MonteCarloKeys.outputs(baseline: b)
        // Every input at its central value gives the deterministic result.
        var e = RecompilingEvaluator(baseline: b, scenario: plan, inputs: inputs)
        var outcome = DrawOutcome(goals: goals.count, outputs: outputs.count)
        #expect(e.evaluate(values: inputs.map(\.central), into: &outcome) == nil)
        #expect(outcome.outputs[0] == central.totals.intensityChange)
        #expect(outcome.outputs[1] == central.totals.energyGapTce)
        #expect(outcome.goalsMet[0] == central.goals[0].met)
        #expect(outcome.goalsMet[goals.count - 1] == central.goals.allSatisfy(\.met))
        // A small run, the same on one and two workers.
        let make: @Sendable () -> RecompilingEvaluator = { RecompilingEvaluator(baseline: b, scenario: plan, inputs: inputs) }
        let one = await MonteCarlo.run(inputs: inputs, draws: 300, seed: 1, goals: goals.count, outputs: outputs.count,
                                       workers: 1, makeEvaluator: make)
        let two = await MonteCarlo.run(inputs: inputs, draws: 300, seed: 1, goals: goals.count, outputs: outputs.count,
                                       workers: 2, makeEvaluator: make)
        #expect(one == two)
        #expect(one.draws == 300 && one.valid + one.invalid == 300)
        // The intensity change varies around the central value.
        let s = one.summary(output: 0)!
        #expect(s.sd > 0 && s.p5 < central.totals.intensityChange && central.totals.intensityChange < s.p95)
    }

    @Test func patchingEvaluatorAgreesWithTheReference() async throws {
        let b = try BaselineStore.embedded()
        let plan = try ScenarioLoader.load(path: repositoryRoot() + "/scenarios/plan-2015.json")
        var s = plan
        // A measure field and an integer field too.
        s.uncertainty["pv-mazhai.capacity_mw"] = .uncertain(Uncertainty(.normal(mean: nil, sd: 0.2, low: -1, high: nil), relative: true))
        s.uncertainty["pv-mazhai.start_month"] = .uncertain(Uncertainty(.uniform(low: 6, high: 12)))
        let scenario = s
        let inputs = try UncertainInputs.inputs(baseline: b, scenario: scenario)
        let goals = MonteCarloKeys.goals(try Engine.project(baseline: b, scenario: plan)).count
        let outputs = MonteCarloKeys.outputs(baseline: b).count
        let reference = await MonteCarlo.run(inputs: inputs, draws: 200, seed: 3, goals: goals, outputs: outputs, workers: 2,
                                             makeEvaluator: { RecompilingEvaluator(baseline: b, scenario: scenario, inputs: inputs) })
        let patched = await MonteCarlo.run(inputs: inputs, draws: 200, seed: 3, goals: goals, outputs: outputs, workers: 2,
                                           makeEvaluator: { try! PatchingEvaluator(baseline: b, scenario: scenario, inputs: inputs) })
        #expect(patched.validDraws == reference.validDraws)
        #expect(patched.goalMetCounts == reference.goalMetCounts)
        for k in 0..<outputs {
            for (x, y) in zip(patched.outputs[k], reference.outputs[k]) {
                #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "output \(k): \(x) vs \(y)")
            }
        }
    }
}
