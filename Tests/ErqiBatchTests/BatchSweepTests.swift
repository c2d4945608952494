import ErqiBatch
import ErqiModel
import ErqiRender
import Testing

/// `--vary KEY=FROM:TO:STEP` axes and the sweep grid.
@Suite struct BatchSweepTests {
    @Test func floatStepsIncludeBothEnds() throws {
        let axis = try SweepAxis.parse("x.y=0:1:0.1")
        #expect(axis.count == 11)
        #expect(axis.values.first == 0)
        #expect(axis.values.last == 1)
        #expect(axis.values[3] == 0.3)
        #expect(axis.values[7] == 0.7)
        let pct = try SweepAxis.parse("growth.industry=0.05:0.1:0.01")
        #expect(pct.count == 6)
        #expect(pct.values == [0.05, 0.06, 0.07, 0.08, 0.09, 0.1])
    }

    @Test func countIsRoundedStepsPlusOne() throws {
        #expect(try SweepAxis.parse("a.b=0:20:2.5").count == 9)
        #expect(try SweepAxis.parse("a.b=3:3:1").count == 1)
        #expect(try SweepAxis.parse("a.b=-1:1:0.5").values == [-1, -0.5, 0, 0.5, 1])
        #expect(try SweepAxis.parse("a.b=0:0.3:0.1").count == 4)
    }

    @Test(arguments: [
        ("a.b=0:1:0", "STEP must be greater than 0"),
        ("a.b=0:1:-0.1", "STEP must be greater than 0"),
        ("a.b=2:1:0.1", "FROM (2) is greater than TO (1)"),
        ("a.b=0:1:0.3", "does not divide"),
        ("a.b=0:1", "expected KEY=FROM:TO:STEP"),
        ("0:1:0.1", "expected KEY=FROM:TO:STEP"),
        ("a.b=0:1MW:0.1", "TO must be a plain number"),
    ])
    func badAxesAreRejectedClearly(argument: String, message: String) {
        do {
            _ = try SweepAxis.parse(argument)
            Issue.record("\(argument) was accepted")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
            #expect(error.description.hasPrefix("--vary \(argument)"))
        }
    }

    @Test func gridIsEveryCombinationFirstAxisSlowest() throws {
        let baseline = try BatchFixture.baseline().baseline
        let sweep = try Sweep(scenario: try BatchFixture.scenario("plan-2015"),
                              axes: [try SweepAxis.parse("pv-mazhai.capacity_mw=0:10:5"),
                                     try SweepAxis.parse("growth.industry=0.08:0.09:0.01")],
                              baseline: baseline, file: "plan-2015.json")
        #expect(sweep.count == 6)
        let points = sweep.run()
        #expect(points.count == 6)
        #expect(points.map(\.values) == [[0, 0.08], [0, 0.09], [5, 0.08], [5, 0.09], [10, 0.08], [10, 0.09]])
        #expect(points.allSatisfy { $0.problem == nil && $0.outputs != nil })
        // More PV (offset) lowers CO2 at the same growth.
        #expect(points[4].outputs!.co2_2015_t < points[0].outputs!.co2_2015_t)
        // The point at the plan's values is the plan's own result.
        let plan = try Engine.project(baseline: baseline, scenario: try BatchFixture.scenario("plan-2015"))
        let s = sweep.scenario(at: 1)
        #expect(s.measures[s.measureIndex("pv-mazhai")!].fields["capacity_mw"] == .number(0))
        #expect(sweep.scenario(at: 3).assumptions["growth.industry"] == 0.09)
        let atPlan = try Sweep(scenario: try BatchFixture.scenario("plan-2015"),
                               axes: [try SweepAxis.parse("pv-mazhai.capacity_mw=3:3:1")], baseline: baseline, file: "p")
        #expect(atPlan.run()[0].outputs == SweepOutputs(plan))
    }

    @Test func aLeverNameCreatesItsMeasure() throws {
        let baseline = try BatchFixture.baseline().baseline
        let sweep = try Sweep(scenario: try BatchFixture.scenario("bau"),
                              axes: [try SweepAxis.parse("key_enterprises.saving_tce=0:30000:10000")],
                              baseline: baseline, file: "bau.json")
        let points = sweep.run()
        #expect(points.count == 4)
        #expect(points.map { $0.outputs!.energyGapTce } == points.map { $0.outputs!.energyGapTce }.sorted(by: >))
    }

    @Test func invalidPointsAreReportedInTheirRow() throws {
        let baseline = try BatchFixture.baseline().baseline
        let sweep = try Sweep(scenario: try BatchFixture.scenario("plan-2015"),
                              axes: [try SweepAxis.parse("industrial_efficiency.percent=0:2:1")],
                              baseline: baseline, file: "plan-2015.json")
        let points = sweep.run()
        #expect(points[0].problem == nil && points[1].problem == nil)
        #expect(points[2].outputs == nil)
        #expect(points[2].problem?.contains("measures.industrial_efficiency.percent") == true)
        let table = sweep.table(points)
        #expect(table.columns.last?.key == "problem" && table.columns.last?.machineOnly == false)
    }

    @Test func axesOnUnknownOrTextFieldsAreErrors() throws {
        let baseline = try BatchFixture.baseline().baseline
        let plan = try BatchFixture.scenario("plan-2015")
        for (argument, message) in [("pv-mazhai.township=0:1:1", "holds a name"),
                                    ("nothing.here=0:1:1", "unknown key 'nothing.here'"),
                                    ("pv_accounting=0:1:1", "is an option"),
                                    ("pv-mazhai.capacity=0:1:1", "has no field 'capacity'")] {
            do {
                _ = try Sweep(scenario: plan, axes: [try SweepAxis.parse(argument)], baseline: baseline, file: "plan.json")
                Issue.record("\(argument) was accepted")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
                #expect(error.description.hasPrefix("plan.json: --vary"))
            }
        }
    }

    @Test func tableHasTheVariedValuesThenTheHeadlineOutputs() throws {
        let baseline = try BatchFixture.baseline().baseline
        let sweep = try Sweep(scenario: try BatchFixture.scenario("plan-2015"),
                              axes: [try SweepAxis.parse("pv-mazhai.start_month=1:13:6")], baseline: baseline, file: "p")
        let table = sweep.table(sweep.run())
        #expect(table.columns.map(\.key) == ["pv-mazhai.start_month", "intensity_change", "energy_gap_tce", "co2_2015_t",
                                             "cod_household_2015_t", "cod_industrial_2015_t", "nh3n_household_2015_t",
                                             "nh3n_industrial_2015_t", "all_goals_met", "goals_missed", "problem"])
        #expect(table.rows.count == 3)
        let csv = TableRenderer.render(table, as: .csv)
        #expect(csv.split(separator: "\n").count == 4)
        #expect(csv.split(separator: "\n")[1].hasPrefix("1,"))
        #expect(csv.split(separator: "\n")[3].hasPrefix("13,"))
    }
}
