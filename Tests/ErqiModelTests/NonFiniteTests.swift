import ErqiModel
import Testing

/// Issue 13, item 6: no result is `inf` or `nan`; growth rates and baseline divisors are bounded.
@Suite struct NonFiniteTests {
    static func with(_ changes: [String: Double]) -> Baseline {
        var b = TestBaseline.make()
        b.parameters = b.parameters.map { p in
            var p = p
            if let v = changes[p.key] { p.value = v }
            return p
        }
        return b
    }

    @Test func aHugeGrowthRateIsRefusedWithItsPath() {
        #expect(ParameterRules.problem(key: "growth.industry", value: 1e308)
                == "expected a rate above -1 (−100 %) and at most 10 (+1000 %), got 1e+308")
        #expect(ParameterRules.problem(key: "growth.industry", value: 10) == nil)
        #expect(ParameterRules.problem(key: "drift.industry", value: 11) != nil)
        let scenario = Scenario(name: "s", assumptions: ["growth.industry": 1e308])
        do {
            _ = try Engine.project(baseline: TestBaseline.make(), scenario: scenario)
            Issue.record("a growth of 1e308 was accepted")
        } catch {
            #expect(error.issues.map(\.path) == ["assumptions.growth.industry"])
        }
    }

    @Test func aTownshipWithNoEnergyIsABaselineErrorNamingIt() {
        var changes: [String: Double] = [:]
        for s in Sector.allCases { changes["township.a.energy_share.\(s.id)"] = 0; changes["township.b.energy_share.\(s.id)"] = 1 }
        let issues = Self.with(changes).validate()
        #expect(issues.map(\.path) == ["parameters (township.a.energy_share.*)"])
        #expect(issues.first?.message.hasPrefix("township a's 2014 energy must be above 0 tce") == true)
    }

    @Test func aDistrictWithNoEnergyIsABaselineError() {
        var changes: [String: Double] = [:]
        for key in TestBaseline.energy.keys { changes["energy.\(key)"] = 0 }
        let paths = Self.with(changes).validate().map(\.path)
        #expect(paths.contains("parameters (energy.*)"))
    }

    @Test func aNonFiniteResultIsAModelErrorNotASuccess() {
        // Unvalidated (as a caller may build it): every energy 0, so intensity is 0/0.
        var changes: [String: Double] = [:]
        for key in TestBaseline.energy.keys { changes["energy.\(key)"] = 0 }
        do {
            let r = try Engine.project(baseline: Self.with(changes), scenario: Scenario(name: "s"))
            Issue.record("projected with intensity change \(r.totals.intensityChange)")
        } catch {
            #expect(error.issues.first?.path == "parameters (energy.*)")
            #expect(error.issues.first?.message.contains("came out not a number") == true)
        }
    }
}
