import ErqiFiles
import ErqiModel
import Foundation
import Testing
@testable import ErqiShell

@Suite struct BaselineCommandTests {
    /// A copy of the embedded baseline with industry's 2014 value added changed, as a file.
    func changedBaseline(_ folder: String, gdpIndustry: Double) throws -> String {
        var b = Fixtures.baseline
        let i = try #require(b.parameters.firstIndex { $0.key == "gdp.industry" })
        b.parameters[i].value = gdpIndustry
        let path = folder + "/b.json"
        try BaselineCodec.text(b).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func baselineShowsIdDigestAndEstimatesLeft() {
        let out = Fixtures.shell().run("baseline").output
        #expect(out.contains("baseline erqi-2014"))
        #expect(out.contains("sha256   \(BaselineStore.embeddedSHA256)"))
        #expect(out.contains("estimates \(Fixtures.baseline.estimateCount) of \(Fixtures.baseline.parameters.count) parameters"))
    }

    @Test func baselineLoadSwitchesAndReprojects() throws {
        let folder = Fixtures.temporaryFolder()
        let path = try changedBaseline(folder, gdpIndustry: 800_000)
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let before = try shell.session.result()
        let out = shell.run("baseline load \(path)")
        #expect(out.output.contains("file     \(path)"))
        #expect(out.notes.contains { $0.contains("`baseline load embedded` goes back") })
        #expect(shell.session.baseline.value("gdp.industry") == 800_000)
        let after = try shell.session.result()
        #expect(after.totals.gdp2014 == before.totals.gdp2014 - 200_000)
        #expect(after == (try Engine.project(baseline: shell.session.baseline, scenario: shell.session.scenario)))
        shell.run("baseline load embedded")
        #expect(try shell.session.result() == before)
    }

    @Test func aBadBaselineLeavesTheSessionAsItWas() throws {
        let folder = Fixtures.temporaryFolder()
        try "{\"format\": \"erqi-baseline\"}".write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell()
        let r = shell.execute(line: "baseline load \(folder)/bad.json")
        #expect(r.failed)
        #expect(r.error?.contains("the session stays on <embedded baseline>") == true)
        #expect(shell.session.baseline == Fixtures.baseline)
        #expect(shell.execute(line: "baseline unload x").error == "usage: baseline | baseline load FILE|embedded")
    }
}

@Suite struct BarometerCommandTests {
    @Test func barometerGradesEveryGoalOfTheCurrentScenario() throws {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let out = shell.run("barometer").output
        let result = try shell.session.result()
        for g in result.goals { #expect(out.contains(g.id), "\(g.id)") }
        #expect(out.contains("绿 green") || out.contains("黄 yellow") || out.contains("红 red"))
        #expect(out.contains("No year-to-date figures"))
        // The shipped baseline's uncertain inputs give P(met) by default: 2,000 draws, seed 1.
        #expect(out.contains("P(met) [95 %]") && out.contains("P(met), 2,000 draws, seed 1:"))
    }

    /// `barometer [N] [seed S]` as `montecarlo` reads it; 0 draws for none; the same seed, the same figures.
    @Test func drawsAndSeedAsMontecarloTakesThem() throws {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let a = shell.execute(line: "barometer 500 seed 3")
        #expect(a.error == nil)
        #expect(a.output.contains("P(met), 500 draws, seed 3:"))
        #expect(shell.execute(line: "barometer 500 seed 3").output == a.output)
        #expect(shell.execute(line: "barometer 500 seed 4").output != a.output)
        let none = shell.execute(line: "barometer 0")
        #expect(none.error == nil && !none.output.contains("P(met) [95 %]") && none.output.contains("No P(met)"))
        #expect(shell.execute(line: "barometer -1").error?.contains("expected the number of draws, a whole number ≥ 0") == true)
        #expect(shell.execute(line: "barometer 500 seed x").error?.contains("expected a whole number") == true)
        #expect(shell.execute(line: "barometer 500 600").error == "usage: barometer [N] [seed S]")
        let completer = Completer(session: shell.session)
        #expect(completer.candidates(before: "barometer 500 ", word: "") == ["seed"])
    }

    @Test func anAssumedBandChangesTheGrade() throws {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let margin = try #require(try shell.session.result().goals.first { $0.id == "intensity" }).margin
        // A band just above the margin makes it yellow; one just below, green.
        shell.run("assume warning.band.intensity \(margin * 1.01)")
        #expect(shell.run("barometer").output.split(separator: "\n").first { $0.hasPrefix("intensity ") }?.contains("黄 yellow") == true)
        shell.run("assume warning.band.intensity \(margin * 0.99)")
        #expect(shell.run("barometer").output.split(separator: "\n").first { $0.hasPrefix("intensity ") }?.contains("绿 green") == true)
    }
}
