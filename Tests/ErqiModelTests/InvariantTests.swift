import Testing
@testable import ErqiModel

/// Properties that hold for any scenario: wedges sum, townships sum, more never hurts.
@Suite struct InvariantTests {
    static let busy = Scenario(name: "busy", measures: [
        Measure(id: "boilers", lever: .coalToGas, fields: ["capacity_tph": .number(10), "start_month": .number(6)]),
        Measure(id: "heat-plant", lever: .coalToGas, fields: ["capacity_tph": .number(3), "profile": .text("heating"),
                                                               "sector": .text("residential"), "start_month": .number(11)]),
        Measure(id: "pv", lever: .rooftopPV, fields: ["capacity_mw": .number(5), "township": .text("b")]),
        Measure(id: "zone", lever: .smokelessZone, fields: ["area_km2": .number(2.83), "township": .text("a")]),
        Measure(id: "yellow", lever: .yellowLabel, fields: ["count.bus": .number(20), "count.taxi": .number(5)]),
        Measure(id: "cng", lever: .oilToGas, fields: ["count.bus": .number(10)]),
        Measure(id: "keys", lever: .keyEnterprises, fields: ["saving_tce": .number(2_000)]),
        Measure(id: "closures", lever: .backwardCapacity, fields: ["energy_tce": .number(800), "value_added": .number(3_000),
                                                                   "township": .text("a")]),
        Measure(id: "new", lever: .newProjects, fields: ["energy_tce": .number(500), "value_added": .number(9_000), "start_month": .number(4)]),
        Measure(id: "eff", lever: .industrialEfficiency, fields: ["percent": .number(0.01)]),
        Measure(id: "motors", lever: .motors, fields: ["capacity_kw": .number(5_000)]),
        Measure(id: "green", lever: .greenBuildings, fields: ["new_m2": .number(200_000)]),
        Measure(id: "public", lever: .publicInstitutions, fields: ["percent": .number(0.03)]),
        Measure(id: "prices", lever: .tieredPricing, fields: ["price_increase": .number(0.05)]),
        Measure(id: "sewer", lever: .sewerConnection, fields: ["people": .number(500)]),
        Measure(id: "ww", lever: .industrialWastewater, fields: ["percent": .number(0.15)]),
    ])

    @Test func wedgesSumToTheTotalChange() throws {
        for accounting in PVAccounting.allCases {
            var s = Self.busy
            s.pvAccounting = accounting
            let r = try TestBaseline.project(s)
            let tceSum = r.measures.reduce(0) { $0 + $1.energySavingTce }
            #expect(close(r.totals.energyBAU2015Tce - r.totals.energy2015Tce, tceSum))
            let bau = try TestBaseline.project(Scenario(name: "bau"))
            let co2Sum = r.measures.reduce(0) { $0 + $1.co2ReductionT }
            #expect(close(bau.totals.co2_2015_t - r.totals.co2_2015_t, co2Sum))
            let so2Sum = r.measures.reduce(0) { $0 + $1.so2ReductionT }
            #expect(close(bau.totals.so2_2015_t - r.totals.so2_2015_t, so2Sum))
            let codSum = r.measures.reduce(0) { $0 + $1.waterReductionT[0] }
            #expect(close(bau.totals.codHousehold2015_t - r.totals.codHousehold2015_t, codSum))
            // Departments add up to the measures.
            #expect(close(r.departments.reduce(0) { $0 + $1.energySavingTce }, tceSum))
        }
    }

    @Test func townshipsSumToTheDistrict() throws {
        let r = try TestBaseline.project(Self.busy)
        #expect(close(r.townships.reduce(0) { $0 + $1.energy2014Tce }, r.totals.energy2014Tce))
        #expect(close(r.townships.reduce(0) { $0 + $1.energy2015Tce }, r.totals.energy2015Tce))
        #expect(close(r.townships.reduce(0) { $0 + $1.gdp2014 }, r.totals.gdp2014))
        #expect(close(r.townships.reduce(0) { $0 + $1.gdp2015 }, r.totals.gdp2015))
        // A located measure lands wholly in its township: PV in b changes only b beyond the shared split.
        let one = try TestBaseline.project(TestBaseline.scenario(.rooftopPV, ["capacity_mw": .number(5), "township": .text("b")]))
        let bau = try TestBaseline.project(Scenario(name: "bau"))
        #expect(close(one.townships[0].energy2015Tce, bau.townships[0].energy2015Tce))
        #expect(close(bau.townships[1].energy2015Tce - one.townships[1].energy2015Tce, 500))
    }

    @Test func goalsIncludeEveryTownship() throws {
        let r = try TestBaseline.project(Self.busy)
        let ids = r.goals.map(\.id)
        #expect(ids.prefix(7) == ["intensity", "cod_household", "cod_industrial", "nh3n_household", "nh3n_industrial",
                                  "smokeless_area", "key_enterprises"])
        #expect(ids.suffix(2) == ["township.a", "township.b"])
    }

    /// More PV, conversions, retired vehicles, area, saving never raise energy or the pollutant they cut.
    @Test(arguments: [
        (LeverKind.rooftopPV, "capacity_mw"), (.coalToGas, "capacity_tph"), (.smokelessZone, "area_km2"),
        (.yellowLabel, "count.bus"), (.keyEnterprises, "saving_tce"), (.motors, "capacity_kw"),
        (.industrialEfficiency, "percent"), (.greenBuildings, "retrofit_m2"), (.publicInstitutions, "percent"),
        (.tieredPricing, "price_increase"),
    ])
    func monotone(lever: LeverKind, field: String) throws {
        var previous: ScenarioResult?
        for step in 0...10 {
            let size = lever == .industrialEfficiency || lever == .publicInstitutions || lever == .tieredPricing
                ? Double(step) / 100 : lever == .coalToGas ? Double(step * 2) : Double(step * 5)
            let r = try TestBaseline.project(TestBaseline.scenario(lever, [field: .number(size)]))
            if let p = previous {
                #expect(r.totals.energy2015Tce <= p.totals.energy2015Tce + 1e-9)
                #expect(r.totals.co2_2015_t <= p.totals.co2_2015_t + 1e-9)
                if lever != .coalToGas { #expect(r.totals.nox_2015_t <= p.totals.nox_2015_t + 1e-9) }
                #expect(r.totals.so2_2015_t <= p.totals.so2_2015_t + 1e-9)
                #expect(r.totals.pm_2015_t <= p.totals.pm_2015_t + 1e-9)
            }
            previous = r
        }
    }

    @Test func sewerAndWastewaterAreMonotoneInWater() throws {
        var previous = Double.infinity, previousInd = Double.infinity
        for people in stride(from: 0.0, through: 1_000, by: 100) {
            let r = try TestBaseline.project(TestBaseline.scenario(.sewerConnection, ["people": .number(people)]))
            #expect(r.totals.codHousehold2015_t <= previous)
            previous = r.totals.codHousehold2015_t
            let w = try TestBaseline.project(TestBaseline.scenario(.industrialWastewater, ["percent": .number(people / 1_000)]))
            #expect(w.totals.nh3nIndustrial2015_t <= previousInd)
            previousInd = w.totals.nh3nIndustrial2015_t
        }
    }

    @Test func evaluationIsRepeatable() throws {
        let baseline = TestBaseline.make()
        let compiled = try CompiledScenario(baseline: baseline, scenario: Self.busy)
        var p = Projection(for: compiled)
        let ok = compiled.evaluate(into: &p)
        #expect(ok)
        let first = compiled.result(p, baseline: baseline, scenario: Self.busy)
        for _ in 0..<3 {
            let again = compiled.evaluate(into: &p)
            #expect(again)
        }
        #expect(compiled.result(p, baseline: baseline, scenario: Self.busy) == first)
    }
}
