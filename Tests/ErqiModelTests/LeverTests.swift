import Testing
@testable import ErqiModel

/// Each lever against a figure worked by hand on `TestBaseline`.
@Suite struct LeverTests {
    func only(_ lever: LeverKind, _ fields: [String: FieldValue]) throws -> MeasureResult {
        try TestBaseline.project(TestBaseline.scenario(lever, fields)).measures[0]
    }

    @Test func coalToGas() throws {
        // Q = 10 t/h × 0.7 MW/(t/h) × 2,000 h × 3.6 = 50,400 GJ.
        // Coal: 50,400 / (30 × 0.6) = 2,800 tce = 4,000 t. Gas: 50,400 / (30 × 0.9) = 1,866.67 tce = 155.56 ×10^4 m3.
        // Saving 933.33 tce; CO₂ 4,000 × 2 − 155.56 × 20 = 4,888.9 t; SO₂ 4,000 × 10/1000 − 155.56 × 2/1000.
        let m = try only(.coalToGas, ["capacity_tph": .number(10)])
        #expect(close(m.energySavingTce, 2_800 - 50_400.0 / 27))
        #expect(close(m.co2ReductionT, 8_000 - 50_400.0 / 27 / 12 * 20))
        #expect(close(m.so2ReductionT, 40 - 50_400.0 / 27 / 12 * 2 / 1000))
        #expect(close(m.noxReductionT, 12 - 50_400.0 / 27 / 12 * 20 / 1000))
        // From July on a flat profile: half of it.
        let late = try only(.coalToGas, ["capacity_tph": .number(10), "start_month": .number(7)])
        #expect(close(late.energySavingTce, m.energySavingTce / 2))
        #expect(late.fractionOfYear == 0.5)
        // A measure-level hours field overrides boiler.hours.
        let h = try only(.coalToGas, ["capacity_tph": .number(10), "hours": .number(1000)])
        #expect(close(h.energySavingTce, m.energySavingTce / 2))
    }

    @Test func rooftopPV() throws {
        // 10 MW × 1,000 kWh/kWp = 10,000 MWh: 1,000 tce at 0.1, 5,000 t CO₂ at 0.5.
        let m = try only(.rooftopPV, ["capacity_mw": .number(10)])
        #expect(close(m.energySavingTce, 1_000))
        #expect(close(m.co2ReductionT, 5_000))
        #expect(close(m.pvGenerationMWh, 10_000))
        // Counted: energy unchanged, CO₂ still falls by the output times the grid factor.
        var s = TestBaseline.scenario(.rooftopPV, ["capacity_mw": .number(10)])
        s.pvAccounting = .counted
        let r = try TestBaseline.project(s)
        #expect(r.measures[0].energySavingTce == 0)
        #expect(close(r.measures[0].co2ReductionT, 5_000))
        #expect(close(r.totals.energy2015Tce, 58_190))
        // From October on the solar profile: (9 + 6 + 5) / 102 of the year... October is month 10: weights 8 + 6 + 5.
        let late = try only(.rooftopPV, ["capacity_mw": .number(10), "start_month": .number(10)])
        #expect(close(late.fractionOfYear, 19.0 / 102))
    }

    @Test func smokelessZone() throws {
        // 2 km² from September (default) on the heating profile: frac = (16 + 31) / 121.
        // Coal 2 × 100 × frac t; useful heat U = coal × 0.7 × 30 × 0.3 = 6.3 × coal GJ;
        // gas U × 0.5 / (0.6 × 30 × 12); electricity U × 0.5 / (0.9 × 3.6) MWh.
        let m = try only(.smokelessZone, ["area_km2": .number(2)])
        let frac = 47.0 / 121, coal = 200 * frac, u = coal * 6.3
        let gas = u * 0.5 / 216, elec = u * 0.5 / 3.24
        #expect(close(m.fractionOfYear, frac))
        #expect(close(m.energySavingTce, coal * 0.7 - gas * 12 - elec * 0.1))
        #expect(close(m.co2ReductionT, coal * 2 - gas * 20 - elec * 0.5))
        #expect(close(m.pmReductionT, coal * 8 / 1000 - gas * 1 / 1000))
        #expect(m.township == nil) // the default township daxuelu is absent from the test baseline
        let r = try TestBaseline.project(TestBaseline.scenario(.smokelessZone, ["area_km2": .number(2.83)]))
        #expect(r.goal("smokeless_area")!.met)
        let slipped = try TestBaseline.project(TestBaseline.scenario(.smokelessZone, ["area_km2": .number(2.83), "start_month": .number(10)]))
        #expect(!slipped.goal("smokeless_area")!.met)
        #expect(close(slipped.totals.smokelessAreaKm2, 32.83))
    }

    @Test func yellowLabel() throws {
        // 10 buses × 50,000 km × (30 − 0.5 × 25) l/100 km × 0.85 kg/l = 74,375 kg = 74.375 t diesel.
        // NOx 500,000 km × (10 − 0.5 × 5) g/km = 3.75 t; PM 500,000 × (1 − 0.1) g = 0.45 t.
        let m = try only(.yellowLabel, ["count.bus": .number(10)])
        #expect(close(m.energySavingTce, 74.375 * 1.5))
        #expect(close(m.noxReductionT, 3.75))
        #expect(close(m.pmReductionT, 0.45))
        // With no replacement the whole old consumption goes.
        let none = try only(.yellowLabel, ["count.bus": .number(10), "replacement": .number(0)])
        #expect(close(none.energySavingTce, 500_000 * 0.30 * 0.85 / 1000 * 1.5))
    }

    @Test func oilToGas() throws {
        // 10 taxis × 100,000 km: gasoline 1e6 × 8/100 × 0.75 / 1000 = 60 t (90 tce);
        // gas 1e6 × 9/100 / 1e4 = 9 ×10^4 m3 (108 tce); NOx 1e6 × (0.2 − 0.1) g = 0.1 t.
        let m = try only(.oilToGas, ["count.taxi": .number(10)])
        #expect(close(m.energySavingTce, 90 - 108))
        #expect(close(m.co2ReductionT, 180 - 180))
        #expect(close(m.noxReductionT, 0.1))
    }

    @Test func keyEnterprises() throws {
        // φ = 2,300 / 25,300: the saving is exactly 2,300 tce; SO₂ 110 × φ = 10 t.
        let r = try TestBaseline.project(TestBaseline.scenario(.keyEnterprises, ["saving_tce": .number(2_300)]))
        #expect(close(r.measures[0].energySavingTce, 2_300))
        #expect(close(r.measures[0].so2ReductionT, 10))
        #expect(close(r.goal("key_enterprises")!.value, 2_300))
        #expect(close(r.goal("key_enterprises")!.margin, 2_300 - 21_400))
    }

    @Test func backwardCapacityAndNewProjects() throws {
        // 1,000 tce and 10,000 万元 of value added go; industrial COD 12.1 × 10,000/110,000 = 1.1 t.
        let r = try TestBaseline.project(TestBaseline.scenario(.backwardCapacity,
            ["energy_tce": .number(1_000), "value_added": .number(10_000)]))
        #expect(close(r.measures[0].energySavingTce, 1_000))
        #expect(close(r.totals.gdp2015, 364_100 - 10_000))
        #expect(close(r.totals.codIndustrial2015_t, 12.1 - 1.1))
        #expect(close(r.measures[0].waterReductionT[WaterPollutant.nh3nIndustrial.rawValue], 2.86 / 11))
        let n = try TestBaseline.project(TestBaseline.scenario(.newProjects,
            ["energy_tce": .number(1_000), "value_added": .number(10_000)]))
        #expect(close(n.measures[0].energySavingTce, -1_000))
        #expect(close(n.totals.gdp2015, 364_100 + 10_000))
        #expect(close(n.totals.codIndustrial2015_t, 12.1 + 1.1))
    }

    @Test func scalingLevers() throws {
        // Industrial efficiency 10 % of 25,300 tce; public institutions 5 % of 2,200 tce.
        #expect(close(try only(.industrialEfficiency, ["percent": .number(0.1)]).energySavingTce, 2_530))
        #expect(close(try only(.publicInstitutions, ["percent": .number(0.05)]).energySavingTce, 110))
        // Motors: 1,000 kW × 4,000 h × 5 % = 200 MWh = 20 tce.
        #expect(close(try only(.motors, ["capacity_kw": .number(1_000)]).energySavingTce, 20))
        // Green buildings: (100,000 m² × 2 + 50,000 m² × 3) kgce = 350 tce of commercial's 8,800.
        let g = try only(.greenBuildings, ["new_m2": .number(100_000), "retrofit_m2": .number(50_000)])
        #expect(close(g.energySavingTce, 350))
        #expect(close(g.co2ReductionT, 350.0 / 8_800 * 88_000 * 0.5))
    }

    @Test func tieredPricing() throws {
        // −0.2 × 10 % = −2 % of residential electricity (52,500 MWh) and gas (315): 105 + 75.6 tce.
        let m = try only(.tieredPricing, ["price_increase": .number(0.1)])
        #expect(close(m.energySavingTce, 105 + 75.6))
        // Air by G with φ = 180.6 / 12,705: SO₂ 52.5 × φ.
        #expect(close(m.so2ReductionT, 52.5 * 180.6 / 12_705))
    }

    @Test func water() throws {
        // 1,000 people × 70 g/day × 365e-6 × 0.8 = 20.44 t COD; × 8 × 0.75 = 2.19 t NH₃-N.
        let s = try only(.sewerConnection, ["people": .number(1_000)])
        #expect(close(s.waterReductionT[WaterPollutant.codHousehold.rawValue], 20.44))
        #expect(close(s.waterReductionT[WaterPollutant.nh3nHousehold.rawValue], 2.19))
        // Industrial wastewater 20 % of 12.1 t.
        let w = try only(.industrialWastewater, ["percent": .number(0.2)])
        #expect(close(w.waterReductionT[WaterPollutant.codIndustrial.rawValue], 2.42))
    }
}
