import ErqiTestSupport
import Foundation
import Testing

/// `erqi report` as a person runs it: what it writes, what it refuses, what it says.
@Suite struct CliReportTests {
    @Test func writesOnePageForSeveralScenarios() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let out = folder.file("brief.html")
        let r = try Cli.run(["report", Cli.scenario("bau"), Cli.scenario("plan-2015"), "-o", out],
                            environment: ["SOURCE_DATE_EPOCH": "1420070400"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrote \(out): bau ") && r.stdout.contains("; plan-2015 "))
        let html = try folder.read("brief.html")
        #expect(html.contains("data-scenario=\"bau\"") && html.contains("data-scenario=\"plan-2015\""))
        #expect(html.contains("2015-01-01"))
        #expect(!html.contains("<script"))
    }

    @Test func neverOverwritesWithoutForce() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        try folder.write("brief.html", "keep me")
        let r = try Cli.run(["report", Cli.scenario("plan-2015"), "-o", folder.file("brief.html")])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("already exists") && r.stderr.contains("--force"))
        let kept = try folder.read("brief.html")
        #expect(kept == "keep me")
        let forced = try Cli.run(["report", Cli.scenario("plan-2015"), "-o", folder.file("brief.html"), "--force"])
        #expect(forced.status == 0)
        let replaced = try folder.read("brief.html")
        #expect(replaced.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aBadScenarioWritesNothingAndNamesThePlace() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let bad = try folder.child("bad", measures: "{\"smokeless_zone\": {\"area_km2\": -1}}")
        let r = try Cli.runOnSeed(["report", folder.file("plan-2015.json"), bad, "-o", folder.file("brief.html")])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("\(bad): measures.smokeless_zone.area_km2"))
        #expect(!folder.exists("brief.html"))
    }

    @Test func aBadDateIsAnError() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let r = try Cli.run(["report", Cli.scenario("plan-2015"), "-o", folder.file("brief.html")],
                            environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(r.status == 2 && r.stderr.contains("SOURCE_DATE_EPOCH"))
        #expect(!folder.exists("brief.html"))
    }

    /// The shell's chart in a pipe: ASCII under LANG=C, and never any colour.
    @Test func chartInAPipeUnderLangC() throws {
        let r = try Cli.run(["--no-init"], in: Cli.root, input: "load plan-2015\nchart water\n",
                            environment: ["LANG": "C", "LC_ALL": "", "LC_CTYPE": "", "COLUMNS": "70"])
        #expect(r.status == 0, "\(r.stderr)")
        let chart = r.stdout.components(separatedBy: "share of its cap").last ?? ""
        #expect(chart.contains("cod_household") && chart.contains("#"))
        #expect(chart.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!r.stdout.contains("\u{1B}["))
    }
}
