import ErqiBatch
import ErqiFiles
import ErqiModel
import Testing

/// `erqi solve`: the answer on the plan, its JSON (docs/ANALYSIS.md §1) round-tripping, and
/// bad arguments named.
@Suite struct BatchSolveTests {
    static let analysisKeys = ["change", "current", "feasible", "format", "goal", "intensity_change_at_value", "intervals",
                               "limit", "margin_at_value", "met_at_current", "met_throughout", "range", "scenario",
                               "target", "value", "version"]

    @Test func theKeyEnterpriseSavingTheIntensityGoalNeedsRoundTrips() throws {
        let job = SolveJob(file: BatchFixture.scenarioPath("plan-2015"), goal: "intensity",
                           target: "key_enterprises.saving_tce", format: .json, baselinePath: BatchFixture.baselinePath)
        let outcome = job.execute()
        #expect(outcome.status == .success, "\(outcome.messages)")
        let json = try JSONParser.parse(outcome.output, file: "solve")
        #expect((json.objectMembers ?? []).map(\.key).sorted() == Self.analysisKeys)
        let answer = try SolveCodec.decode(json, file: "solve")
        #expect(SolveCodec.text(answer) == outcome.output)
        #expect(answer.scenario == "plan-2015" && answer.goal == "intensity" && answer.current == 21_400)
        #expect(answer.metAtCurrent && answer.feasible && !answer.metThroughout && answer.intervals == nil)
        // Less than the plan's 21,400 tce is enough: the plan meets the goal with room.
        let v = try #require(answer.value)
        #expect(v > 0 && v < 21_400)
        #expect(abs(answer.change! - (v - 21_400)) < 1e-9)
        #expect(abs(answer.intensityChangeAtValue! - -0.02) < 1e-8)
        // The answer checked by a fresh projection of the plan with that saving.
        let baseline = try BatchFixture.baseline().baseline
        var plan = try BatchFixture.scenario("plan-2015")
        let i = plan.measureIndex("key_enterprises")!
        plan.measures[i].fields["saving_tce"] = .number(v)
        #expect(try Engine.project(baseline: baseline, scenario: plan).goal("intensity")!.met)
        plan.measures[i].fields["saving_tce"] = .number(v * (1 - 1e-6))
        #expect(try !Engine.project(baseline: baseline, scenario: plan).goal("intensity")!.met)
    }

    @Test func theTableSaysTheAnswerInWords() {
        let outcome = SolveJob(file: BatchFixture.scenarioPath("plan-2015"), goal: "cod_household", target: "sewer_connection.people",
                               baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .success)
        #expect(outcome.output.contains("solve cod_household by sewer_connection.people (plan-2015)"))
        #expect(outcome.output.contains("answer: sewer_connection.people = "))
        #expect(outcome.output.contains("margin there: "))
    }

    @Test(arguments: [
        ("intensty", "key_enterprises.saving_tce", nil, "--goal intensty: unknown goal 'intensty' (did you mean 'intensity'?)"),
        ("intensity", "key_enterprises.saving_tc", nil, "key_enterprises has no numeric field 'saving_tc' (did you mean 'saving_tce'?)"),
        ("intensity", "key_enterprises.saving_tce", "5:1", "--range 5:1: LO must be smaller than HI"),
        ("intensity", "key_enterprises.saving_tce", "0:lots", "--range 0:lots: expected LO:HI"),
        ("intensity", "scale(nothing)", nil, "scale: no measure 'nothing'"),
        ("intensity", "pv-mazhai.profile", nil, "profile holds a name, not a number"),
    ] as [(String, String, String?, String)])
    func badArgumentsAreNamed(goal: String, target: String, range: String?, message: String) {
        let outcome = SolveJob(file: BatchFixture.scenarioPath("plan-2015"), goal: goal, target: target, range: range,
                               baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.output.isEmpty)
        #expect(outcome.messages.joined(separator: "\n").contains(message), "\(outcome.messages)")
    }

    @Test func onlyTableAndJSON() {
        let outcome = SolveJob(file: BatchFixture.scenarioPath("plan-2015"), goal: "intensity", target: "key_enterprises.saving_tce",
                               format: .csv, baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .badInput)
    }
}
