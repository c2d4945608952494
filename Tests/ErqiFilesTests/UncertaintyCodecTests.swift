import ErqiModel
import ErqiTestSupport
import Foundation
import Testing
@testable import ErqiFiles

/// `uncertainty` on baseline parameters and in scenarios: strict shape checks naming the file
/// and JSON path, canonical round trips, and `extends` merging by key with `null`.
@Suite struct UncertaintyCodecTests {
    func baseline(_ uncertainty: String) -> String {
        let old = #""note": "how this figure was derived"}"#
        precondition(smallBaseline.contains(old))
        return smallBaseline.replacingOccurrences(of: old, with: #""note": "how this figure was derived", "uncertainty": "# + uncertainty + "}")
    }

    func scenario(_ uncertainty: String, extends: String? = nil) -> String {
        #"{"format": "erqi-scenario", "version": 1, "name": "u", "#
            + (extends.map { #""extends": ""# + $0 + #"", "# } ?? "")
            + #""measures": {"rooftop_pv": {"capacity_mw": 10}}, "uncertainty": "# + uncertainty + "}"
    }

    func baselineErrors(_ uncertainty: String) -> [String] {
        messages { () throws(FileErrors) -> Baseline in try BaselineCodec.decode(baseline(uncertainty), file: "b.json") }
    }

    func scenarioErrors(_ uncertainty: String) -> [String] {
        messages { () throws(FileErrors) -> ScenarioFile in try ScenarioCodec.decode(scenario(uncertainty), file: "s.json") }
    }

    @Test func everyFamilyDecodesOnABaselineParameter() throws {
        let cases: [(String, Uncertainty)] = [
            (#"{"dist": "uniform", "low": 1, "high": 2}"#, Uncertainty(.uniform(low: 1, high: 2))),
            (#"{"dist": "triangular", "low": 1, "high": 3}"#, Uncertainty(.triangular(low: 1, mode: nil, high: 3))),
            (#"{"dist": "triangular", "low": -0.1, "mode": 0, "high": 0.2, "relative": true}"#,
             Uncertainty(.triangular(low: -0.1, mode: 0, high: 0.2), relative: true)),
            (#"{"dist": "normal", "sd": 0.1, "low": -1, "relative": true}"#,
             Uncertainty(.normal(mean: nil, sd: 0.1, low: -1, high: nil), relative: true)),
            (#"{"dist": "normal", "mean": 5, "sd": 2, "low": 0, "high": 9}"#, Uncertainty(.normal(mean: 5, sd: 2, low: 0, high: 9))),
            (#"{"dist": "discrete", "values": [1, 2, 3], "weights": [1, 1, 2]}"#,
             Uncertainty(.discrete(values: [1, 2, 3], weights: [1, 1, 2]))),
            (#"{"dist": "discrete", "values": [4]}"#, Uncertainty(.discrete(values: [4], weights: nil))),
        ]
        for (json, expected) in cases {
            let b = try BaselineCodec.decode(baseline(json), file: "b.json")
            #expect(b.parameter("gdp.industry")?.uncertainty == expected, "\(json)")
            // Canonical text round trip.
            let again = try BaselineCodec.decode(BaselineCodec.text(b), file: "b.json")
            #expect(again == b)
            #expect(BaselineCodec.text(again) == BaselineCodec.text(b))
        }
        #expect(try BaselineCodec.decode(smallBaseline, file: "b.json").parameter("gdp.industry")?.uncertainty == nil)
    }

    @Test func shapeErrorsNameFileAndPath() {
        let p = "b.json: parameters[2].uncertainty"
        #expect(baselineErrors(#"{"dist": "gauss", "sd": 1}"#)
                == [#"\#(p).dist: expected "uniform" or "triangular" or "normal" or "discrete", got "gauss""#])
        #expect(baselineErrors(#"{"dist": "uniform", "low": 1}"#) == ["\(p): missing key \"high\""])
        #expect(baselineErrors(#"{"dist": "triangular", "low": 1, "mod": 2, "high": 3}"#)
                == ["\(p).mod: unknown key (did you mean 'mode'?)"])
        #expect(baselineErrors(#"{"dist": "uniform", "low": "1", "high": 2}"#) == ["\(p).low: expected a number, got \"1\""])
        #expect(baselineErrors(#"{"dist": "uniform", "low": 1, "high": 2, "relative": "yes"}"#)
                == ["\(p).relative: expected true or false, got \"yes\""])
        #expect(baselineErrors(#"{"dist": "discrete", "values": 3}"#) == ["\(p).values: expected an array of numbers, got 3"])
        #expect(baselineErrors(#"{"dist": "discrete", "values": [1, "x"]}"#) == ["\(p).values[1]: expected a number, got \"x\""])
        #expect(baselineErrors(#"{"dist": "normal", "sd": 1, "values": [1]}"#) == ["\(p).values: unknown key"])
        #expect(baselineErrors(#"{"low": 1, "high": 2}"#) == ["\(p): missing key \"dist\""])
        #expect(baselineErrors("0.1") == ["\(p): expected a distribution object ({\"dist\": \"uniform\", \"low\": …, \"high\": …}), got 0.1"])
    }

    @Test func scenarioUncertaintyDecodesWithNull() throws {
        let f = try ScenarioCodec.decode(scenario(#"{"growth.industry": {"dist": "triangular", "low": 0.07, "high": 0.11}, "growth.commercial": null}"#),
                                         file: "s.json")
        #expect(f.uncertainty == ["growth.industry": .uncertain(Uncertainty(.triangular(low: 0.07, mode: nil, high: 0.11))),
                                  "growth.commercial": .certain])
        let again = try ScenarioCodec.decode(ScenarioCodec.text(f), file: "s.json")
        #expect(again == f)
        #expect(ScenarioCodec.text(again) == ScenarioCodec.text(f))
        #expect(ScenarioCodec.text(f).contains("\"growth.commercial\": null"))
    }

    @Test func scenarioShapeErrors() {
        #expect(scenarioErrors("[1]") == ["s.json: uncertainty: expected an object from keys to distributions (or null), got an array"])
        #expect(scenarioErrors(#"{"growth.industry": {"dist": "uniform", "low": 0.07}}"#)
                == ["s.json: uncertainty.growth.industry: missing key \"high\""])
        #expect(scenarioErrors(#"{"growth.industry": 0.1}"#).first?.hasPrefix("s.json: uncertainty.growth.industry: expected a distribution object") == true)
        #expect(scenarioErrors(#"{"": null}"#) == ["s.json: uncertainty: a key may not be empty"])
    }

    @Test func extendsMergesByKeyAndNullRemoves() throws {
        let parentFile = try ScenarioCodec.decode(scenario(#"{"growth.industry": {"dist": "uniform", "low": 0.07, "high": 0.11}, "rooftop_pv.capacity_mw": {"dist": "uniform", "low": 5, "high": 15}}"#), file: "p.json")
        let parent = try parentFile.merged(onto: nil, file: "p.json")
        let child = try ScenarioCodec.decode(scenario(#"{"growth.industry": {"dist": "uniform", "low": 0.08, "high": 0.1}, "rooftop_pv.capacity_mw": null}"#, extends: "p"), file: "c.json")
        let merged = try child.merged(onto: parent, file: "c.json")
        #expect(merged.uncertainty == ["growth.industry": .uncertain(Uncertainty(.uniform(low: 0.08, high: 0.1))),
                                       "rooftop_pv.capacity_mw": .certain])
        // Written back against the parent: only the differences, and a dropped entry as null.
        var edited = merged
        edited.uncertainty["growth.industry"] = nil
        let written = ScenarioFile(edited, parent: parent)
        #expect(written.uncertainty == ["growth.industry": .certain, "rooftop_pv.capacity_mw": .certain])
        let unchanged = ScenarioFile(parent, parent: parent)
        #expect(unchanged.uncertainty.isEmpty)
        #expect(try ScenarioFile(merged, parent: parent).merged(onto: parent, file: "c.json") == merged)
    }

    @Test func rangeErrorsNameTheFileAndPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("u.json", scenario(#"{"rooftop_pv.capacity_mw": {"dist": "normal", "sd": 2}, "rooftop_pv.start_month": {"dist": "uniform", "low": 0, "high": 4}, "township.mazhai.energy_share.industry": {"dist": "uniform", "low": 0, "high": 0.5}}"#))
        let errors = ScenarioLoader.diagnose(path: folder.file("u.json"), baseline: try BaselineStore.embedded())
        #expect(errors.allSatisfy { $0.file == folder.file("u.json") })
        #expect(errors.map(\.path) == ["uncertainty.rooftop_pv.capacity_mw.low", "uncertainty.rooftop_pv.start_month.low",
                                      "uncertainty.township.mazhai.energy_share.industry"])
        #expect(errors[0].message.contains("valid range is ≥ 0"))
        #expect(errors[1].message.contains("whole numbers 1…13"))
        #expect(errors[2].message.contains("cannot be uncertain"))
    }
}
