import ErqiBatch
import ErqiModel
import Testing

/// The analysts' scenarios in scenarios/ load, evaluate and say what they test.
@Suite struct BatchScenarioFileTests {
    @Test(arguments: ["gas-first", "pv-push", "transport-first", "plan-late"])
    func loadsAndEvaluates(name: String) throws {
        let scenario = try BatchFixture.scenario(name)
        #expect(scenario.name == name)
        #expect(scenario.description.count > 100)
        #expect(scenario.extends == "plan-2015")
        let result = try BatchRunner.project(scenario, file: name, baseline: try BatchFixture.baseline().baseline)
        #expect(result.goals.count == 24)
    }

    @Test func planLateShiftsEveryPlanMeasureByThreeMonthsCappedAt13() throws {
        let plan = try BatchFixture.scenario("plan-2015")
        let late = try BatchFixture.scenario("plan-late")
        #expect(late.measures.map(\.id) == plan.measures.map(\.id))
        for (p, l) in zip(plan.measures, late.measures) {
            let start = p.number("start_month") ?? Double(p.lever.spec.defaultStartMonth)
            #expect(l.number("start_month") == min(start + 3, 13), "\(p.id)")
        }
    }

    @Test func scenariosChangeWhatTheySayTheyChange() throws {
        let baseline = try BatchFixture.baseline().baseline
        func result(_ name: String) throws -> ScenarioResult {
            try Engine.project(baseline: baseline, scenario: try BatchFixture.scenario(name))
        }
        let plan = try result("plan-2015")
        #expect(try result("gas-first").totals.energy2015Tce < plan.totals.energy2015Tce)
        let pv = try result("pv-push")
        #expect(pv.totals.pvGenerationMWh > 4 * plan.totals.pvGenerationMWh)
        #expect(pv.totals.co2_2015_t < plan.totals.co2_2015_t)
        #expect(try result("transport-first").totals.nox_2015_t < plan.totals.nox_2015_t)
        let late = try result("plan-late")
        #expect(late.totals.energy2015Tce > plan.totals.energy2015Tce)
        #expect(late.goal("smokeless_area")?.met == false)
    }
}
