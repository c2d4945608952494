import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
import Testing

/// The `actuals` block of scenario files (docs/FORMATS.md): strict reading, `extends` merging,
/// writing back, and the result's `actuals` section.
@Suite struct ActualsCodecTests {
    static func scenarioText(_ actuals: String, extra: String = "") -> String {
        #"{"format": "erqi-scenario", "version": 1, "name": "h", "measures": {}, "actuals": "# + actuals + extra + "}"
    }

    static func errors(_ actuals: String) -> [String] {
        messages { () throws(FileErrors) in try ScenarioCodec.decode(scenarioText(actuals), file: "h.json") }
    }

    @Test func readsTheBlock() throws {
        let f = try ScenarioCodec.decode(Self.scenarioText(#"""
            {"through_month": 6, "source": "快报", "energy_tce": {"industry": 402000, "commercial": 51000},
             "value_added": {"industry": 1810000}}
            """#), file: "h.json")
        let s = try f.merged(onto: nil, file: "h.json")
        #expect(s.actuals == Actuals(throughMonth: 6, source: "快报", energyTce: [.industry: 402_000, .commercial: 51_000],
                                     valueAdded: [.industry: 1_810_000]))
    }

    @Test func everyProblemWithItsPath() {
        #expect(Self.errors(#"{"through_month": 6, "energy": {}}"#)
                == [#"h.json: actuals.energy: unknown key (did you mean 'energy_tce'?)"#])
        #expect(Self.errors(#"{"through_month": 0}"#)
                == ["h.json: actuals.through_month: expected a month 1…11 (the figures cover January to that month), got 0"])
        #expect(Self.errors(#"{"through_month": 12}"#)
                == ["h.json: actuals.through_month: expected a month 1…11 (the figures cover January to that month), got 12"])
        #expect(Self.errors(#"{"through_month": 6.5}"#)
                == ["h.json: actuals.through_month: expected a month 1…11 (the figures cover January to that month), got 6.5"])
        #expect(Self.errors(#"{"through_month": "6"}"#)
                == [#"h.json: actuals.through_month: expected a month 1…11 (the figures cover January to that month), got "6""#])
        #expect(Self.errors(#"{"through_month": 6, "source": ""}"#)
                == [#"h.json: actuals.source: expected a non-empty string, got """#])
        #expect(Self.errors(#"{"through_month": 6, "energy_tce": {"industri": 5}}"#)
                == ["h.json: actuals.energy_tce.industri: unknown sector; expected one of agriculture, industry, construction, transport, commercial, public, residential (did you mean 'industry'?)"])
        #expect(Self.errors(#"{"through_month": 6, "value_added": {"residential": 5}}"#)
                == ["h.json: actuals.value_added.residential: residential has no value added; expected one of agriculture, industry, construction, transport, commercial, public"])
        #expect(Self.errors(#"{"through_month": 6, "energy_tce": {"industry": 0}}"#)
                == ["h.json: actuals.energy_tce.industry: expected a number of tce > 0 (January to through_month), or null to drop an inherited figure, got 0"])
        #expect(Self.errors(#"{"through_month": 6, "value_added": {"industry": -3}}"#)
                == ["h.json: actuals.value_added.industry: expected a number of 万元 > 0 (January to through_month), or null to drop an inherited figure, got -3"])
        #expect(Self.errors(#"{"through_month": 6, "energy_tce": {"industry": "402000"}}"#)
                == [#"h.json: actuals.energy_tce.industry: expected a number of tce > 0 (January to through_month), or null to drop an inherited figure, got "402000""#])
        #expect(Self.errors(#"{"through_month": 6, "energy_tce": [1]}"#)
                == ["h.json: actuals.energy_tce: expected an object from sector ids to numbers of tce, got an array"])
        #expect(Self.errors("5")
                == ["h.json: actuals: expected an object with through_month, source, energy_tce and value_added (or null), got 5"])
    }

    /// Several problems at once, each named.
    @Test func allProblemsTogether() {
        let e = Self.errors(#"{"through_month": 13, "energy_tce": {"industry": 0, "steel": 1}}"#)
        #expect(e.count == 3)
    }

    static let parent = Scenario(name: "p", actuals: Actuals(throughMonth: 5, source: "快报",
                                                            energyTce: [.industry: 300_000, .commercial: 40_000],
                                                            valueAdded: [.industry: 1_500_000]))

    @Test func extendsMergesKeyByKey() throws {
        let f = try ScenarioCodec.decode(Self.scenarioText(#"""
            {"through_month": 6, "energy_tce": {"industry": 402000, "commercial": null, "residential": 90000}}
            """#, extra: #", "extends": "p""#), file: "c.json")
        let s = try f.merged(onto: Self.parent, file: "c.json")
        #expect(s.actuals == Actuals(throughMonth: 6, source: "快报", energyTce: [.industry: 402_000, .residential: 90_000],
                                     valueAdded: [.industry: 1_500_000]))
        // null drops them all.
        let dropped = try ScenarioCodec.decode(Self.scenarioText("null"), file: "c.json").merged(onto: Self.parent, file: "c.json")
        #expect(dropped.actuals == nil)
        // A child without the block inherits it unchanged.
        let plain = ScenarioFile(name: "c", extends: "p")
        #expect(try plain.merged(onto: Self.parent, file: "c.json").actuals == Self.parent.actuals)
    }

    @Test func mergeProblems() throws {
        let orphan = try ScenarioCodec.decode(Self.scenarioText("null"), file: "o.json")
        #expect(messages { () throws(FileErrors) in try orphan.merged(onto: nil, file: "o.json") }
                == ["o.json: actuals: null drops inherited year-to-date figures, but the parent has none"])
        let noFigure = try ScenarioCodec.decode(Self.scenarioText(#"{"energy_tce": {"public": null}}"#), file: "c.json")
        #expect(messages { () throws(FileErrors) in try noFigure.merged(onto: Self.parent, file: "c.json") }
                == ["c.json: actuals.energy_tce.public: null drops an inherited figure, but the parent has no energy_tce figure for public"])
    }

    /// Written back by save and fmt: the file text reads back as the same file, and a child's
    /// difference from its parent merges back into the child.
    @Test func roundTrip() throws {
        let text = Self.scenarioText(#"{"through_month": 6, "source": "快报", "energy_tce": {"industry": 402000.5}, "value_added": {"public": 7}}"#)
        let f = try ScenarioCodec.decode(text, file: "h.json")
        let again = try ScenarioCodec.decode(ScenarioCodec.text(f), file: "h.json")
        #expect(again == f)
        #expect(ScenarioCodec.text(again) == ScenarioCodec.text(f))
        var child = Self.parent
        child.name = "c"; child.extends = "p"
        child.actuals!.throughMonth = 6
        child.actuals!.energyTce[.commercial] = nil
        child.actuals!.energyTce[.transport] = 12_345
        child.actuals!.valueAdded = [:]
        let written = ScenarioCodec.text(child, parent: Self.parent)
        let back = try ScenarioCodec.decode(written, file: "c.json").merged(onto: Self.parent, file: "c.json")
        #expect(back.actuals == child.actuals)
        #expect(written.contains(#""commercial": null"#))
        #expect(!written.contains("source"))
        // Without actuals where the parent has them: "actuals": null.
        var none = child
        none.actuals = nil
        let nullText = ScenarioCodec.text(none, parent: Self.parent)
        #expect(nullText.contains(#""actuals": null"#))
        #expect(try ScenarioCodec.decode(nullText, file: "c.json").merged(onto: Self.parent, file: "c.json").actuals == nil)
        // The same figures as the parent: no block at all.
        #expect(!ScenarioCodec.text(Self.parent.renamed("c"), parent: Self.parent).contains("actuals"))
    }

    /// The shipped plan-2015-h1 loads, is canonical, and its result carries the section in
    /// both writers with the exact keys of docs/FORMATS.md.
    @Test func shippedScenarioAndResultSection() throws {
        let path = Repository.root + "/scenarios/plan-2015-h1.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(ScenarioCodec.text(try ScenarioCodec.decode(text, file: path)) == text)
        let s = try ScenarioLoader.load(path: path)
        #expect(s.actuals?.throughMonth == 6)
        #expect(s.description.contains("ILLUSTRATIVE, NOT STATISTICS"))
        let baseline = try BaselineStore.load(path: Repository.root + "/seeds/baseline-2014.json")
        let r = try Engine.project(baseline: baseline, scenario: s)
        let json = ResultCodec.encode(r)
        let a = try #require(json["actuals"])
        #expect(a.objectMembers?.map(\.key).sorted() == ResultKeys.actuals.sorted())
        guard case .array(let energy)? = a["energy"], case .array(let va)? = a["value_added"] else {
            Issue.record("no arrays"); return
        }
        #expect(energy.map { $0["sector"]?.stringValue } == ["industry", "commercial", "residential"])
        #expect(energy.allSatisfy { $0.objectMembers?.map(\.key).sorted() == ResultKeys.actualsEnergy.sorted() })
        #expect(va.allSatisfy { $0.objectMembers?.map(\.key).sorted() == ResultKeys.actualsValueAdded.sorted() })
        var bytes = ByteText()
        ResultWriter.canonical(r, into: &bytes)
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == ResultCodec.text(r))
        // Without actuals: no section.
        let plain = try Engine.project(baseline: baseline, scenario: ScenarioLoader.load(path: Repository.root + "/scenarios/plan-2015.json"))
        #expect(ResultCodec.encode(plain)["actuals"] == nil)
    }

    /// A result whose figures have no source writes `null`, in both writers alike.
    @Test func sourceNullInBothWriters() throws {
        let baseline = try BaselineStore.load(path: Repository.root + "/seeds/baseline-2014.json")
        var s = try ScenarioLoader.load(path: Repository.root + "/scenarios/plan-2015-h1.json")
        s.actuals!.source = nil
        let r = try Engine.project(baseline: baseline, scenario: s)
        #expect(ResultCodec.encode(r)["actuals"]?["source"] == .null)
        var bytes = ByteText()
        ResultWriter.line(r, into: &bytes)
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == ResultCodec.line(r))
    }

    /// Every validation error of the block comes out of `check` with the file and JSON path.
    @Test func diagnoseNamesFileAndPath() throws {
        let folder = NSTemporaryDirectory() + "erqi-actuals-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/h.json"
        try Self.scenarioText(#"{"energy_tce": {"industry": 5}}"#).write(toFile: path, atomically: true, encoding: .utf8)
        let baseline = try BaselineStore.load(path: Repository.root + "/seeds/baseline-2014.json")
        #expect(ScenarioLoader.diagnose(path: path, baseline: baseline).map(\.description)
                == ["\(path): actuals.through_month: missing: the figures need the last month they cover, 1…11"])
    }
}

extension Scenario {
    func renamed(_ name: String) -> Scenario {
        var s = self
        s.name = name
        s.extends = "p"
        return s
    }
}
