import Testing
@testable import ErqiModel

/// docs/MODEL.md §7: each bad input is an error naming where it is and what was expected.
@Suite struct ValidationTests {
    func issues(_ scenario: Scenario, baseline: Baseline = TestBaseline.make()) -> [ModelIssue] {
        do {
            _ = try Engine.project(baseline: baseline, scenario: scenario)
            return []
        } catch {
            return error.issues
        }
    }

    func single(_ lever: LeverKind, _ fields: [String: FieldValue]) -> [ModelIssue] {
        issues(TestBaseline.scenario(lever, id: "m1", fields))
    }

    @Test func negativeSizes() {
        let i = single(.rooftopPV, ["capacity_mw": .number(-1)])
        #expect(i == [ModelIssue("measures.m1.capacity_mw", "expected a number ≥ 0 in MW, got -1")])
        #expect(single(.yellowLabel, ["count.bus": .number(-3)])[0].path == "measures.m1.count.bus")
        #expect(single(.smokelessZone, ["area_km2": .number(-0.5)])[0].message.contains("km2"))
        #expect(single(.sewerConnection, ["people": .number(-10)])[0].message.contains("≥ 0"))
        #expect(single(.yellowLabel, ["count.bus": .number(2.5)])[0].message.contains("whole number"))
    }

    @Test func percentOutsideZeroToOne() {
        let i = single(.industrialEfficiency, ["percent": .number(1.5)])
        #expect(i == [ModelIssue("measures.m1.percent", "expected a fraction 0…1, got 1.5")])
        #expect(!single(.motors, ["gain": .number(2)]).isEmpty)
    }

    @Test func startMonthOutsideOneToThirteen() {
        for bad in [0.0, 14, 2.5] {
            let i = single(.motors, ["start_month": .number(bad)])
            #expect(i.count == 1 && i[0].path == "measures.m1.start_month" && i[0].message.contains("1…13"))
        }
        #expect(single(.motors, ["start_month": .number(13)]).isEmpty)
    }

    @Test func unknownNamesSuggestTheNearest() {
        let field = single(.rooftopPV, ["capacity_mv": .number(1)])
        #expect(field[0].path == "measures.m1.capacity_mv")
        #expect(field[0].message.contains("did you mean 'capacity_mw'"))
        let sector = single(.coalToGas, ["sector": .text("industy")])
        #expect(sector[0].message.contains("did you mean 'industry'"))
        let township = single(.rooftopPV, ["township": .text("c")])
        #expect(township[0].message.contains("expected a township id"))
        let vehicle = single(.yellowLabel, ["count.buss": .number(1)])
        #expect(vehicle[0].message.contains("did you mean 'bus'"))
        let profile = single(.motors, ["profile": .text("heatng")])
        #expect(profile[0].message.contains("did you mean 'heating'"))
        var s = Scenario(name: "x")
        s.assumptions["growth.industri"] = 0.1
        let key = issues(s)
        #expect(key == [ModelIssue("assumptions.growth.industri", "unknown parameter key (did you mean 'growth.industry'?)")])
    }

    @Test func sectorOnlyWhereTheLeverTakesOne() {
        let i = single(.keyEnterprises, ["sector": .text("commercial")])
        #expect(i[0].message.contains("takes no sector field"))
        #expect(single(.greenBuildings, ["sector": .text("public"), "new_m2": .number(10)]).isEmpty)
    }

    @Test func quantitiesThatWouldFallBelowZero() {
        // Industry has 10,000 × 1.1 = 11,000 t of coal in BAU; 40 t/h removes 16,000 t.
        let i = single(.coalToGas, ["capacity_tph": .number(40)])
        #expect(i == [ModelIssue("measures (m1)", "measures remove 16,000 t of industry coal; BAU 2015 has 11,000 t")])
        let s = Scenario(name: "two", measures: [
            Measure(id: "a", lever: .coalToGas, fields: ["capacity_tph": .number(20)]),
            Measure(id: "b", lever: .coalToGas, fields: ["capacity_tph": .number(10)]),
        ])
        #expect(issues(s)[0].path == "measures (a, b)")
        let water = single(.sewerConnection, ["people": .number(10_000)])
        #expect(water[0].message.contains("cod_household"))
        let va = single(.backwardCapacity, ["value_added": .number(200_000)])
        #expect(va[0].message.contains("value added"))
    }

    @Test func moreYellowLabelVehiclesThanTheStock() {
        let i = single(.yellowLabel, ["count.taxi": .number(51)])
        #expect(i == [ModelIssue("measures.m1.count.taxi", "retires 51 taxi vehicles; vehicle.taxi.yellow_stock is 50")])
        let split = Scenario(name: "x", measures: [
            Measure(id: "y1", lever: .yellowLabel, fields: ["count.taxi": .number(30)]),
            Measure(id: "y2", lever: .yellowLabel, fields: ["count.taxi": .number(30)]),
        ])
        #expect(issues(split)[0].path == "measures (y1, y2).count.taxi")
    }

    @Test func sharesThatDoNotSumToOne() {
        var s = Scenario(name: "x")
        s.assumptions["township.a.energy_share.industry"] = 0.9
        #expect(issues(s)[0].message.contains("sum to 1"))
        var b = TestBaseline.make()
        let i = b.parameters.firstIndex { $0.key == "township.b.va_share.commercial" }!
        b.parameters[i].value = 0.6
        #expect(b.validate().contains { $0.message.contains("sum to 1, got 1.1") })
    }

    @Test func missingParameterAndBadAssumption() {
        var b = TestBaseline.make()
        b.parameters.removeAll { $0.key == "boiler.eff_gas" }
        #expect(b.validate().contains(ModelIssue("baseline", "missing parameter boiler.eff_gas")))
        var s = Scenario(name: "x")
        s.assumptions["growth.industry"] = -1.5
        #expect(issues(s)[0].path == "assumptions.growth.industry")
        s.assumptions = ["coef.tce.coal": 0]
        #expect(issues(s)[0].message.contains("> 0"))
    }

    @Test func duplicateMeasureIDs() {
        let s = Scenario(name: "x", measures: [Measure(id: "a", lever: .motors), Measure(id: "a", lever: .motors)])
        #expect(issues(s) == [ModelIssue("measures.a", "duplicate measure id")])
    }

    @Test func allProblemsAreReportedTogether() {
        let s = Scenario(name: "x", measures: [
            Measure(id: "a", lever: .motors, fields: ["capacity_kw": .number(-1)]),
            Measure(id: "b", lever: .rooftopPV, fields: ["start_month": .number(0), "yeild": .number(1)]),
        ])
        #expect(issues(s).count == 3)
    }
}
