import ErqiBatch
import ErqiModel
import Testing

/// `--set actuals.…`: the year-to-date figures of a scenario given on the command line, as the
/// shell's `actual` gives them.
@Suite struct BatchActualsSettingTests {
    static let h1Settings = [
        "actuals.through_month=jun", "actuals.source=illustrative", "actuals.energy_tce.industry=27.45万tce",
        "actuals.energy_tce.commercial=122,100", "actuals.energy_tce.residential=177700",
        "actuals.value_added.industry=52.2亿元", "actuals.value_added.commercial=1147000",
    ]

    @Test func settingH1sFiguresOnThePlanGivesH1sProjection() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        let settings = try Self.h1Settings.map { s throws(BatchError) in try ScenarioSetting.parse(s) }
        try BatchRunner.apply(settings, to: &plan, file: "plan-2015.json", baseline: baseline)
        let h1 = try BatchFixture.scenario("plan-2015-h1")
        #expect(plan.actuals?.throughMonth == 6 && plan.actuals?.source == "illustrative")
        #expect(plan.actuals?.energyTce == h1.actuals?.energyTce && plan.actuals?.valueAdded == h1.actuals?.valueAdded)
        let set = try BatchRunner.project(plan, file: "plan-2015.json", baseline: baseline)
        let shipped = try BatchRunner.project(h1, file: "plan-2015-h1.json", baseline: baseline)
        #expect(set.totals == shipped.totals)
        #expect(set.actuals?.energy == shipped.actuals?.energy)
    }

    @Test func noneDropsAFigureTheMonthOrTheSource() throws {
        var h1 = try BatchFixture.scenario("plan-2015-h1")
        try ActualsEditor.set(&h1, path: "energy_tce.industry", value: "none")
        try ActualsEditor.set(&h1, path: "source", value: "none")
        try ActualsEditor.set(&h1, path: "through_month", value: "none")
        #expect(h1.actuals?.energyTce[.industry] == nil && h1.actuals?.source == nil && h1.actuals?.throughMonth == nil)
        #expect(throws: EditError("actuals.energy_tce.industry: there is no figure to drop")) {
            try ActualsEditor.set(&h1, path: "energy_tce.industry", value: "none")
        }
    }

    @Test func badKeysAndValuesAreRefusedWithWhatWasExpected() throws {
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        func message(_ key: String, _ value: String) -> String {
            do { try ScenarioSetting(key: key, value: value).apply(to: &plan, baseline: baseline); return "accepted" } catch {
                return error.message
            }
        }
        #expect(message("actuals.energy_tce.industri", "5").hasPrefix("actuals.energy_tce.industri: unknown sector (did you mean 'industry'?)"))
        #expect(message("actuals.value_added.residential", "5").hasPrefix("actuals.value_added.residential: residential has no value added"))
        #expect(message("actuals.energy_tce.industry", "-5") == "actuals.energy_tce.industry: expected a figure > 0 in tce (January to through_month), got -5")
        #expect(message("actuals.trough_month", "6").hasPrefix("actuals.trough_month: unknown key (did you mean 'actuals.through_month'?)"))
        #expect(message("actuals.through_month", "dec").hasPrefix("actual through: expected a month 1…11"))
        #expect(message("actuals.energy_tce", "5").hasPrefix("actuals.energy_tce: unknown key"))
        #expect(plan.actuals == nil, "a refused setting leaves the scenario as it was")
        // A measure named `actuals` would make the key mean two things: refused, naming the way out.
        plan.measures.append(Measure(id: "actuals", lever: .motors, fields: [:]))
        #expect(message("actuals.hours", "5").contains("write measures.actuals.hours"))
    }

    @Test func sweepRefusesToVaryAFigure() throws {
        let job = SweepJob(file: BatchFixture.scenarioPath("plan-2015"), axes: ["actuals.energy_tce.industry=1:3:1"],
                           baselinePath: BatchFixture.baselinePath)
        let outcome = job.execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.messages.joined().contains("year-to-date figures are not varied by sweep"), "\(outcome.messages)")
    }
}
