import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender
import Foundation
import Testing

/// `erqi run`'s output formats and the parallel batch.
@Suite struct BatchReportTests {
    static func runs() throws -> [ScenarioRun] {
        try BatchRunner.runAll(files: [BatchFixture.scenarioPath("plan-2015"), BatchFixture.scenarioPath("bau")],
                               baseline: try BatchFixture.baseline())
    }

    @Test func csvHasAStableHeaderAndOneRowPerScenario() throws {
        let runs = try Self.runs()
        let csv = BatchReport.render(runs, as: .csv, baseline: try BatchFixture.baseline().baseline)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(Array(header.prefix(2)) == ["scenario", "file"])
        #expect(Array(header[2..<22]) == ResultKeys.totals)
        #expect(header.contains("goal.intensity.value") && header.contains("goal.intensity.met"))
        #expect(header.contains("goal.township.mazhai.met"))
        #expect(Array(header.suffix(2)) == ["all_goals_met", "goals_missed"])
        #expect(header.count == 2 + 20 + 2 * 24 + 2)
        #expect(lines[1].hasPrefix("plan-2015,"))
        #expect(lines[2].hasPrefix("bau,"))
        let bau = lines[2].split(separator: ",").map(String.init)
        #expect(bau.count == header.count)
        #expect(bau[header.firstIndex(of: "goals_missed")!] == "24")
        #expect(bau[header.firstIndex(of: "intensity_change")!] == NumberFormat.full(runs[1].result.totals.intensityChange))
    }

    @Test func jsonIsTheCanonicalArrayOfResultObjects() throws {
        let runs = try Self.runs()
        let json = BatchReport.render(runs, as: .json, baseline: try BatchFixture.baseline().baseline)
        #expect(json == JSONWriter.canonical(.array(runs.map { ResultCodec.encode($0.result) })))
        #expect(BatchReport.render([], as: .json, baseline: try BatchFixture.baseline().baseline) == "[]\n")
    }

    @Test func jsonLinesHoldOneResultPerLine() throws {
        let runs = try Self.runs()
        let text = BatchReport.render(runs, as: .jsonl, baseline: try BatchFixture.baseline().baseline)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONParser.parse(String(lines[1]), file: "l")["scenario"] == .string("bau"))
    }

    @Test func tableShowsEachSummaryWithTheHonestyNote() throws {
        let runs = try Self.runs()
        let text = BatchReport.render(runs, as: .table, baseline: try BatchFixture.baseline().baseline)
        #expect(text.contains("Scenario plan-2015 ("))
        #expect(text.contains("Scenario bau ("))
        #expect(text.components(separatedBy: "parameters are estimates").count == 3)
        let md = BatchReport.render(runs, as: .markdown, baseline: try BatchFixture.baseline().baseline)
        #expect(md.contains("| quantity |"))
    }

    @Test func parallelRunsKeepInputOrder() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        var files: [String] = []
        for i in 0..<60 {
            files.append(try BatchFixture.planChild(in: folder, name: "s\(i)",
                                                    measures: "{\"key_enterprises\": {\"saving_tce\": \(1000 * i)}}"))
        }
        files.reverse()
        let runs = try BatchRunner.runAll(files: files, baseline: try BatchFixture.baseline())
        #expect(runs.map(\.result.scenario) == (0..<60).reversed().map { "s\($0)" })
        #expect(runs.map { $0.result.goal("key_enterprises")!.value } == (0..<60).reversed().map { Double(1000 * $0) })
    }

    @Test func everyBadFileIsReportedWithItsPath() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let good = try BatchFixture.planChild(in: folder, name: "good")
        let bad = try BatchFixture.planChild(in: folder, name: "bad", measures: "{\"pv-mazhai\": {\"capacity_mw\": \"15MW\"}}")
        let model = try BatchFixture.planChild(in: folder, name: "model", measures: "{\"motors\": {\"capacity_kv\": 1}}")
        let baseline = try BatchFixture.baseline()
        do throws(BatchError) {
            _ = try BatchRunner.runAll(files: [good, bad, model, folder + "/missing.json"], baseline: baseline)
            Issue.record("bad files were accepted")
        } catch {
            #expect(error.lines.count == 3)
            #expect(error.lines[0].hasPrefix("\(bad): measures.pv-mazhai.capacity_mw: expected"))
            #expect(error.lines[1].hasPrefix("\(model): measures.motors.capacity_kv"))
            #expect(error.lines[2].hasPrefix("\(folder)/missing.json: cannot read"))
        }
    }

    @Test func foldersAndPatternsExpandSorted() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        for name in ["b", "a", "c"] { _ = try BatchFixture.planChild(in: folder, name: name) }
        try BatchFixture.write("not json", to: folder + "/notes.txt")
        let all = try ScenarioPaths.expand([folder])
        #expect(all == ["a", "b", "c", "plan-2015"].map { "\(folder)/\($0).json" })
        #expect(try ScenarioPaths.expand([folder + "/[ab].json", folder + "/c.json"]) == ["a", "b", "c"].map { "\(folder)/\($0).json" })
        #expect(throws: BatchError.self) { try ScenarioPaths.expand([folder + "/z*.json"]) }
    }

    @Test func checkListsMissedGoalsPerScenario() throws {
        let report = CheckReport(try Self.runs())
        #expect(!report.allMet)
        #expect(report.text.contains("bau.json (bau): 24 of 24 goals missed"))
        #expect(report.text.split(separator: "\n").contains { $0.hasPrefix("  intensity: ") && $0.contains("% ≤ -2.00 % missed by") && $0.hasSuffix(" pp") })
    }
}

/// The batch's cache of merged parents.
@Suite struct BatchParentCacheTests {
    @Test func loadsWhatTheLoaderLoads() throws {
        let cache = ParentCache()
        for name in ["plan-late", "gas-first", "plan-late", "bau"] {
            let path = BatchFixture.scenarioPath(name)
            #expect(try cache.load(path: path) == BatchRunner.load(file: path))
        }
    }

    @Test func eachChildOfAMissingParentReportsItsOwnError() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        var files: [String] = []
        for name in ["a", "b"] {
            let path = folder + "/\(name).json"
            try BatchFixture.write("{\"format\": \"erqi-scenario\", \"version\": 1, \"name\": \"\(name)\", \"extends\": \"gone\", \"measures\": {}}", to: path)
            files.append(path)
        }
        let baseline = try BatchFixture.baseline()
        do throws(BatchError) {
            _ = try BatchRunner.runAll(files: files, baseline: baseline)
            Issue.record("a missing parent was accepted")
        } catch {
            #expect(error.lines.count == 2)
            #expect(error.lines[0].hasPrefix("\(files[0]): extends: no scenario \"gone\""))
            #expect(error.lines[1].hasPrefix("\(files[1]): extends: no scenario \"gone\""))
        }
    }
}
