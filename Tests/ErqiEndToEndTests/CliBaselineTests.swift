import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing

/// `erqi baseline export|import|check|diff` through the real binary.
@Suite struct CliBaselineTests {
    @Test func exportThenImportThroughTheBinaryIsByteIdentical() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        for excel in [false, true] {
            let csv = folder.file(excel ? "excel.csv" : "plain.csv")
            let export = try Cli.runOnSeed(["baseline", "export", "-o", csv] + (excel ? ["--excel"] : []))
            #expect(export.status == 0, "\(export.stderr)")
            let stem = excel ? "excel" : "plain"
            #expect(folder.exists("\(stem).sources.csv") && folder.exists("\(stem).townships.csv"))
            let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
            #expect(Array(bytes.prefix(3)) == (excel ? [0xEF, 0xBB, 0xBF] : Array("key".utf8)))
            #expect(String(decoding: bytes, as: UTF8.self).contains("\r\n") == excel)
            let out = folder.file("\(stem).json")
            let r = try Cli.run(["baseline", "import", csv, "--onto", Cli.baselinePath, "-o", out])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: Cli.baselinePath)))
        }
    }

    @Test func nothingIsWrittenWhenARowIsWrong() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        try folder.write("in.csv", "key,value\ngdp.industry,1000\ngdp.industri,5\n")
        let r = try Cli.run(["baseline", "import", folder.file("in.csv"), "--onto", Cli.baselinePath, "-o", folder.file("new.json")])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("in.csv: row 3, column A (key): unknown parameter \"gdp.industri\" (did you mean 'gdp.industry'?)"))
        #expect(!folder.exists("new.json"))
    }

    @Test func importCreditsTheSourceAndCheckCountsTheEstimatesLeft() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        try folder.write("in.csv", "key,value,unit\ngdp.industry,101,亿元\n")
        let bad = try Cli.run(["baseline", "import", folder.file("in.csv"), "--onto", Cli.baselinePath])
        #expect(bad.status == 2 && bad.stderr.contains("column C (unit): unit \"亿元\" differs"))
        try folder.write("in.csv", "key,value\ngdp.industry,1010000\n")
        let r = try Cli.run(["baseline", "import", folder.file("in.csv"), "--onto", Cli.baselinePath, "-o", folder.file("new.json"),
                             "--source", "tjj2014", "--source-title", "二七区统计局 2014"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("1 parameter changed, 1 estimate replaced; 596 of 650 parameters are still estimates"))
        let check = try Cli.run(["baseline", "check", folder.file("new.json")])
        #expect(check.status == 0)
        #expect(check.stdout.contains("estimates 596 of 650 parameters (92 %); the other 54 cite a source"))
        let diff = try Cli.run(["baseline", "diff", Cli.baselinePath, folder.file("new.json"), "--scenario", Cli.scenario("plan-2015"),
                                "--format", "csv"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("changed,gdp.industry,万元,1000000 (estimate),1010000 [tjj2014]"))
        #expect(diff.stdout.contains("added,sources.tjj2014,,,二七区统计局 2014"))
        #expect(diff.stdout.contains("gdp_2014,4150000,4160000,10000"))
    }

    @Test func checkReportsEveryProblemAndExits2() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        var text = try String(contentsOfFile: Cli.baselinePath, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"format\": \"erqi-baseline\"", with: "\"format\": \"erqi-baseline\", \"colour\": 1")
        text = text.replacingOccurrences(of: "\"key\": \"gdp.industry\"", with: "\"key\": \"gdp.industry\", \"extra\": 2")
        try folder.write("b.json", text)
        let r = try Cli.run(["baseline", "check", folder.file("b.json")])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 2, "\(r.stderr)")
    }
}

/// `erqi barometer` through the binary: words without colour when not on a terminal.
@Suite struct CliBarometerTests {
    @Test func barometerTableHasWordsAndNoColourInAPipe() throws {
        let r = try Cli.runOnSeed(["barometer", Cli.scenario("plan-2015")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Barometer 晴雨表 — plan-2015\n"))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.contains("红 red") && r.stdout.contains("绿 green"))
        let md = try Cli.runOnSeed(["barometer", Cli.scenario("plan-2015"), "--format", "markdown"])
        #expect(md.stdout.contains("| goal |"))
    }
}
