import Testing
@testable import ErqiModel

/// Goal seek against answers worked by hand on the round-number test baseline (TestBaseline):
/// district 2014 energy 53,450 tce on 331,000 万元, BAU 2015 58,190 tce on 364,100 万元.
@Suite struct SolveTests {
    let baseline = TestBaseline.make()

    func solve(_ scenario: Scenario, _ goal: String, _ target: String, range: (Double, Double)? = nil) throws -> SolveAnswer {
        try GoalSeek.solve(baseline: baseline, scenario: scenario, goal: SolveGoal(goal, baseline: baseline),
                           target: SolveTarget(target), range: range)
    }

    /// Allowed 2015 energy = 53,450 · 0.98 · 1.1 = 57,619.1 tce, so the key enterprises must
    /// save 58,190 − 57,619.1 = 570.9 tce (flat profile, all year). The measure is added.
    @Test func keyEnterpriseSavingForIntensity() throws {
        let a = try solve(Scenario(name: "bau"), "intensity", "key_enterprises.saving_tce")
        #expect(a.feasible && !a.metThroughout && a.intervals == nil && !a.metAtCurrent)
        #expect(a.current == 0)
        #expect(abs(a.value! - 570.9) < 1e-4)
        #expect(abs(a.change! - 570.9) < 1e-4)
        #expect(a.marginAtValue! >= -1e-9 && a.marginAtValue! < 1e-8)
        #expect(abs(a.intensityChangeAtValue! - -0.02) < 1e-8)
        #expect(a.range == [0, 1024])
        #expect(a.limit == nil)
        // The solved scenario meets the goal, just.
        let r = try Engine.project(baseline: baseline, scenario: a.solvedScenario!)
        #expect(r.goal("intensity")!.met)
    }

    /// Household COD: BAU 150 · 1.01 = 151.5 t against a cap of 144.2 t; each person connected
    /// removes 70 g/day · 365e-6 · 0.8 = 0.02044 t, so 7.3 / 0.02044 = 357.142857… people (within
    /// the goals' slack of 1e-9 · 144.2 t, 7e-6 people).
    @Test func sewerConnectionsForHouseholdCOD() throws {
        let s = TestBaseline.scenario(.sewerConnection, ["people": .number(100)])
        let a = try solve(s, "cod_household", "sewer_connection.people")
        #expect(a.current == 100 && !a.metAtCurrent)
        #expect(abs(a.value! - 7.3 / 0.02044) < 1e-5)
        #expect(abs(a.marginAtValue!) < 1e-6)
    }

    /// Township a: E14 = 0.8 · 23,000 + 0.5 · 30,450 = 33,625 tce on 185,500 万元; BAU 2015
    /// 36,685 tce on 204,050 万元. Allowed 0.98 · 33,625 · 1.1 = 36,247.75 tce, so a PV
    /// measure located in a (industry, solar, all year) must cut 437.25 tce = 4,372.5 MWh at
    /// 0.1 tce/MWh: 4.3725 MW at 1,000 kWh/kWp.
    @Test func locatedPVForItsTownship() throws {
        let s = Scenario(name: "pv", measures: [Measure(id: "pv-a", lever: .rooftopPV,
                                                        fields: ["capacity_mw": .number(1), "township": .text("a")])])
        let a = try solve(s, "township.a", "pv-a.capacity_mw")
        #expect(abs(a.value! - 4.3725) < 1e-6)  // the goal slack of 1e-9 in the change is 3.7e-7 MW here
        #expect(a.feasible && !a.metAtCurrent)
    }

    /// 1,200 tce saved from month m is 1,200 · (13 − m) / 12: month 7 gives 600 ≥ 570.9, month 8
    /// gives 500; the latest start month is 7.
    @Test func latestStartMonthIsAnInteger() throws {
        let s = TestBaseline.scenario(.keyEnterprises, ["saving_tce": .number(1200), "start_month": .number(1)])
        let a = try solve(s, "intensity", "key_enterprises.start_month")
        #expect(a.value == 7)
        #expect(a.change == 6)
        #expect(a.range == [1, 13])
        #expect(a.metAtCurrent)
    }

    /// scale(key_enterprises) on 1,000 tce: k* = 0.5709.
    @Test func scaleMultipliesTheSizes() throws {
        let s = TestBaseline.scenario(.keyEnterprises, ["saving_tce": .number(1000)])
        let a = try solve(s, "intensity", "scale(key_enterprises)")
        #expect(a.current == 1 && a.metAtCurrent)
        #expect(abs(a.value! - 0.5709) < 1e-7)
    }

    @Test func honestCases() throws {
        // Saving energy never touches household COD: missed everywhere, and the range ends
        // where industry's coal would go below zero.
        let bau = Scenario(name: "bau")
        let missed = try solve(bau, "cod_household", "key_enterprises.saving_tce")
        #expect(!missed.feasible)
        #expect(missed.limit?.contains("industry") == true)
        #expect(missed.value != nil && missed.marginAtValue! < 0)
        // Met at every value of the given range.
        let s = TestBaseline.scenario(.keyEnterprises, ["saving_tce": .number(1000)])
        let throughout = try solve(s, "intensity", "key_enterprises.saving_tce", range: (600, 900))
        #expect(throughout.metThroughout && throughout.value == nil)
        // A goal that is not met at all, and a bad range.
        #expect(throws: ModelIssue.self) { _ = try SolveGoal("intensty", baseline: baseline) }
        #expect(throws: ModelIssues.self) { _ = try solve(s, "intensity", "key_enterprises.saving_tce", range: (5, 1)) }
        // district: every district goal, counted.
        let district = try solve(bau, "district", "key_enterprises.saving_tce")
        #expect(district.goalsMissedAtValue != nil)
    }
}
