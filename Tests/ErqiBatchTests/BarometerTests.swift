import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender
import ErqiTestSupport
import Foundation
import Testing

@Suite struct BarometerTests {
    @Test(arguments: [
        (0.005, 0.005, Grade.green),    // m = b: green
        (0.0051, 0.005, .green),
        (0.0049, 0.005, .yellow),       // just inside the band
        (0.0, 0.005, .yellow),
        (-0.0049, 0.005, .yellow),
        (-0.005, 0.005, .red),          // m = −b: red
        (-0.0051, 0.005, .red),
        (0.0, 0.0, .green),             // no band: met is green, missed is red
        (-1e-12, 0.0, .red),
        (999.0, 1000.0, .yellow), (1000.0, 1000.0, .green), (-1000.0, 1000.0, .red),
    ])
    func gradeBoundaries(margin: Double, band: Double, grade: Grade) {
        #expect(Grade.of(margin: margin, band: band) == grade)
    }

    @Test func gradeWordsReadWithoutColour() {
        #expect(Grade.allCases.map(\.label) == ["绿 green", "黄 yellow", "红 red"])
        let coloured = BarometerViews.coloured("x 红 red y")
        #expect(coloured == "x \u{1B}[31m红 red\u{1B}[0m y")
    }

    @Test func monthlySavingNeeded() {
        #expect(Barometer.monthlySavingNeeded(gapTce: 6000, throughMonth: 6) == 1000)
        #expect(Barometer.monthlySavingNeeded(gapTce: -500, throughMonth: 6) == 0)
        #expect(Barometer.monthlySavingNeeded(gapTce: 1100, throughMonth: 11) == 1100)
        #expect(Barometer.monthlySavingNeeded(gapTce: 6000, throughMonth: nil) == nil)
        #expect(Barometer.monthlySavingNeeded(gapTce: 6000, throughMonth: 12) == nil)
    }

    @Test func everyGoalIsGradedWithItsBand() throws {
        let baseline = try BaselineStore.embedded()
        let scenario = try ScenarioLoader.load(path: Repository.root + "/scenarios/plan-2015.json")
        let result = try Engine.project(baseline: baseline, scenario: scenario)
        let bands = try Barometer.Bands.from(baseline).get()
        #expect(bands == Barometer.Bands(intensity: 0.005, waterFraction: 0.02, smokelessAreaKm2: 0.5, keyEnterprisesTce: 1000, township: 0.005))
        let b = Barometer(result: result, bands: bands)
        #expect(b.entries.map(\.goal.id) == result.goals.map(\.id))
        for e in b.entries {
            let expected: Double = switch e.goal.id {
            case "intensity": 0.005
            case "smokeless_area": 0.5
            case "key_enterprises": 1000
            case let id where id.hasPrefix("township."): 0.005
            default: 0.02 * e.goal.limit
            }
            #expect(e.band == expected, "\(e.goal.id)")
            #expect(e.grade == Grade.of(margin: e.goal.margin, band: e.band))
            #expect(e.monthlySavingNeededTce == nil)
        }
        #expect(b.count(.green) + b.count(.yellow) + b.count(.red) == result.goals.count)
        let withMonths = Barometer(result: result, bands: bands, throughMonth: 6)
        let intensity = try #require(withMonths.entries.first { $0.goal.id == "intensity" })
        #expect(intensity.monthlySavingNeededTce == max(result.totals.energyGapTce, 0) / 6)
        for t in result.townships {
            let e = try #require(withMonths.entries.first { $0.goal.id == "township.\(t.id)" })
            #expect(e.monthlySavingNeededTce == max(t.energyGapTce, 0) / 6)
        }
    }

    @Test func anAssumptionChangesABand() throws {
        let baseline = try BaselineStore.embedded()
        let bands = try Barometer.Bands.from(baseline, assumptions: ["warning.band.township": 0.01]).get()
        #expect(bands.township == 0.01 && bands.intensity == 0.005)
    }

    @Test func aBaselineWithoutBandsIsAnError() throws {
        var baseline = try BaselineStore.embedded()
        baseline.parameters.removeAll { $0.key.hasPrefix("warning.band.") }
        guard case .failure(let e) = Barometer.Bands.from(baseline) else { Issue.record("expected an error"); return }
        #expect(e.missingKeys == Barometer.Bands.keys)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let job = BarometerJob(arguments: [Repository.root + "/scenarios/plan-2015.json"], format: .json)
        let out = job.execute()
        #expect(out.status == .success)
        let json = try JSONParser.parse(out.output, file: "out.json")
        #expect(json["format"]?.stringValue == "erqi-barometer")
        #expect(json["version"]?.numberValue == 1)
        #expect(json["scenario"]?.stringValue == "plan-2015")
        #expect(json["through_month"] == .null)
        guard case .array(let goals)? = json["goals"] else { Issue.record("no goals"); return }
        #expect(goals.count == 24)
        let first = goals[0]
        #expect(first["id"]?.stringValue == "intensity")
        #expect(first["band"]?.numberValue == 0.005)
        #expect(["green", "yellow", "red"].contains(first["grade"]?.stringValue ?? ""))
        #expect(first["monthly_saving_needed_tce"] == .null)
        for key in ["value", "limit", "margin"] { #expect(first[key]?.numberValue != nil, "\(key)") }
    }

    @Test func csvHasAScenarioColumnAndOneRowPerGoal() {
        let files = ["plan-2015", "bau"].map { Repository.root + "/scenarios/\($0).json" }
        let out = BarometerJob(arguments: files, format: .csv).execute()
        let lines = out.output.split(separator: "\n")
        let header = "scenario,goal,value,op,limit,margin,band,unit,grade,meaning,probability,probability_ci95_low,"
            + "probability_ci95_high,monthly_saving_needed_tce"
        #expect(lines.first.map(String.init) == header)
        #expect(lines.count == 1 + 48)
        #expect(lines.contains { $0.hasPrefix("bau,intensity,") && $0.contains(",红 red,off track,") })
    }

    /// Without a Monte Carlo run the probability columns of CSV stay, empty.
    @Test func csvProbabilityColumnsAreEmptyWithoutDraws() {
        let out = BarometerJob(arguments: [Repository.root + "/scenarios/plan-2015.json"], format: .csv, draws: 0).execute()
        let lines = out.output.split(separator: "\n", omittingEmptySubsequences: false)
        let intensity = lines.first { $0.hasPrefix("plan-2015,intensity,") }.map(String.init) ?? ""
        #expect(intensity.hasSuffix(",warning,,,,") || intensity.hasSuffix(",on track,,,,") || intensity.hasSuffix(",off track,,,,"), "\(intensity)")
    }
}

/// P(met) beside the grades: from the Monte Carlo machinery, reproducible, in every format.
@Suite struct BarometerProbabilityTests {
    static let plan = Repository.root + "/scenarios/plan-2015.json"

    static func barometers(_ files: [String], draws: Int, seed: UInt64 = 1, workers: Int = 2) throws -> [Barometer] {
        let out = BarometerJob(arguments: files, format: .json, draws: draws, seed: seed, workers: workers).execute()
        #expect(out.status == .success, "\(out.messages)")
        return try BarometerCodec.decodeAll(out.output, file: "out.json")
    }

    /// The same figures as `montecarlo` gives for the same draws and seed, for every goal.
    @Test func probabilitiesAreMonteCarlos() throws {
        let b = try #require(try Self.barometers([Self.plan], draws: 600, seed: 9).first)
        let baseline = try BaselineStore.embedded()
        let scenario = try ScenarioLoader.load(path: Self.plan)
        let inputs = try UncertainInputs.inputs(baseline: baseline, scenario: scenario)
        #expect(inputs.count >= 182)
        let run = try MonteCarloJob.run(baseline: baseline, scenario: scenario, inputs: inputs, draws: 600, seed: 9, workers: 1,
                                        file: Self.plan)
        #expect(b.entries.count == 24)
        for e in b.entries {
            let want = try #require(run.report.goals.first { $0.id == e.goal.id })
            let got = try #require(e.chance, "\(e.goal.id)")
            #expect(got.probability == want.probability && [got.ci95Low, got.ci95High] == want.ci95, "\(e.goal.id)")
            #expect(got.ci95Low <= got.probability && got.probability <= got.ci95High)
        }
        let m = try #require(b.monteCarlo)
        #expect(m.draws == 600 && m.seed == 9 && m.valid == run.report.valid && !m.partial)
        #expect(m.allDistrictGoals?.probability == run.report.goals.first { $0.id == "district" }?.probability)
    }

    /// Same seed, same figures on 1 and 2 workers (draws spanning several chunks); another seed differs.
    @Test func reproducibleOnOneAndTwoWorkers() throws {
        let draws = MonteCarlo.chunkSize * 2 + 17
        let one = BarometerJob(arguments: [Self.plan], format: .json, draws: draws, seed: 4, workers: 1).execute().output
        let two = BarometerJob(arguments: [Self.plan], format: .json, draws: draws, seed: 4, workers: 2).execute().output
        #expect(!one.isEmpty && one == two)
        let other = BarometerJob(arguments: [Self.plan], format: .json, draws: draws, seed: 5, workers: 2).execute().output
        #expect(other != one)
    }

    /// JSON: a number and its interval per goal, or null for both (and for monte_carlo) without draws.
    @Test func jsonProbabilityIsANumberOrNull() throws {
        let withDraws = try JSONParser.parse(BarometerJob(arguments: [Self.plan], format: .json, draws: 300).execute().output, file: "a")
        guard case .array(let goals)? = withDraws["goals"] else { Issue.record("no goals"); return }
        for g in goals {
            let p = try #require(g["probability"]?.numberValue)
            #expect((0...1).contains(p))
            guard case .array(let ci)? = g["probability_ci95"] else { Issue.record("no interval"); continue }
            #expect(ci.count == 2)
        }
        #expect(withDraws["monte_carlo"]?["draws"]?.numberValue == 300)
        #expect(withDraws["monte_carlo"]?["seed"]?.numberValue == 1)
        let without = try JSONParser.parse(BarometerJob(arguments: [Self.plan], format: .json, draws: 0).execute().output, file: "b")
        #expect(without["monte_carlo"] == .null)
        guard case .array(let bare)? = without["goals"] else { Issue.record("no goals"); return }
        for g in bare { #expect(g["probability"] == .null && g["probability_ci95"] == .null) }
    }

    /// Written, read back and written again: the same text, and the same barometer.
    @Test func jsonRoundTripWithProbabilities() throws {
        let files = [Self.plan, Repository.root + "/scenarios/bau.json"]
        let out = BarometerJob(arguments: files, format: .json, draws: 400, seed: 3).execute().output
        let read = try BarometerCodec.decodeAll(out, file: "out.json")
        #expect(read.count == 2)
        #expect(BarometerJob.render(read, as: .json) == out)
        // Against the barometer built here, chances attached from the same run.
        let baseline = try BaselineStore.embedded()
        let scenario = try ScenarioLoader.load(path: Self.plan)
        var direct = Barometer(result: try Engine.project(baseline: baseline, scenario: scenario),
                               bands: try Barometer.Bands.from(baseline).get())
        try BarometerChances.attach(to: &direct, baseline: baseline, scenario: scenario, draws: 400, seed: 3, workers: 1,
                                    file: Self.plan)
        #expect(read[0] == direct)
        #expect(read[0].entries.allSatisfy { $0.chance != nil })
        // And one without a run.
        let bare = BarometerJob(arguments: [Self.plan], format: .json, draws: 0).execute().output
        let readBare = try BarometerCodec.decodeAll(bare, file: "bare.json")
        #expect(readBare[0].monteCarlo == nil && readBare[0].entries.allSatisfy { $0.chance == nil })
        #expect(BarometerJob.render(readBare, as: .json) == bare)
    }

    /// A wrong grade, probability or interval is refused with its JSON path.
    @Test func decodingNamesThePath() throws {
        let out = BarometerJob(arguments: [Self.plan], format: .json, draws: 200).execute().output
        func error(_ from: String, _ to: String) -> String {
            var text = out
            if let r = text.range(of: from) { text.replaceSubrange(r, with: to) }
            #expect(text != out, "\(from) not found")
            do { _ = try BarometerCodec.decodeAll(text, file: "x.json"); return "" } catch { return error.description }
        }
        #expect(error("\"grade\": \"", "\"grade\": \"blue").contains("goals[0].grade"))
        #expect(error("\"probability\": 0", "\"probability\": 1").contains("goals[0].probability"))
        #expect(error("\"probability_ci95\": [", "\"probability_ci95\": [2, ").contains("goals[0].probability_ci95"))
        #expect(error("\"direction\": \"at_most\"", "\"direction\": \"below\"").contains("goals[0].direction"))
        // In an array of barometers the path names the element.
        let two = BarometerJob(arguments: [Self.plan, Self.plan], format: .json, draws: 0).execute().output
        let lastGrade = try #require(two.range(of: "\"grade\": \"", options: .backwards))
        var broken = two
        broken.replaceSubrange(lastGrade, with: "\"grade\": \"blue")
        do {
            _ = try BarometerCodec.decodeAll(broken, file: "two.json")
            Issue.record("a wrong grade was read")
        } catch {
            #expect(error.description.contains("[1].goals[23].grade"), "\(error.description)")
        }
    }

    /// A scenario without uncertain inputs gets no chances and says why; --draws below 0 is refused.
    @Test func noUncertainInputsNoChances() throws {
        var baseline = try BaselineStore.embedded()
        for i in baseline.parameters.indices { baseline.parameters[i].uncertainty = nil }
        let scenario = try ScenarioLoader.load(path: Self.plan)
        #expect(try UncertainInputs.inputs(baseline: baseline, scenario: scenario).isEmpty)
        var b = Barometer(result: try Engine.project(baseline: baseline, scenario: scenario), bands: try Barometer.Bands.from(baseline).get())
        let drew = try BarometerChances.attach(to: &b, baseline: baseline, scenario: scenario, draws: 500, seed: 1, workers: 1, file: "f")
        #expect(!drew && b.monteCarlo == nil)
        let table = TableRenderer.render(BarometerViews.table(b), as: .table)
        #expect(!table.contains("P(met) [95 %]") && table.contains("No P(met)"))
        let refused = BarometerJob(arguments: [Self.plan], draws: -1).execute()
        #expect(refused.status != .success)
    }

    /// For people: P(met) with its interval beside the grade, and a note with draws and seed.
    @Test func tableShowsPMetBesideTheGrade() {
        let text = BarometerJob(arguments: [Self.plan], draws: 2_000).execute().output
        let header = text.split(separator: "\n")[1]
        let grade = header.range(of: "grade")!.lowerBound, p = header.range(of: "P(met) [95 %]")!.lowerBound
        #expect(grade < p)
        #expect(text.contains("P(met), 2,000 draws, seed 1:"))
        #expect(text.contains("every district goal at once:"))
    }
}

