import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
import Testing

@Suite struct ScenarioLoaderTests {
    let plan = """
    {"format": "erqi-scenario", "version": 1, "name": "plan-2015", "title": "Plan",
     "assumptions": {"growth.industry": 0.09},
     "measures": {"coal_to_gas": {"capacity_tph": 20, "hours": 3000}, "rooftop_pv": {"capacity_mw": 10}}}
    """

    @Test func resolvesAChainParentFirst() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("plan-2015.json", plan)
        try folder.write("gas-first.json", gasFirst)
        try folder.write("late.json", """
            {"format": "erqi-scenario", "version": 1, "name": "late", "extends": "gas-first.json",
             "measures": {"coal_to_gas": {"start_month": 9}}}
            """)
        let s = try ScenarioLoader.load(path: folder.file("late.json"))
        #expect(s.name == "late" && s.extends == "gas-first.json")
        #expect(s.assumptions == ["growth.industry": 0.08])
        #expect(s.pvAccounting == .counted)
        #expect(s.measures.map(\.id) == ["coal_to_gas", "heat-plant-1"])
        #expect(s.measures[0].fields == ["capacity_tph": .number(40), "hours": .number(3000), "start_month": .number(9)])
        // The unmerged file keeps what it says.
        let f = try ScenarioLoader.loadFile(path: folder.file("gas-first.json"))
        #expect(f.entry("rooftop_pv") == .remove)
    }

    @Test func relativePathsAndSubfolders() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("variants"), withIntermediateDirectories: true)
        try folder.write("plan-2015.json", plan)
        try folder.write("variants/v.json", """
            {"format": "erqi-scenario", "version": 1, "name": "v", "extends": "../plan-2015.json", "measures": {"rooftop_pv": null}}
            """)
        let s = try ScenarioLoader.load(path: folder.file("variants/v.json"))
        #expect(s.measures.map(\.id) == ["coal_to_gas"])
        #expect(ScenarioLoader.parentPath(of: "plan-2015", from: "scenarios/a.json") == "scenarios/plan-2015.json")
        #expect(ScenarioLoader.parentPath(of: "base/p.json", from: "scenarios/a.json") == "scenarios/base/p.json")
        #expect(ScenarioLoader.parentPath(of: "p", from: "a.json") == "p.json")
    }

    @Test func cyclesAreNamed() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        func scenario(_ name: String, _ parent: String) -> String {
            #"{"format": "erqi-scenario", "version": 1, "name": "\#(name)", "extends": "\#(parent)"}"#
        }
        try folder.write("a.json", scenario("a", "b"))
        try folder.write("b.json", scenario("b", "./a.json"))
        try folder.write("self.json", scenario("self", "self"))
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("a.json")) }
                == ["\(folder.file("b.json")): extends: cycle: a.json → b.json → a.json"])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("self.json")) }
                == ["\(folder.file("self.json")): extends: cycle: self.json → self.json"])
    }

    @Test func missingAndWrongParents() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("plan-2015.json", plan)
        try folder.write("baseline.json", smallBaseline)
        try folder.write("typo.json", #"{"format": "erqi-scenario", "version": 1, "name": "t", "extends": "plan-2105"}"#)
        try folder.write("wrong.json", #"{"format": "erqi-scenario", "version": 1, "name": "w", "extends": "baseline"}"#)
        try folder.write("broken.json", #"{"format": "erqi-scenario", "version": 1, "name": "b", "extends": "bad"}"#)
        try folder.write("bad.json", #"{"format": "erqi-scenario", "version": 1, "name": "bad", "measures": {"motors": {"gain": "x"}}}"#)
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("typo.json")) }
                == ["\(folder.file("typo.json")): extends: no scenario \"plan-2105\" (looked for \(folder.file("plan-2105.json"))) (did you mean 'plan-2015'?)"])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("wrong.json")) }
                == ["\(folder.file("wrong.json")): extends: \(folder.file("baseline.json")) is not an erqi-scenario file (its format is \"erqi-baseline\")"])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("broken.json")) }
                == ["\(folder.file("bad.json")): measures.motors.gain: expected a number 0…1, got \"x\""])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("none.json")) }
                == ["\(folder.file("none.json")): cannot read: no such file or folder"])
    }

    @Test func loadSaveLoadIsByteIdentical() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("plan-2015.json", plan)
        try folder.write("gas-first.json", gasFirst)
        let first = try ScenarioLoader.load(path: folder.file("gas-first.json"))
        try ScenarioLoader.save(first, to: folder.file("copy.json"), overwrite: false)
        let second = try ScenarioLoader.load(path: folder.file("copy.json"))
        #expect(second == first)
        try ScenarioLoader.save(second, to: folder.file("copy2.json"), overwrite: false)
        #expect(try folder.read("copy.json") == (try folder.read("copy2.json")))
        // The saved child is minimal: the removed parent measure is a null, unchanged fields are left out.
        let saved = try folder.read("copy.json")
        #expect(saved.contains("\"rooftop_pv\": null"))
        #expect(!saved.contains("\"hours\""))
        // And a standalone scenario round-trips too.
        let plain = try ScenarioLoader.load(path: folder.file("plan-2015.json"))
        try ScenarioLoader.save(plain, to: folder.file("plain.json"), overwrite: false)
        #expect(try ScenarioLoader.load(path: folder.file("plain.json")) == plain)
        try ScenarioLoader.save(try ScenarioLoader.load(path: folder.file("plain.json")), to: folder.file("plain.json"), overwrite: true)
        #expect(try folder.read("plain.json") == ScenarioCodec.text(plain))
    }

    @Test func savingRefusesToCloseACycle() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("a.json", #"{"format": "erqi-scenario", "version": 1, "name": "a", "extends": "b"}"#)
        let b = Scenario(name: "b", extends: "a")
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.save(b, to: folder.file("b.json"), overwrite: false) }
                == ["\(folder.file("a.json")): extends: cycle: b.json → a.json → b.json"])
        #expect(try folder.names() == ["a.json"])
    }
}
