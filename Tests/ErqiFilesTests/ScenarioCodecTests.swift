import ErqiFiles
import ErqiModel
import Testing

/// The docs/FORMATS.md example.
let gasFirst = """
{
  "format": "erqi-scenario", "version": 1,
  "name": "gas-first", "title": "Coal-to-gas first", "description": "…",
  "extends": "plan-2015",
  "assumptions": {"growth.industry": 0.08},
  "options": {"pv_accounting": "counted"},
  "measures": {
    "coal_to_gas": {"capacity_tph": 40, "start_month": 6},
    "heat-plant-1": {"lever": "coal_to_gas", "capacity_tph": 58, "profile": "heating", "start_month": 11},
    "rooftop_pv": null
  }
}
"""

@Suite struct ScenarioCodecTests {
    func decode(_ text: String) throws(FileErrors) -> ScenarioFile { try ScenarioCodec.decode(text, file: "s.json") }

    @Test func decodesTheFormatsExample() throws {
        let f = try decode(gasFirst)
        #expect(f.name == "gas-first" && f.title == "Coal-to-gas first" && f.description == "…")
        #expect(f.extends == "plan-2015")
        #expect(f.assumptions == ["growth.industry": 0.08])
        #expect(f.pvAccounting == .counted)
        #expect(f.measures.map(\.id) == ["coal_to_gas", "heat-plant-1", "rooftop_pv"])
        #expect(f.entry("coal_to_gas") == .fields(["capacity_tph": .number(40), "start_month": .number(6)], lever: nil))
        #expect(f.entry("heat-plant-1") == .fields(["capacity_tph": .number(58), "profile": .text("heating"),
                                                    "start_month": .number(11)], lever: .coalToGas))
        #expect(f.entry("rooftop_pv") == .remove)
        #expect(f.baselinePin == nil)
    }

    @Test func onlyFormatVersionAndNameAreRequired() throws {
        let f = try decode(#"{"format": "erqi-scenario", "version": 1, "name": "empty"}"#)
        #expect(f == ScenarioFile(name: "empty"))
        #expect(ScenarioCodec.text(f) == """
        {
          "format": "erqi-scenario",
          "measures": {},
          "name": "empty",
          "version": 1
        }

        """)
    }

    @Test func baselinePin() throws {
        let sha = String(repeating: "ab", count: 32)
        let f = try decode(#"{"format": "erqi-scenario", "version": 1, "name": "p", "baseline": {"id": "erqi-2014", "sha256": "\#(sha)"}}"#)
        #expect(f.baselinePin == BaselinePin(id: "erqi-2014", sha256: sha))
        let g = try decode(#"{"format": "erqi-scenario", "version": 1, "name": "p", "baseline": {"id": "erqi-2014"}}"#)
        #expect(g.baselinePin == BaselinePin(id: "erqi-2014", sha256: nil))
        #expect(messages { () throws(FileErrors) in
            try decode(#"{"format": "erqi-scenario", "version": 1, "name": "p", "baseline": {"id": "x", "sha256": "ABC", "sha": 1}}"#)
        } == ["s.json: baseline.sha: unknown key (did you mean 'sha256'?)",
              "s.json: baseline.sha256: expected 64 lowercase hex digits, got \"ABC\""])
    }

    @Test func fieldShapeErrorsSayWhatWasExpected() {
        let text = """
        {"format": "erqi-scenario", "version": 1, "name": "bad",
         "measures": {
           "pv-mazhai": {"lever": "rooftop_pv", "capacity_mw": "15MW", "township": 3},
           "coal_to_gas": {"start_month": "june", "hours": [1]},
           "motors": {"gain": true, "count.bus": "x"},
           "yellow_label": {"count.bus": "x", "replacement": "all"},
           "x": 5,
           "y": {"lever": "coal-to-gas"},
           "rooftop_pv": {"lever": "motors"}
         }}
        """
        #expect(messages { () throws(FileErrors) in try decode(text) } == [
            "s.json: measures.pv-mazhai.capacity_mw: expected a number ≥ 0 in MW, got \"15MW\"",
            "s.json: measures.pv-mazhai.township: expected a township id, got 3",
            "s.json: measures.coal_to_gas.start_month: expected a month number 1…13, got \"june\"",
            "s.json: measures.coal_to_gas.hours: expected a number ≥ 0 in h, got an array",
            "s.json: measures.motors.gain: expected a number 0…1, got true",
            "s.json: measures.motors.count.bus: expected a number, got \"x\"",
            "s.json: measures.yellow_label.count.bus: expected a number of vehicles ≥ 0, got \"x\"",
            "s.json: measures.yellow_label.replacement: expected a number 0…1, got \"all\"",
            "s.json: measures.x: expected an object of fields, or null to remove an inherited measure, got 5",
            "s.json: measures.y.lever: expected a lever name, got \"coal-to-gas\" (did you mean 'coal_to_gas'?)",
            "s.json: measures.rooftop_pv.lever: expected \"rooftop_pv\", got \"motors\" (a measure named after a lever is that lever; rename the measure)",
        ])
    }

    @Test func topLevelErrorsAreAllReported() {
        let text = """
        {"format": "erqi-scenario", "version": 1, "nmae": "x", "title": 1, "extends": "",
         "assumptions": {"growth.industry": "8%", "drift.industry": 0},
         "options": {"pv_acounting": "counted"}, "measures": []}
        """
        #expect(messages { () throws(FileErrors) in try decode(text) } == [
            "s.json: nmae: unknown key (did you mean 'name'?)",
            "s.json: missing key \"name\"",
            "s.json: title: expected a string, got 1",
            "s.json: extends: expected a non-empty string, got \"\"",
            "s.json: assumptions.growth.industry: expected a number, or null to unset an inherited assumption, got \"8%\"",
            "s.json: options.pv_acounting: unknown key (did you mean 'pv_accounting'?)",
            "s.json: measures: expected an object, got an array",
        ])
    }

    @Test func notAScenarioFile() {
        #expect(messages { () throws(FileErrors) in try decode(smallBaseline) }
                == ["s.json: format: expected \"erqi-scenario\", got \"erqi-baseline\""])
    }

    @Test func encodingWritesLeverOnlyWhenTheIdIsNotItsName() {
        let s = Scenario(name: "n", measures: [
            Measure(id: "coal_to_gas", lever: .coalToGas, fields: ["capacity_tph": .number(40)]),
            Measure(id: "heat-plant-1", lever: .coalToGas, fields: ["capacity_tph": .number(58), "profile": .text("heating")]),
        ])
        #expect(ScenarioCodec.text(s) == """
        {
          "format": "erqi-scenario",
          "measures": {
            "coal_to_gas": {
              "capacity_tph": 40
            },
            "heat-plant-1": {
              "capacity_tph": 58,
              "lever": "coal_to_gas",
              "profile": "heating"
            }
          },
          "name": "n",
          "version": 1
        }

        """)
    }

    @Test func fileFormIsCanonicalAndStable() throws {
        let once = ScenarioCodec.text(try decode(gasFirst))
        let twice = ScenarioCodec.text(try decode(once))
        #expect(once == twice)
        #expect(try decode(once) == (try decode(gasFirst)))
        #expect(once.contains("\"rooftop_pv\": null"))
    }

    @Test func standaloneScenarioRoundTrips() throws {
        let s = Scenario(name: "full", title: "All of it", description: "d", extends: nil,
                         assumptions: ["growth.industry": 0.08, "coef.tce.electricity": 0.315],
                         pvAccounting: .counted,
                         measures: [Measure(id: "rooftop_pv", lever: .rooftopPV, fields: ["capacity_mw": .number(15.5)]),
                                    Measure(id: "buses", lever: .oilToGas, fields: ["count.bus": .number(120), "note": .text("公交")])],
                         baselinePin: BaselinePin(id: "erqi-2014", sha256: nil))
        let text = ScenarioCodec.text(s)
        let back = try decode(text).merged(onto: nil, file: "s.json")
        // Files list measures by sorted id.
        #expect(back.measures.map(\.id) == ["buses", "rooftop_pv"])
        var sorted = s
        sorted.measures.sort { $0.id < $1.id }
        #expect(back == sorted)
        #expect(ScenarioCodec.text(back) == text)
    }
}
