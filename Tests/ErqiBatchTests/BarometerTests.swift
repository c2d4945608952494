import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender
import ErqiTestSupport
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
        #expect(lines.first == "scenario,goal,value,op,limit,margin,band,unit,grade,meaning,monthly_saving_needed_tce")
        #expect(lines.count == 1 + 48)
        #expect(lines.contains { $0.hasPrefix("bau,intensity,") && $0.contains(",红 red,off track,") })
    }
}
