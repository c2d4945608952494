import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing

/// `erqi run` through the real binary: formats, --set, --output, and every error path.
@Suite struct CliRunTests {
    @Test func runsAScenarioAsATableWithTheHonestyNote() throws {
        let r = try Cli.runOnSeed(["run", Cli.scenario("plan-2015")])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Scenario plan-2015 ("))
        #expect(r.stdout.contains("parameters are estimates"))
        #expect(r.stderr.isEmpty)
    }

    @Test func runsWithTheEmbeddedBaseline() throws {
        let r = try Cli.run(["run", Cli.scenario("bau"), "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try JSONParser.parse(r.stdout, file: "out")["baseline"] == .string("erqi-2014"))
    }

    @Test func csvHasAHeaderAndOneRowPerScenarioInInputOrder() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let r = try Cli.runOnSeed(["run", "--format", "csv", folder.file("plan-2015.json"), folder.path + "/b*.json"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("scenario,file,gdp_2014,gdp_2015,energy_2014_tce,"))
        #expect(lines[0].hasSuffix(",all_goals_met,goals_missed"))
        #expect(lines[1].hasPrefix("plan-2015,"))
        #expect(lines[2].hasPrefix("bau,"))
    }

    @Test func aFolderRunsItsScenariosAsAJSONArray() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let r = try Cli.runOnSeed(["run", folder.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        guard case .array(let results) = try JSONParser.parse(r.stdout, file: "out") else {
            Issue.record("not an array"); return
        }
        #expect(results.map { $0["scenario"] } == [.string("bau"), .string("plan-2015")])
        #expect(results.allSatisfy { $0["format"] == .string("erqi-result") })
    }

    @Test func setChangesAFieldAndAnAssumption() throws {
        let plain = try Cli.runOnSeed(["run", Cli.scenario("plan-2015"), "--format", "jsonl"])
        let set = try Cli.runOnSeed(["run", Cli.scenario("plan-2015"), "--format", "jsonl",
                                     "--set", "pv-mazhai.capacity_mw=15MW", "--set", "growth.industry=0.08",
                                     "--set", "pv_accounting=counted"])
        #expect(set.status == 0, "\(set.stderr)")
        let a = try JSONParser.parse(plain.stdout, file: "a"), b = try JSONParser.parse(set.stdout, file: "b")
        #expect((b["totals"]?["pv_generation_mwh"]?.numberValue ?? 0) > (a["totals"]?["pv_generation_mwh"]?.numberValue ?? 0))
        #expect(a["totals"]?["gdp_2015"] != b["totals"]?["gdp_2015"])
    }

    @Test func anUnknownSetKeyIsBadInput() throws {
        let r = try Cli.runOnSeed(["run", Cli.scenario("plan-2015"), "--set", "growth.industri=0.08"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("plan-2015.json: --set growth.industri=0.08: unknown key 'growth.industri'"))
        #expect(r.stderr.contains("did you mean 'growth.industry'"))
        let noValue = try Cli.runOnSeed(["run", Cli.scenario("plan-2015"), "--set", "growth.industry"])
        #expect(noValue.status == 2 && noValue.stdout.isEmpty)
        #expect(noValue.stderr.contains("expected KEY=VALUE"))
    }

    @Test func aBadFileNamesTheFileAndTheJSONPath() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let bad = try folder.child("bad", measures: "{\"pv-mazhai\": {\"capacity_mw\": \"15MW\"}}")
        let r = try Cli.runOnSeed(["run", folder.file("plan-2015.json"), bad])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(bad): measures.pv-mazhai.capacity_mw: expected a number"))
    }

    @Test func aModelErrorNamesTheFileAndTheMeasure() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let bad = try folder.child("typo", measures: "{\"motors\": {\"capacity_kv\": 5}}")
        let r = try Cli.runOnSeed(["run", bad])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("\(bad): measures.motors.capacity_kv"))
    }

    @Test func syntaxErrorsMissingFilesAndEmptyPatternsAreBadInput() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        try folder.write("broken.json", "{\"format\": \"erqi-scenario\",")
        for (args, needle) in [([folder.file("broken.json")], "broken.json"),
                               ([folder.file("missing.json")], "missing.json: cannot read"),
                               ([folder.path + "/zz*.json"], "no file matches")] {
            let r = try Cli.runOnSeed(["run"] + args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains(needle), "\(r.stderr)")
        }
        let badBaseline = try Cli.run(["run", Cli.scenario("bau"), "--baseline", folder.file("plan-2015.json")])
        #expect(badBaseline.status == 2 && badBaseline.stdout.isEmpty)
        #expect(badBaseline.stderr.contains("plan-2015.json: format: expected \"erqi-baseline\""))
    }

    @Test func usageErrorsExit2NotArgumentParsers64() throws {
        for args in [["run"], ["run", "--format", "xml", Cli.scenario("bau")], ["run", "--nope", Cli.scenario("bau")],
                     ["compare", Cli.scenario("bau")], ["sweep"], ["diff", Cli.scenario("bau")], ["fmt"], ["check"],
                     ["frobnicate", "x"]] {
            let r = try Cli.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty, "\(args)")
            #expect(!r.stderr.isEmpty, "\(args)")
        }
    }

    @Test func outputIsWrittenAtomicallyAndNotOnError() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let out = folder.file("out.csv")
        let r = try Cli.runOnSeed(["run", folder.file("plan-2015.json"), "--format", "csv", "--output", out])
        #expect(r.status == 0 && r.stdout.isEmpty)
        let written = try folder.read("out.csv")
        #expect(written.hasPrefix("scenario,file,"))
        let failed = try Cli.runOnSeed(["run", folder.file("missing.json"), "--format", "csv", "--output", out])
        #expect(failed.status == 2 && failed.stdout.isEmpty)
        #expect(try folder.read("out.csv") == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        let nowhere = try Cli.runOnSeed(["run", folder.file("plan-2015.json"), "--output", folder.path + "/no/such/dir/x.txt"])
        // An output that cannot be written is an I/O failure (1), not bad input (2).
        #expect(nowhere.status == 1 && nowhere.stdout.isEmpty)
        #expect(nowhere.stderr.contains("no/such/dir/x.txt"))
    }

    @Test func helpDocumentsTheExitStatuses() throws {
        let r = try Cli.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("0  success"))
        #expect(r.stdout.contains("1  fmt --check"))
        #expect(r.stdout.contains("2  bad input"))
        #expect(r.stdout.contains("3  check: a goal is missed"))
        for sub in ["run", "check", "sweep", "compare", "diff", "fmt", "shell"] {
            #expect(r.stdout.contains("  \(sub)"), "\(sub)")
            #expect(try Cli.run([sub, "--help"]).status == 0, "\(sub)")
        }
    }
}
