import Testing
@testable import ErqiModel

@Suite struct BAUTests {
    @Test func baselineIsValid() {
        #expect(TestBaseline.make().validate().isEmpty)
    }

    @Test func businessAsUsualByHand() throws {
        let r = try TestBaseline.project(Scenario(name: "bau"))
        // 2014: 53,450 tce on 331,000 万元 (see TestBaseline).
        #expect(close(r.totals.energy2014Tce, 53_450))
        #expect(close(r.totals.gdp2014, 331_000))
        // BAU: (53,450 − 12,100) × 1.1 + 12,100 × 1.05 = 45,485 + 12,705 = 58,190 tce; GDP × 1.1 = 364,100.
        #expect(close(r.totals.energyBAU2015Tce, 58_190))
        #expect(close(r.totals.energy2015Tce, 58_190))
        #expect(close(r.totals.gdp2015, 364_100))
        let change = (58_190.0 / 364_100) / (53_450.0 / 331_000) - 1
        #expect(close(r.totals.intensityChange, change))
        // Allowed: I14 × 0.98 × GDP15; gap = 58,190 − allowed.
        #expect(close(r.totals.energyGapTce, 58_190 - 53_450.0 / 331_000 * 0.98 * 364_100))
        // Household COD grows with population: 150 × 1.01; industrial with industry: 11 × 1.1.
        #expect(close(r.totals.codHousehold2015_t, 151.5))
        #expect(close(r.totals.codIndustrial2015_t, 12.1))
        // CO₂ 2014: coal 15,000 t × 2 + gas 800 × 20 + (gasoline 2,000 + diesel 3,500) × 3 + 251,000 MWh × 0.5.
        #expect(close(r.totals.co2_2014_t, 30_000 + 16_000 + 16_500 + 125_500))
        // SO₂ BAU: (100 + 5) × 1.1 + 50 × 1.05.
        #expect(close(r.totals.so2_2015_t, 115.5 + 52.5))
        #expect(r.measures.isEmpty)
        #expect(r.goal("smokeless_area")!.value == 30)
        #expect(!r.goal("smokeless_area")!.met)
        #expect(close(r.goal("smokeless_area")!.margin, 30 - 32.83))
    }

    @Test func zeroSizedMeasuresEqualBAU() throws {
        let bau = try TestBaseline.project(Scenario(name: "bau"))
        let measures = LeverKind.allCases.map { Measure(id: $0.id, lever: $0) }
        let r = try TestBaseline.project(Scenario(name: "zero", measures: measures))
        #expect(r.totals == bau.totals)
        #expect(r.townships == bau.townships)
        #expect(r.measures.allSatisfy { $0.energySavingTce == 0 && $0.co2ReductionT == 0 })
    }

    @Test func electricityAtEqualValueMovesEveryTceFigure() throws {
        var s = Scenario(name: "eq")
        s.assumptions["coef.tce.electricity"] = 0.3
        let r = try TestBaseline.project(s)
        // 251,000 MWh × 0.3 replaces 251,000 × 0.1: +50,200 tce in 2014.
        #expect(close(r.totals.energy2014Tce, 53_450 + 50_200))
    }

    @Test func fractionOfYearFollowsProfile() {
        let heating: [Double] = [31, 28, 15, 0, 0, 0, 0, 0, 0, 0, 16, 31]
        #expect(MeasureCompiler.fraction(startMonth: 1, weights: heating) == 1)
        #expect(close(MeasureCompiler.fraction(startMonth: 9, weights: heating), 47.0 / 121))
        #expect(MeasureCompiler.fraction(startMonth: 13, weights: heating) == 0)
        #expect(close(MeasureCompiler.fraction(startMonth: 7, weights: [Double](repeating: 1, count: 12)), 0.5))
    }
}
