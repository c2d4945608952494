import ErqiFiles
import ErqiModel
import Testing

@Suite struct ScenarioMergeTests {
    let parent = Scenario(
        name: "plan-2015", title: "Plan", description: "the plan", assumptions: ["growth.industry": 0.09, "growth.commercial": 0.1],
        pvAccounting: .offset,
        measures: [
            Measure(id: "coal_to_gas", lever: .coalToGas, fields: ["capacity_tph": .number(20), "hours": .number(3000)]),
            Measure(id: "rooftop_pv", lever: .rooftopPV, fields: ["capacity_mw": .number(10)]),
            Measure(id: "pv-mazhai", lever: .rooftopPV, fields: ["capacity_mw": .number(2), "township": .text("mazhai")]),
        ],
        baselinePin: BaselinePin(id: "erqi-2014", sha256: nil))

    @Test func mergesTheFormatsExampleOntoItsParent() throws {
        let s = try ScenarioCodec.decode(gasFirst, file: "gas.json").merged(onto: parent, file: "gas.json")
        #expect(s.name == "gas-first" && s.title == "Coal-to-gas first" && s.extends == "plan-2015")
        #expect(s.assumptions == ["growth.industry": 0.08, "growth.commercial": 0.1])
        #expect(s.pvAccounting == .counted)
        #expect(s.baselinePin == BaselinePin(id: "erqi-2014", sha256: nil))
        #expect(s.measures == [
            Measure(id: "coal_to_gas", lever: .coalToGas,
                    fields: ["capacity_tph": .number(40), "hours": .number(3000), "start_month": .number(6)]),
            Measure(id: "pv-mazhai", lever: .rooftopPV, fields: ["capacity_mw": .number(2), "township": .text("mazhai")]),
            Measure(id: "heat-plant-1", lever: .coalToGas,
                    fields: ["capacity_tph": .number(58), "profile": .text("heating"), "start_month": .number(11)]),
        ])
    }

    @Test func inheritedMeasuresKeepTheirLeverWithoutALeverKey() throws {
        let f = ScenarioFile(name: "c", extends: "plan-2015",
                             measures: [("pv-mazhai", .fields(["capacity_mw": .number(3)], lever: nil))])
        let s = try f.merged(onto: parent, file: "c.json")
        #expect(s.measures[2] == Measure(id: "pv-mazhai", lever: .rooftopPV,
                                         fields: ["capacity_mw": .number(3), "township": .text("mazhai")]))
    }

    @Test func aDifferentLeverReplacesTheMeasure() throws {
        let f = ScenarioFile(name: "c", extends: "plan-2015",
                             measures: [("pv-mazhai", .fields(["capacity_kw": .number(500)], lever: .motors))])
        let s = try f.merged(onto: parent, file: "c.json")
        #expect(s.measures[2] == Measure(id: "pv-mazhai", lever: .motors, fields: ["capacity_kw": .number(500)]))
    }

    @Test func mergeErrors() {
        let f = ScenarioFile(name: "c", extends: "plan-2015", measures: [
            ("rooftop-pv", .remove),
            ("boiler-2", .fields(["capacity_tph": .number(1)], lever: nil)),
            ("coal-to-gas", .fields([:], lever: nil)),
        ])
        #expect(messages { () throws(FileErrors) in try f.merged(onto: parent, file: "c.json") } == [
            "c.json: measures.rooftop-pv: null removes an inherited measure, but \"plan-2015\" has no measure \"rooftop-pv\" (did you mean 'rooftop_pv'?)",
            "c.json: measures.boiler-2: missing key \"lever\" (\"boiler-2\" is not a lever's name)",
            "c.json: measures.coal-to-gas: missing key \"lever\" (\"coal-to-gas\" is not a lever's name) (did you mean 'coal_to_gas'?)",
        ])
        let orphan = ScenarioFile(name: "o", measures: [("rooftop_pv", .remove)])
        #expect(messages { () throws(FileErrors) in try orphan.merged(onto: nil, file: "o.json") }
                == ["o.json: measures.rooftop_pv: null removes an inherited measure, but this scenario extends nothing"])
    }

    @Test func diffAgainstTheParentMergesBackToTheScenario() throws {
        var child = parent
        child.name = "child"; child.title = "Child"; child.description = ""; child.extends = "plan-2015"
        child.assumptions["growth.industry"] = 0.07
        child.assumptions["drift.industry"] = -0.01
        child.pvAccounting = .counted
        child.measures.removeAll { $0.id == "rooftop_pv" }
        child.measures[0].fields["start_month"] = .number(4)
        child.measures[1].fields["capacity_mw"] = .number(2)   // unchanged value
        child.measures.append(Measure(id: "buses", lever: .oilToGas, fields: ["count.bus": .number(50)]))
        let file = ScenarioFile(child, parent: parent)
        #expect(file.assumptions == ["growth.industry": 0.07, "drift.industry": -0.01])
        #expect(file.pvAccounting == .counted)
        #expect(file.baselinePin == nil)
        #expect(file.measures.map(\.id) == ["rooftop_pv", "coal_to_gas", "buses"])
        #expect(file.entry("rooftop_pv") == .remove)
        #expect(file.entry("coal_to_gas") == .fields(["start_month": .number(4)], lever: nil))
        #expect(file.entry("pv-mazhai") == nil)
        #expect(file.entry("buses") == .fields(["count.bus": .number(50)], lever: .oilToGas))
        #expect(try file.merged(onto: parent, file: "c.json") == child)
    }

    @Test func fileOfAScenarioWithoutParentHoldsEverything() {
        let file = ScenarioFile(parent)
        #expect(file.measures.count == 3)
        #expect(file.entry("pv-mazhai") == .fields(["capacity_mw": .number(2), "township": .text("mazhai")], lever: .rooftopPV))
        #expect(file.entry("coal_to_gas") == .fields(["capacity_tph": .number(20), "hours": .number(3000)], lever: nil))
        #expect(file.assumptions == parent.assumptions && file.pvAccounting == .offset)
    }
}
