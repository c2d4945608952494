import ErqiFiles
import ErqiTestSupport
import Testing

/// The naming rules of scenario files and folder listings.
@Suite struct ScenarioFolderTests {
    @Test func aNameIsAFileAndAPathStaysAPath() {
        #expect(ScenarioFolder.fileName("plan-2015") == "plan-2015.json")
        #expect(ScenarioFolder.fileName("plan-2015.json") == "plan-2015.json")
        #expect(ScenarioFolder.fileName("../other/plan") == "../other/plan")
        #expect(!ScenarioFolder.isPath("plan-2015"))
        #expect(ScenarioFolder.isPath("a/b") && ScenarioFolder.isPath("b.json"))
        #expect(ScenarioFolder.scenarioName(ofPath: "scenarios/plan-2015.json") == "plan-2015")
        #expect(ScenarioFolder.scenarioName(ofPath: "notes.txt") == "notes.txt")
        #expect(ScenarioFolder.scenarioName(ofPath: "a.json.json") == "a.json")
    }

    @Test func listsRegularJSONFilesSortedAndNeverHiddenOnes() throws {
        let folder = try TemporaryFolder("erqi-scenario-folder")
        defer { folder.remove() }
        for name in ["b.json", "a.json", ".hidden.json", "notes.txt", "c.json.bak", "二七.json"] {
            try folder.write(name, "{}")
        }
        try folder.folder("folder.json")
        try folder.folder(".git")
        #expect(ScenarioFolder.jsonFiles(in: folder.path) == ["a.json", "b.json", "二七.json"])
        #expect(ScenarioFolder.scenarioNames(in: folder.path) == ["a", "b", "二七"])
        #expect(ScenarioFolder.jsonFiles(in: folder.path + "/") == ["a.json", "b.json", "二七.json"])
    }

    @Test func anUnreadableFolderListsNothing() throws {
        let folder = try TemporaryFolder("erqi-scenario-folder")
        defer { folder.remove() }
        try folder.write("file.json", "{}")
        #expect(ScenarioFolder.jsonFiles(in: folder.file("missing")).isEmpty)
        #expect(ScenarioFolder.jsonFiles(in: folder.file("file.json")).isEmpty)
        #expect(ScenarioFolder.isFolder(folder.path) && !ScenarioFolder.isFolder(folder.file("file.json")))
    }

    @Test func extendsFollowsTheSameRule() {
        #expect(ScenarioLoader.parentPath(of: "plan-2015", from: "scenarios/x.json") == "scenarios/plan-2015.json")
        #expect(ScenarioLoader.parentPath(of: "base.json", from: "scenarios/x.json") == "scenarios/base.json")
        #expect(ScenarioLoader.parentPath(of: "../seeds/p", from: "scenarios/x.json") == "scenarios/../seeds/p")
    }

    @Test func aMissingParentIsNeverMatchedWithAHiddenFile() throws {
        let folder = try TemporaryFolder("erqi-scenario-folder")
        defer { folder.remove() }
        try folder.write(".plan-2015.json", #"{"format": "erqi-scenario", "version": 1, "name": "hidden", "measures": {}}"#)
        try folder.write("child.json", #"{"format": "erqi-scenario", "version": 1, "name": "child", "extends": "plan-2015", "measures": {}}"#)
        let hidden = messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("child.json")) }
        #expect(hidden.count == 1)
        #expect(hidden.first?.contains("no scenario \"plan-2015\"") == true)
        #expect(hidden.first?.contains("did you mean") == false)

        try folder.write("plan-2016.json", #"{"format": "erqi-scenario", "version": 1, "name": "p", "measures": {}}"#)
        let visible = messages { () throws(FileErrors) in try ScenarioLoader.load(path: folder.file("child.json")) }
        #expect(visible.first?.contains("did you mean 'plan-2016'?") == true)
    }
}
