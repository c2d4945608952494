import ErqiFiles
import Testing

@Suite struct PathTextTests {
    @Test func splitAndJoin() {
        #expect(PathText.split("a.json") == ("", "a.json"))
        #expect(PathText.split("scenarios/a.json") == ("scenarios", "a.json"))
        #expect(PathText.split("/a.json") == ("/", "a.json"))
        #expect(PathText.join("", "b.json") == "b.json")
        #expect(PathText.join("scenarios", "b.json") == "scenarios/b.json")
        #expect(PathText.join("scenarios/", "b.json") == "scenarios/b.json")
        #expect(PathText.join("scenarios", "/abs/b.json") == "/abs/b.json")
    }

    @Test func normalizedResolvesDotsAgainstTheWorkingFolder() {
        #expect(PathText.normalized("scenarios/./x/../a.json", cwd: "/repo") == "/repo/scenarios/a.json")
        #expect(PathText.normalized("/a/b/../../../c", cwd: "/x") == "/c")
        #expect(PathText.normalized("a.json", cwd: "/") == "/a.json")
    }
}
