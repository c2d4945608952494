import ErqiBatch
import ErqiModel
import Testing

/// `--set KEY=VALUE` on measure fields, assumptions and options.
@Suite struct BatchSettingTests {
    @Test func parsesKeyAndValueAtTheFirstEquals() throws {
        let s = try ScenarioSetting.parse("note=a=b")
        #expect(s.key == "note" && s.value == "a=b")
        #expect(throws: BatchError.self) { try ScenarioSetting.parse("growth.industry") }
        #expect(throws: BatchError.self) { try ScenarioSetting.parse("=3") }
        #expect(throws: BatchError.self) { try ScenarioSetting.parse("growth.industry=") }
    }

    @Test func setsAMeasureFieldWithUnits() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        try ScenarioSetting(key: "pv-mazhai.capacity_mw", value: "15000kW").apply(to: &plan, baseline: baseline)
        #expect(plan.measures[plan.measureIndex("pv-mazhai")!].fields["capacity_mw"] == .number(15))
    }

    @Test func setsAnAssumptionByParameterKey() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        try ScenarioSetting(key: "growth.industry", value: "0.08").apply(to: &plan, baseline: baseline)
        #expect(plan.assumptions["growth.industry"] == 0.08)
        try ScenarioSetting(key: "assumptions.boiler.hours", value: "2500").apply(to: &plan, baseline: baseline)
        #expect(plan.assumptions["boiler.hours"] == 2500)
    }

    @Test func aMeasureOfTheScenarioWinsOverAParameterOfTheSameName() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        #expect(try ScenarioSetting.target(of: "motors.hours", in: plan, baseline: baseline) == .measureField("motors.hours"))
        var bau = try BatchFixture.scenario("bau")
        #expect(try ScenarioSetting.target(of: "motors.hours", in: bau, baseline: baseline) == .assumption("motors.hours"))
        try ScenarioSetting(key: "measures.motors.hours", value: "3000").apply(to: &bau, baseline: baseline)
        #expect(bau.measures.map(\.id) == ["motors"])
        try ScenarioSetting(key: "motors.hours", value: "3000").apply(to: &plan, baseline: baseline)
        #expect(plan.assumptions["motors.hours"] == nil)
    }

    @Test func setsTheOption() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        try ScenarioSetting(key: "pv_accounting", value: "counted").apply(to: &plan, baseline: baseline)
        #expect(plan.pvAccounting == .counted)
        #expect(throws: EditError.self) {
            try ScenarioSetting(key: "pv_accounting", value: "both").apply(to: &plan, baseline: baseline)
        }
    }

    @Test func anUnknownKeyIsAnErrorWithASuggestion() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        do {
            try ScenarioSetting(key: "growth.industri", value: "0.1").apply(to: &plan, baseline: baseline)
            Issue.record("an unknown key was accepted")
        } catch {
            #expect(error.message.contains("unknown key 'growth.industri'"))
            #expect(error.message.contains("did you mean 'growth.industry'"))
        }
        #expect(throws: EditError.self) {
            try ScenarioSetting(key: "pv-mazhai.capacity", value: "3").apply(to: &plan, baseline: baseline)
        }
    }

    @Test func aRejectedValueLeavesTheScenarioUnchanged() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        let before = plan
        #expect(throws: EditError.self) {
            try ScenarioSetting(key: "industrial_efficiency.percent", value: "1.5").apply(to: &plan, baseline: baseline)
        }
        #expect(plan == before)
    }

    @Test func batchRunnerPrefixesSettingErrorsWithFileAndArgument() throws {
        let baseline = try BatchFixture.baseline()
        let file = BatchFixture.scenarioPath("plan-2015")
        do {
            _ = try BatchRunner.run(file: file, baseline: baseline, settings: [ScenarioSetting(key: "nope.x", value: "1")])
            Issue.record("an unknown key was accepted")
        } catch {
            #expect(error.lines.first?.hasPrefix("\(file): --set nope.x=1: unknown key 'nope.x'") == true)
        }
    }
}
