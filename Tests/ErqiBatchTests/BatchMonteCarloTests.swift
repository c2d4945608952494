import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender
import Foundation
import Testing

/// `erqi montecarlo` and `erqi sensitivity` through their jobs: reproducible whatever the
/// number of workers, JSON round-tripping, CSV one row per draw, partial runs, and a scenario
/// without uncertain inputs refused in words (docs/ANALYSIS.md §3–4).
@Suite struct BatchMonteCarloTests {
    static let monteCarloKeys = ["draws", "drivers", "format", "goals", "inputs", "invalid", "invalid_reason", "outputs",
                                 "partial", "scenario", "seed", "valid", "version"]

    func job(draws: Int, seed: UInt64 = 1, format: OutputFormat = .json, workers: Int) -> MonteCarloJob {
        MonteCarloJob(files: [BatchFixture.scenarioPath("plan-2015")], draws: draws, seed: seed, format: format,
                      baselinePath: BatchFixture.baselinePath, workers: workers)
    }

    @Test func theSameSeedGivesTheSameFiguresOnOneAndTwoWorkers() throws {
        // Three chunks, the last one short, so that two workers interleave.
        let one = job(draws: 4_200, workers: 1).execute()
        let two = job(draws: 4_200, workers: 2).execute()
        #expect(one.status == .success, "\(one.messages)")
        #expect(one.output == two.output)
        let other = job(draws: 4_200, seed: 2, workers: 2).execute()
        #expect(other.output != one.output)
    }

    @Test func theJSONHasTheKeysOfTheFormatAndRoundTrips() throws {
        let outcome = job(draws: 600, workers: 2).execute()
        #expect(outcome.status == .success, "\(outcome.messages)")
        let json = try JSONParser.parse(outcome.output, file: "mc")
        #expect((json.objectMembers ?? []).map(\.key).sorted() == Self.monteCarloKeys)
        let report = try MonteCarloCodec.decode(json, file: "mc")
        #expect(MonteCarloCodec.text(report) == outcome.output)
        #expect(report.scenario == "plan-2015" && report.draws == 600 && report.valid + report.invalid == 600 && !report.partial)
        #expect(report.goals.map(\.id).suffix(2) == ["district", "all"])
        #expect(report.goals.allSatisfy { $0.ci95[0] <= $0.probability && $0.probability <= $0.ci95[1] })
        let intensity = try #require(report.outputs.first { $0.key == "intensity_change" }?.summary)
        #expect(intensity.p5 <= intensity.p50 && intensity.p50 <= intensity.p95 && intensity.sd > 0)
        #expect(report.inputs.count == report.drivers.count && !report.inputs.isEmpty)
        let strengths = report.drivers.map(\.strength)
        #expect(strengths == strengths.sorted(by: >))
    }

    @Test func eachGoalCarriesTheCentralVerdictBesideItsProbability() throws {
        let outcome = job(draws: 300, workers: 2).execute()
        let json = try JSONParser.parse(outcome.output, file: "mc")
        let report = try MonteCarloCodec.decode(json, file: "mc")
        let result = try Engine.project(baseline: try BatchFixture.baseline().baseline, scenario: try BatchFixture.scenario("plan-2015"))
        for goal in result.goals {
            let g = try #require(report.goals.first { $0.id == goal.id })
            #expect(g.metInCentralCase == goal.met && g.centralMargin == goal.margin, "\(goal.id)")
        }
        let all = try #require(report.goals.last)
        #expect(all.id == "all" && all.metInCentralCase == result.goals.allSatisfy(\.met) && all.centralMargin == nil)
        guard case .array(let goals)? = json["goals"] else { Issue.record("goals"); return }
        #expect(goals.allSatisfy { ($0.objectMembers ?? []).map(\.key).sorted() == ["central_margin", "central_met", "ci95", "id", "probability"] })
        // Older reports without them read back as unknown; a wrong type is named.
        let older = outcome.output.replacingOccurrences(of: #""central_met": true,"#, with: "")
        #expect(try MonteCarloCodec.decode(try JSONParser.parse(older, file: "mc"), file: "mc").goals.contains { $0.metInCentralCase == nil })
        let wrong = outcome.output.replacingOccurrences(of: #""central_met": true"#, with: #""central_met": "yes""#)
        do {
            _ = try MonteCarloCodec.decode(try JSONParser.parse(wrong, file: "mc.json"), file: "mc.json")
            Issue.record("a string central_met was accepted")
        } catch {
            #expect(error.description.contains("goals[0].central_met") && error.description.contains("true, false or null"))
        }
    }

    @Test func aDecodingErrorNamesThePath() throws {
        let outcome = job(draws: 50, workers: 1).execute()
        let broken = outcome.output.replacingOccurrences(of: "\"draws\": 50", with: "\"draws\": \"fifty\"")
        #expect(throws: FileErrors.self) { try MonteCarloCodec.decode(try JSONParser.parse(broken, file: "mc.json"), file: "mc.json") }
        do {
            _ = try MonteCarloCodec.decode(try JSONParser.parse(broken, file: "mc.json"), file: "mc.json")
        } catch {
            #expect(error.description.contains("mc.json") && error.description.contains("draws"))
        }
    }

    @Test func theTablePutsTheProbabilityBesideTheCentralVerdict() {
        let outcome = job(draws: 300, format: .table, workers: 2).execute()
        #expect(outcome.status == .success)
        #expect(outcome.output.contains("montecarlo plan-2015: 300 draws (seed 1)"))
        #expect(outcome.output.contains("intensity") && outcome.output.contains("met in the central case; P(met) = "))
        #expect(outcome.output.contains("top drivers"))
    }

    @Test func theCSVHasOneRowPerDraw() throws {
        let outcome = job(draws: 40, format: .csv, workers: 2).execute()
        #expect(outcome.status == .success)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 41)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        #expect(header.first == "draw" && header.contains("intensity_change") && header.contains("growth.industry"))
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == header.count })
        #expect(lines[1].hasPrefix("0,") && lines[40].hasPrefix("39,"))
    }

    @Test func stoppingEarlyReportsTheDrawsMadeMarkedPartial() throws {
        let polls = Counter()
        let outcome = job(draws: 3 * MonteCarlo.chunkSize, workers: 1).execute(isCancelled: { polls.next() > 1 })
        #expect(outcome.status == .success)
        let report = try MonteCarloCodec.decode(try JSONParser.parse(outcome.output, file: "mc"), file: "mc")
        #expect(report.partial && report.draws == MonteCarlo.chunkSize)
        #expect(outcome.messages.contains { $0.contains("stopped after 2048 of 6144 draws") })
    }

    @Test func aScenarioWithoutUncertainInputsIsRefusedInWords() throws {
        let folder = try BatchFixture.temporaryFolder()
        let baseline = try BatchFixture.baseline().baseline
        let keys = UncertainInputs.resolve(baseline: baseline, scenario: try BatchFixture.scenario("bau")).inputs.map(\.key)
        let certain = keys.map { "\"\($0)\": null" }.joined(separator: ", ")
        let path = folder + "/certain.json"
        try BatchFixture.write("""
            {"format": "erqi-scenario", "version": 1, "name": "certain", "title": "certain", "measures": {},
             "uncertainty": {\(certain)}}
            """, to: path)
        let outcome = MonteCarloJob(files: [path], draws: 10, baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .badInput && outcome.output.isEmpty)
        #expect(outcome.messages == ["\(path): no uncertain inputs: nothing to draw (give parameters or measure fields an `uncertainty`)"])
        let tornado = SensitivityJob(file: path, baselinePath: BatchFixture.baselinePath).execute()
        #expect(tornado.status == .badInput && tornado.messages.first?.contains("no uncertain inputs") == true)
    }

    @Test func badArgumentsAreNamed() {
        #expect(job(draws: 0, workers: 1).execute().messages == ["-n 0: expected at least 1 draw"])
        #expect(job(draws: 10, format: .markdown, workers: 1).execute().messages == ["--format markdown: montecarlo writes table, json or csv"])
    }

    @Test func theSensitivityJSONRoundTripsAndIsSortedBySwing() throws {
        let outcome = SensitivityJob(file: BatchFixture.scenarioPath("plan-2015"), format: .json,
                                     baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .success, "\(outcome.messages)")
        let report = try SensitivityCodec.decode(try JSONParser.parse(outcome.output, file: "s"), file: "s")
        #expect(SensitivityCodec.text(report) == outcome.output)
        #expect(report.output == "intensity_change" && !report.rows.isEmpty)
        #expect(report.rows.map(\.swing) == report.rows.map(\.swing).sorted(by: >))
        // The central output is the deterministic run's.
        let result = try Engine.project(baseline: try BatchFixture.baseline().baseline, scenario: try BatchFixture.scenario("plan-2015"))
        #expect(report.central == result.totals.intensityChange)
        let bad = SensitivityJob(file: BatchFixture.scenarioPath("plan-2015"), output: "energy_gap",
                                 baselinePath: BatchFixture.baselinePath).execute()
        #expect(bad.status == .badInput && bad.messages.first?.hasPrefix("--output energy_gap: unknown output energy_gap (did you mean 'energy_gap_tce'?)") == true)
    }
}

/// Counts calls from any thread.
final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
}
