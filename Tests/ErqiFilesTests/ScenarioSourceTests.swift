import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Testing

/// `ScenarioSource.memory`: the loader reading from memory (the fuzz harness's way) resolves
/// chains, names missing parents and cycles exactly as it does from disk.
@Suite struct ScenarioSourceTests {
    static let parent = #"{"format": "erqi-scenario", "version": 1, "name": "plan", "measures": {"motors": {"lever": "motors", "capacity_kw": 100}}}"#
    static let child = #"{"format": "erqi-scenario", "version": 1, "name": "c", "extends": "plan", "measures": {"motors": {"capacity_kw": 250}}}"#

    static func files(_ texts: [String: String]) -> [String: [UInt8]] { texts.mapValues { Array($0.utf8) } }

    @Test func memoryAndDiskLoadTheSameChain() throws {
        let folder = try TemporaryFolder("erqi-source-tests")
        defer { folder.remove() }
        try folder.write("plan.json", Self.parent)
        try folder.write("c.json", Self.child)
        let fromDisk = try ScenarioLoader.load(path: folder.file("c.json"))
        let memory = ScenarioSource.memory(Self.files([folder.file("plan.json"): Self.parent, folder.file("c.json"): Self.child]))
        #expect(try ScenarioLoader.load(path: folder.file("c.json"), source: memory) == fromDisk)
        #expect(fromDisk.measures.first?.fields["capacity_kw"] == .number(250))
        #expect(try ScenarioLoader.parent("plan", of: folder.file("c.json"), source: memory)?.name == "plan")
    }

    @Test func relativePathsInMemoryStartAtTheRoot() throws {
        let memory = ScenarioSource.memory(Self.files(["base/plan.json": Self.parent,
                                                       "/variants/c.json": Self.child.replacingOccurrences(of: "\"plan\"", with: "\"../base/plan.json\"")]))
        let s = try ScenarioLoader.load(path: "/variants/c.json", source: memory)
        #expect(s.extends == "../base/plan.json" && s.measures.count == 1)
    }

    @Test func missingParentsAndCyclesAreNamedAsOnDisk() {
        let typo = Self.child.replacingOccurrences(of: "\"plan\"", with: "\"plam\"")
        let memory = ScenarioSource.memory(Self.files(["/s/plan.json": Self.parent, "/s/c.json": typo,
                                                       "/s/a.json": #"{"format": "erqi-scenario", "version": 1, "name": "a", "extends": "b"}"#,
                                                       "/s/b.json": #"{"format": "erqi-scenario", "version": 1, "name": "b", "extends": "a"}"#]))
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: "/s/c.json", source: memory) }
                == [#"/s/c.json: extends: no scenario "plam" (looked for /s/plam.json) (did you mean 'plan'?)"#])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: "/s/a.json", source: memory) }
                == ["/s/b.json: extends: cycle: a.json → b.json → a.json"])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: "/s/none.json", source: memory) }
                == ["/s/none.json: cannot read: no such file or folder"])
    }
}
