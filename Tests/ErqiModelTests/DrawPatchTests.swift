import ErqiFiles
import ErqiTestSupport
import Testing
@testable import ErqiModel

/// The Monte Carlo fast path (`DrawPatch`: only what a draw changes is written and reloaded,
/// inputs that reach nothing are not drawn) gives bit for bit what patching every handle and
/// reloading everything gives, on every shipped scenario and with measure fields uncertain.
@Suite struct DrawPatchTests {
    static let baseline = try! BaselineStore.embedded()

    static func scenario(_ name: String) -> Scenario {
        try! ScenarioLoader.load(path: Repository.root + "/scenarios/\(name).json")
    }

    /// The reference: every value through `set(_:to:)` on its handle (parameters written into
    /// their slots unchecked, as draws are valid), then `evaluate()`, which reloads everything.
    struct ReloadingEvaluator: DrawEvaluator {
        var work: PatchableScenario
        let handles: [PatchHandle]
        let goals: [GoalID]

        init(baseline: Baseline, scenario: Scenario, inputs: [UncertainInput]) throws {
            var s = scenario
            s.uncertainty = [:]
            work = try PatchableScenario(baseline: baseline, scenario: s)
            var handles: [PatchHandle] = []
            for input in inputs {
                switch input.target {
                case .parameter(let key): handles.append(try work.handle("assumptions.\(key)"))
                case .measureField(let id, let field): handles.append(try work.handle("measures.\(id).\(field)"))
                }
            }
            self.handles = handles
            goals = GoalID.all(in: baseline)
        }

        mutating func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String? {
            for (k, h) in handles.enumerated() {
                if case .parameter(let slot, _) = h.target {
                    work.setParameter(slot: slot, entersBAU: h.entersBAU, to: values[k])
                } else {
                    do { try work.set(h, to: values[k]) } catch { return "\(error.path): refused by the model" }
                }
            }
            guard work.evaluate() else { return RecompilingEvaluator.reason(work.projection.failure!, baseline: work.baseline) }
            work.fill(&outcome, goals: goals)
            return nil
        }
    }

    func compare(_ scenario: Scenario, draws: Int = 400, seed: UInt64 = 5) throws {
        let b = Self.baseline
        let inputs = try UncertainInputs.inputs(baseline: b, scenario: scenario)
        let goals = GoalID.all(in: b).count + 2
        let outputs = MonteCarloKeys.outputs(baseline: b).count
        var fast = try PatchingEvaluator(baseline: b, scenario: scenario, inputs: inputs)
        var reference = try ReloadingEvaluator(baseline: b, scenario: scenario, inputs: inputs)
        let a = MonteCarlo.run(inputs: inputs, draws: 0..<draws, seed: seed, goals: goals, outputs: outputs, evaluator: &fast)
        let r = MonteCarlo.run(inputs: inputs, draws: 0..<draws, seed: seed, goals: goals, outputs: outputs, evaluator: &reference)
        #expect(a == r, "\(scenario.name)")
        #expect(a.valid > 0)
    }

    @Test(arguments: ["bau", "gas-first", "plan-2015", "plan-2015-h1", "plan-late", "pv-push", "transport-first"])
    func sameDrawsAsReloadingEverything(name: String) throws {
        try compare(Self.scenario(name))
    }

    @Test func sameDrawsWithUncertainMeasureFields() throws {
        var s = Self.scenario("plan-2015")
        s.uncertainty["pv-mazhai.capacity_mw"] = .uncertain(Uncertainty(.uniform(low: 1, high: 5)))
        s.uncertainty["pv-mazhai.start_month"] = .uncertain(Uncertainty(.discrete(values: [8, 10, 13], weights: nil)))
        s.uncertainty["key_enterprises.saving_tce"] = .uncertain(Uncertainty(.triangular(low: 15_000, mode: nil, high: 25_000)))
        s.uncertainty["oil_to_gas.count.bus"] = .uncertain(Uncertainty(.uniform(low: 40, high: 80)))
        try compare(s)
    }

    /// Ignored parameters (`ef.*`) and yellow-label stocks that no patched count is checked
    /// against are not read, so not drawn; everything the model reads is.
    @Test func inputsThatReachNothingAreNotRead() throws {
        let b = Self.baseline
        let plan = Self.scenario("plan-2015")
        let inputs = try UncertainInputs.inputs(baseline: b, scenario: plan)
        let evaluator = try PatchingEvaluator(baseline: b, scenario: plan, inputs: inputs)
        let reads = try #require(evaluator.inputsRead)
        let unread = inputs.indices.filter { !reads[$0] }.map { inputs[$0].key }
        #expect(!unread.isEmpty)
        #expect(unread.allSatisfy { $0.hasPrefix("ef.") || $0.hasSuffix(".yellow_stock") }, "\(unread)")
        #expect(reads[inputs.firstIndex { $0.key == "growth.industry" }!])
        #expect(reads[inputs.firstIndex { $0.key == "vehicle.bus.km" }!])
    }

    /// A sampling table over some inputs writes exactly their quantiles at their indices and
    /// leaves the others alone, whatever order it draws them in.
    @Test func aPartialTableWritesOnlyWhatItReads() {
        let ds: [ResolvedDistribution] = [
            .triangular(low: 0, mode: 1, high: 4), .uniform(low: 2, high: 6), .triangular(low: 0, mode: 4, high: 4),
            .normal(NormalParameters(mean: 10, sd: 2)!), .triangular(low: 0, mode: 0, high: 4),
            .discrete(values: [1, 5, 9], cumulative: [0.2, 0.7, 1]),
        ]
        let reading = [true, false, true, true, true, false]
        let table = QuantileTable(ds, reading: reading)
        let hashes = (0..<ds.count).map { DrawRandom.keyHash("k\($0)") }
        let streams = table.streams(seed: 9, keyHashes: hashes)
        for draw in UInt64(0)..<500 {
            var out = [Double](repeating: -1, count: ds.count)
            table.fill(&out, streams: streams, drawWord: DrawRandom.drawWord(draw))
            for k in ds.indices {
                let expected = reading[k] ? ds[k].quantile(DrawRandom.uniform(seed: 9, draw: draw, keyHash: hashes[k])) : -1
                #expect(out[k] == expected, "input \(k), draw \(draw)")
            }
        }
    }
}
