import ErqiTestSupport
import Foundation
import Testing

/// Issue 13, item 8: long file lists are parsed in one pass, with options anywhere among them.
@Suite struct ManyArgumentsTests {
    @Test func fortyThousandFileArgumentsAreAccepted() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        try folder.write("t.json", #"{"format": "erqi-scenario", "version": 1, "name": "t"}"#)
        let fmt = try Cli.run(["fmt", folder.file("t.json")])
        #expect(fmt.status == 0, "\(fmt.stderr)")
        // Short relative names: 40,000 absolute paths would pass the system's argument limit.
        let many = Array(repeating: "t.json", count: 40_000)
        let r = try Cli.run(["fmt", "--check"] + many, in: folder.path)
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
    }

    @Test func optionsAmongManyFilesMeanWhatTheySayAlone() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let plan = folder.file("plan-2015.json")
        let files = Array(repeating: plan, count: 300)
        let r = try Cli.run(["run"] + files.prefix(150) + ["--format", "csv", "--set=growth.industry=0.2", "--baseline", Cli.baselinePath]
                            + files.suffix(150))
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
        let few = try Cli.run(["run", plan, "--format", "csv", "--set=growth.industry=0.2", "--baseline", Cli.baselinePath])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 301)
        #expect(lines.first == few.stdout.split(separator: "\n").first)
        #expect(lines.last == few.stdout.split(separator: "\n").last)
        let bad = try Cli.run(["run"] + files + ["--format", "yaml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("yaml"))
    }
}
