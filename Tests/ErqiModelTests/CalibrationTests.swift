import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Testing

/// The shipped baseline and scenarios, checked against an independent re-computation of
/// MODEL.md's formulas in Python (made when the baseline was built, not by this code).
@Suite struct CalibrationTests {
    /// The repository root.
    static let root = Repository.root

    func project(_ name: String) throws -> ScenarioResult {
        let baseline = try BaselineStore.embedded()
        let scenario = try ScenarioLoader.load(path: Self.root + "/scenarios/\(name).json")
        return try Engine.project(baseline: baseline, scenario: scenario)
    }

    @Test func embeddedBaselineIsValid() throws {
        let baseline = try BaselineStore.embedded()
        #expect(baseline.validate().isEmpty)
        #expect(baseline.townships.count == 17)
        #expect(baseline.parameters.allSatisfy { !$0.isEstimate || !($0.note ?? "").isEmpty })
    }

    @Test func businessAsUsualMissesTheIntensityGoal() throws {
        let r = try project("bau")
        #expect(close(r.totals.intensityChange, -0.0022782196106686525, 1e-8))
        #expect(close(r.totals.energyGapTce, 25_691.018814938376, 1e-8))
        #expect(!r.goal("intensity")!.met)
    }

    @Test func planAsWrittenMatchesTheIndependentCheck() throws {
        let r = try project("plan-2015")
        // Python re-computation: intensity −0.0233575742, gap −4,863.14 tce, CO₂ 4,150,501.051 t,
        // household COD 137.113 t, household NH₃-N 25.067 t, PV 790 MWh.
        #expect(abs(r.totals.intensityChange - -0.0233575742) < 1e-10)
        #expect(abs(r.totals.energyGapTce - -4_863.14) < 0.01)
        #expect(abs(r.totals.co2_2015_t - 4_150_501.051) < 0.001)
        #expect(abs(r.totals.codHousehold2015_t - 137.113) < 0.001)
        #expect(abs(r.totals.nh3nHousehold2015_t - 25.067) < 0.001)
        #expect(close(r.totals.pvGenerationMWh, 790))
        for id in ["intensity", "cod_household", "cod_industrial", "nh3n_household", "nh3n_industrial",
                   "smokeless_area", "key_enterprises"] {
            #expect(r.goal(id)!.met, "\(id) should be met by the plan as written")
        }
        #expect(r.townships.filter(\.met).map(\.id).sorted() == ["daxuelu", "mazhai"])
    }
}
