import Testing
@testable import ErqiModel

/// ANALYSIS.md §2: every value a distribution can produce must be valid for its key; each
/// problem names the path and the valid range, and nothing is clamped.
@Suite struct UncertaintyValidationTests {
    let baseline = TestBaseline.make()

    func issues(_ key: String, _ d: Distribution, relative: Bool = false, scenario: Scenario? = nil) -> [ModelIssue] {
        var s = scenario ?? TestBaseline.scenario(.rooftopPV, id: "pv", ["capacity_mw": .number(10)])
        s.uncertainty[key] = .uncertain(Uncertainty(d, relative: relative))
        return UncertainInputs.scenarioIssues(baseline: baseline, scenario: s)
    }

    func one(_ key: String, _ d: Distribution, relative: Bool = false, scenario: Scenario? = nil) -> ModelIssue? {
        let i = issues(key, d, relative: relative, scenario: scenario)
        #expect(i.count == 1, "\(i)")
        return i.first
    }

    @Test func validEntriesPass() {
        #expect(issues("growth.industry", .triangular(low: 0.07, mode: nil, high: 0.11)).isEmpty)
        #expect(issues("pv.capacity_mw", .normal(mean: nil, sd: 0.1, low: -1, high: nil), relative: true).isEmpty)
        #expect(issues("pv.start_month", .uniform(low: 3, high: 9)).isEmpty)
        #expect(issues("pv.start_month", .discrete(values: [4, 13], weights: [3, 1])).isEmpty)
    }

    @Test func percentOutsideZeroToOne() {
        let s = TestBaseline.scenario(.industrialEfficiency, id: "eff", ["percent": .number(0.05)])
        let i = one("eff.percent", .uniform(low: 0.5, high: 1.2), scenario: s)
        #expect(i?.path == "uncertainty.eff.percent.high")
        #expect(i?.message == "the distribution reaches 1.2, outside the valid range 0…1")
    }

    @Test func countAboveYellowStock() {
        let s = TestBaseline.scenario(.yellowLabel, id: "yl", ["count.bus": .number(50)])
        let i = one("yl.count.bus", .discrete(values: [50, 120], weights: nil), scenario: s)
        #expect(i?.path == "uncertainty.yl.count.bus.values[1]")
        #expect(i?.message.contains("whole numbers 0…100") == true)
        #expect(one("yl.count.bus", .uniform(low: 40.5, high: 60), scenario: s)?.path == "uncertainty.yl.count.bus.low")
    }

    @Test func startMonthOutsideOneToThirteen() {
        let i = one("pv.start_month", .uniform(low: 0, high: 6))
        #expect(i?.path == "uncertainty.pv.start_month.low")
        #expect(i?.message.contains("whole numbers 1…13") == true)
    }

    @Test func integerFieldsTakeOnlyDiscreteOrUniform() {
        #expect(one("pv.start_month", .triangular(low: 1, mode: 3, high: 6))?.message.contains("integer field") == true)
        #expect(one("pv.start_month", .normal(mean: 6, sd: 1, low: 1, high: 13))?.path == "uncertainty.pv.start_month.dist")
        #expect(one("pv.start_month", .discrete(values: [2.5], weights: nil))?.message.contains("whole number") == true)
    }

    @Test func unboundedNormalOnANonNegativeKey() {
        let i = one("pv.capacity_mw", .normal(mean: nil, sd: 2, low: nil, high: nil))
        #expect(i?.path == "uncertainty.pv.capacity_mw.low")
        #expect(i?.message.contains("valid range is ≥ 0") == true)
        // A lower bound below the range is refused, not clamped.
        #expect(one("pv.capacity_mw", .normal(mean: nil, sd: 2, low: -1, high: nil))?.message.contains("reaches -1") == true)
        // Growth rates must stay above −100 %.
        #expect(one("growth.industry", .normal(mean: nil, sd: 0.01, low: nil, high: nil))?.message.contains("> -1") == true)
    }

    @Test func sharesProfilesAndGoalsCannotBeUncertain() {
        let keys = baseline.parameters.map(\.key)
        for prefix in ["township.", "profile.", "goal."] {
            guard let key = keys.first(where: { $0.hasPrefix(prefix) }) else { continue }
            let i = one(key, .uniform(low: 0, high: 0.5))
            #expect(i?.path == "uncertainty.\(key)")
            #expect(i?.message.contains("cannot be uncertain") == true)
        }
    }

    @Test func malformedDistributions() {
        #expect(one("growth.industry", .uniform(low: 0.1, high: 0.1))?.path == "uncertainty.growth.industry.high")
        #expect(one("growth.industry", .triangular(low: 0.11, mode: nil, high: 0.2))?.message.contains("default mode") == true)
        #expect(one("growth.industry", .triangular(low: 0, mode: 0.3, high: 0.2))?.path == "uncertainty.growth.industry.mode")
        #expect(one("growth.industry", .normal(mean: nil, sd: 0, low: 0, high: nil))?.path == "uncertainty.growth.industry.sd")
        #expect(one("growth.industry", .discrete(values: [], weights: nil))?.path == "uncertainty.growth.industry.values")
        #expect(one("growth.industry", .discrete(values: [0.1, 0.2], weights: [1]))?.path == "uncertainty.growth.industry.weights")
        #expect(one("growth.industry", .discrete(values: [0.1, 0.2], weights: [1, 0]))?.path == "uncertainty.growth.industry.weights[1]")
        #expect(one("growth.industry", .discrete(values: [0.1], weights: nil), relative: true)?.path == "uncertainty.growth.industry.relative")
        #expect(one("growth.industry", .normal(mean: 0, sd: 0.001, low: 0.5, high: 0.6))?.message.contains("almost none") == true)
    }

    @Test func unknownKeysAndFields() {
        let i = one("growth.industri", .uniform(low: 0, high: 1))
        #expect(i?.path == "uncertainty.growth.industri")
        #expect(i?.message.contains("did you mean") == true)
        #expect(one("pv.capacity_kw", .uniform(low: 0, high: 1))?.message.contains("no numeric field") == true)
        #expect(one("pv.note", .uniform(low: 0, high: 1))?.message.contains("cannot be uncertain") == true)
    }

    @Test func engineRefusesABadScenarioEntry() {
        var s = TestBaseline.scenario(.rooftopPV, id: "pv", ["capacity_mw": .number(10)])
        s.uncertainty["pv.capacity_mw"] = .uncertain(Uncertainty(.uniform(low: -5, high: 5)))
        #expect(throws: ModelIssues.self) { try Engine.project(baseline: baseline, scenario: s) }
    }

    @Test func baselineUncertaintiesAreChecked() {
        var b = baseline
        let i = b.parameters.firstIndex { $0.key == "growth.industry" }!
        b.parameters[i].uncertainty = Uncertainty(.normal(mean: nil, sd: 0.02, low: nil, high: nil))
        let j = b.parameters.firstIndex { $0.key.hasPrefix("township.") }!
        b.parameters[j].uncertainty = Uncertainty(.uniform(low: 0, high: 0.1))
        let issues = b.validate()
        #expect(issues.contains { $0.path == "parameters[\(i)].uncertainty.low" && $0.message.contains("> -1") })
        #expect(issues.contains { $0.path == "parameters[\(j)].uncertainty" && $0.message.contains("cannot be uncertain") })
    }

    @Test func resolveMergesBaselineAndScenario() {
        var b = baseline
        let i = b.parameters.firstIndex { $0.key == "growth.industry" }!
        b.parameters[i].uncertainty = Uncertainty(.triangular(low: -0.2, mode: nil, high: 0.2), relative: true)
        let k = b.parameters.firstIndex { $0.key == "growth.commercial" }!
        b.parameters[k].uncertainty = Uncertainty(.triangular(low: 0.05, mode: nil, high: 0.15))
        var s = TestBaseline.scenario(.rooftopPV, id: "pv", ["capacity_mw": .number(10)])
        s.assumptions["growth.industry"] = 0.2
        s.uncertainty["growth.commercial"] = .certain
        s.uncertainty["pv.capacity_mw"] = .uncertain(Uncertainty(.uniform(low: 5, high: 15)))
        let (inputs, issues) = UncertainInputs.resolve(baseline: b, scenario: s)
        #expect(issues.isEmpty)
        #expect(inputs.map(\.key) == ["growth.industry", "pv.capacity_mw"])
        // The relative baseline distribution follows the assumed central value.
        #expect(inputs[0].central == 0.2)
        guard case .triangular(let lo, let mode, let hi) = inputs[0].distribution else { Issue.record("not triangular"); return }
        #expect(abs(lo - 0.16) < 1e-12 && mode == 0.2 && abs(hi - 0.24) < 1e-12)
        // An absolute one that no longer fits the assumed value is named by the assumption.
        s.assumptions["growth.commercial"] = 0.3
        s.uncertainty["growth.commercial"] = nil
        let (_, moved) = UncertainInputs.resolve(baseline: b, scenario: s)
        #expect(moved.map(\.path) == ["assumptions.growth.commercial"])
    }

    @Test func rangesAgreeWithParameterRules() {
        for key in baseline.parameters.map(\.key) + ["pricing.elasticity", "coef.tce.coal", "vehicle.bus.km"] {
            let r = ParameterRules.range(key: key)
            for v in [-2, -1, -0.5, 0, 0.5, 1, 1.5, 13, 100] {
                #expect(r.contains(v) == (ParameterRules.problem(key: key, value: v) == nil), "\(key) at \(v)")
            }
        }
    }
}
