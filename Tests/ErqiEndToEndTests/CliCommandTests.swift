import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing

/// check, sweep, compare, diff and fmt through the real binary: results and exit statuses.
@Suite struct CliCommandTests {
    @Test func checkExits3AndListsMissedGoals() throws {
        let r = try Cli.runOnSeed(["check", Cli.scenario("bau"), Cli.scenario("plan-2015")])
        #expect(r.status == 3)
        #expect(r.stdout.contains("bau.json (bau): 24 of 24 goals missed"))
        #expect(r.stdout.contains("  intensity: "))
        #expect(r.stdout.contains("goals missed in"))
    }

    @Test func checkExits0WhenEveryGoalIsMet() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let r = try Cli.run(["check", folder.file("bau.json"), folder.file("plan-2015.json"), "--baseline", try folder.easyBaseline()])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("every goal met in 2 scenarios"))
    }

    @Test func checkExits2OnABadFile() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let bad = try folder.child("bad", measures: "{\"smokeless_zone\": {\"area_km2\": -1}}")
        let r = try Cli.runOnSeed(["check", folder.file("plan-2015.json"), bad])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("\(bad): measures.smokeless_zone.area_km2"))
    }

    @Test func sweepPrintsOneRowPerGridPoint() throws {
        let r = try Cli.runOnSeed(["sweep", Cli.scenario("plan-2015"), "--vary", "pv-mazhai.capacity_mw=0:1:0.1",
                                   "--vary", "growth.industry=0.08:0.1:0.01", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 11 * 3)
        #expect(lines[0].hasPrefix("pv-mazhai.capacity_mw,growth.industry,intensity_change,energy_gap_tce,co2_2015_t,"))
        #expect(lines[1].hasPrefix("0,0.08,"))
        #expect(lines[4].hasPrefix("0.1,0.08,"))
        #expect(lines[10].hasPrefix("0.3,0.08,"))
        #expect(lines[33].hasPrefix("1,0.1,"))
        let jsonl = try Cli.runOnSeed(["sweep", Cli.scenario("plan-2015"), "--vary", "key_enterprises.saving_tce=0:20000:10000",
                                       "--format", "jsonl"])
        #expect(jsonl.stdout.split(separator: "\n").count == 3)
        #expect(try JSONParser.parse(String(jsonl.stdout.split(separator: "\n")[2]), file: "l")["key_enterprises.saving_tce"]
                == .number(20000))
    }

    @Test func sweepRejectsBadAxes() throws {
        for (axis, needle) in [("pv-mazhai.capacity_mw=0:1:0", "STEP must be greater than 0"),
                               ("pv-mazhai.capacity_mw=2:1:0.5", "is greater than TO"),
                               ("pv-mazhai.capacity=0:1:1", "has no field 'capacity'"),
                               ("growth.industri=0:1:0.5", "unknown key")] {
            let r = try Cli.runOnSeed(["sweep", Cli.scenario("plan-2015"), "--vary", axis])
            #expect(r.status == 2, "\(axis)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains(needle), "\(r.stderr)")
        }
        let none = try Cli.runOnSeed(["sweep", Cli.scenario("plan-2015")])
        #expect(none.status == 2 && none.stderr.contains("--vary"))
    }

    @Test func compareShowsInputsOutputsAndGoals() throws {
        let r = try Cli.runOnSeed(["compare", Cli.scenario("plan-2015"), Cli.scenario("gas-first"), "--format", "markdown"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("**Inputs that differ**"))
        #expect(r.stdout.contains("| measures.c2g-mazhai-boilers.capacity_tph | 30 t/h | 60 t/h |"))
        #expect(r.stdout.contains("| quantity | unit | plan-2015 | gas-first | Δ gas-first |"))
        #expect(r.stdout.contains("**Goals**"))
        let json = try Cli.runOnSeed(["compare", Cli.scenario("plan-2015"), Cli.scenario("bau"), "--format", "json"])
        let doc = try JSONParser.parse(json.stdout, file: "compare")
        #expect(doc.objectMembers?.map(\.key) == ["goals", "inputs", "outputs"])
    }

    @Test func compareExits2OnABadFile() throws {
        let r = try Cli.runOnSeed(["compare", Cli.scenario("plan-2015"), "/nonexistent/x.json"])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("/nonexistent/x.json: cannot read"))
    }

    @Test func diffShowsChangedInputsOrNoDifferences() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let child = try folder.child("child", measures: "{\"pv-mazhai\": {\"capacity_mw\": 15}, \"motors\": null}",
                                     assumptions: "{\"growth.industry\": 0.08}")
        let r = try Cli.runOnSeed(["diff", folder.file("plan-2015.json"), child])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("removed  measures.motors ") })
        #expect(lines.contains { $0.hasPrefix("changed  measures.pv-mazhai.capacity_mw") && $0.contains("3 MW") && $0.hasSuffix("15 MW") })
        #expect(lines.contains { $0.hasPrefix("added    assumptions.growth.industry") && $0.hasSuffix("0.08") })
        let same = try Cli.runOnSeed(["diff", folder.file("plan-2015.json"), folder.file("plan-2015.json")])
        #expect(same.status == 0 && same.stdout == "no differences\n")
        let missing = try Cli.runOnSeed(["diff", folder.file("plan-2015.json"), folder.file("nope.json")])
        #expect(missing.status == 2 && missing.stdout.isEmpty && missing.stderr.contains("nope.json"))
    }

    @Test func fmtRewritesCanonicallyAndCheckExits1() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let messy = "{\"version\":1,\"name\":\"m\",\"format\":\"erqi-scenario\",\"measures\":{\"motors\":{\"capacity_kw\":1.50}}}"
        try folder.write("m.json", messy)
        let check = try Cli.run(["fmt", "--check", folder.file("m.json")])
        #expect(check.status == 1)
        #expect(check.stdout.contains("m.json: not in canonical form"))
        #expect(try folder.read("m.json") == messy)

        let before = try Cli.runOnSeed(["run", folder.file("m.json"), "--format", "json"])
        let fmt = try Cli.run(["fmt", folder.file("m.json")])
        #expect(fmt.status == 0)
        let canonical = try folder.read("m.json")
        #expect(canonical == "{\n  \"format\": \"erqi-scenario\",\n  \"measures\": {\n    \"motors\": {\n      \"capacity_kw\": 1.5\n    }\n  },\n  \"name\": \"m\",\n  \"version\": 1\n}\n")
        #expect(try Cli.run(["fmt", "--check", folder.file("m.json")]).status == 0)
        _ = try Cli.run(["fmt", folder.file("m.json")])
        #expect(try folder.read("m.json") == canonical)
        #expect(try Cli.runOnSeed(["run", folder.file("m.json"), "--format", "json"]).stdout == before.stdout)
    }

    @Test func fmtOfABadFileExits2AndWritesNothing() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let messy = "{\"version\":1,\"name\":\"m\",\"format\":\"erqi-scenario\",\"measures\":{}}"
        try folder.write("m.json", messy)
        try folder.write("z.json", "{\"version\":1,\"name\":\"z\",\"format\":\"erqi-scenario\",\"measures\":{\"motors\":[1]}}")
        let r = try Cli.run(["fmt", folder.file("m.json"), folder.file("z.json")])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("z.json: measures.motors: expected an object"))
        #expect(try folder.read("m.json") == messy)
    }

    @Test func theAnalystScenariosAreCanonical() throws {
        let names = ["gas-first", "pv-push", "transport-first", "plan-late"].map(Cli.scenario)
        let r = try Cli.run(["fmt", "--check"] + names)
        #expect(r.status == 0, "\(r.stdout)")
    }
}

@Suite struct CliHelpTests {
    @Test func eachSubcommandPrintsItsOwnHelp() throws {
        for (arguments, usage) in [(["sweep", "--help"], "USAGE: erqi sweep <scenario>"),
                                   (["help", "run"], "USAGE: erqi run"),
                                   (["shell", "-h"], "USAGE: erqi shell [--baseline <file>] [-c <commands>]")] {
            let r = try Cli.run(arguments)
            #expect(r.status == 0)
            #expect(r.stdout.contains(usage), "\(arguments): \(r.stdout.prefix(200))")
        }
        let root = try Cli.run(["--help"])
        #expect(root.stdout.contains("3  check: a goal is missed in some scenario"))
        #expect(root.stdout.contains("Shell: erqi [--baseline FILE] [-c 'CMD; CMD']"))
    }
}
