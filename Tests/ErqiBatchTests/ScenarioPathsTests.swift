import ErqiTestSupport
import Testing
@testable import ErqiBatch

/// Batch arguments to scenario files: folders list their scenario files, hidden ones never.
@Suite struct ScenarioPathsTests {
    @Test func aFolderMeansItsVisibleJSONFilesInOrder() throws {
        let folder = try TemporaryFolder("erqi-scenario-paths")
        defer { folder.remove() }
        for name in ["b.json", "a.json", ".draft.json", "readme.md"] { try folder.write(name, "{}") }
        try folder.folder("sub.json")
        #expect(try ScenarioPaths.expand([folder.path]) == [folder.file("a.json"), folder.file("b.json")])
        #expect(try ScenarioPaths.expand([folder.path + "/"]) == [folder.file("a.json"), folder.file("b.json")])
    }

    @Test func aFolderOfHiddenFilesHoldsNone() throws {
        let folder = try TemporaryFolder("erqi-scenario-paths")
        defer { folder.remove() }
        try folder.write(".only.json", "{}")
        #expect(throws: BatchError(["\(folder.path): this folder holds no .json files"])) {
            try ScenarioPaths.expand([folder.path])
        }
    }

    @Test func patternsSkipHiddenFilesAndFoldersToo() throws {
        let folder = try TemporaryFolder("erqi-scenario-paths")
        defer { folder.remove() }
        for name in ["x.json", ".y.json"] { try folder.write(name, "{}") }
        try folder.folder("z.json")
        #expect(try ScenarioPaths.expand([folder.path + "/*.json"]) == [folder.file("x.json")])
    }
}
