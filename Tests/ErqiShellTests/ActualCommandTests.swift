import ErqiFiles
import ErqiModel
import Foundation
import Testing
@testable import ErqiShell

/// `actual energy|va|through|clear`: year-to-date figures edited in the shell, each undoable,
/// shown, explained and saved with the scenario.
@Suite struct ActualCommandTests {
    static func planShell() -> (Shell, String) {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015")
        return (shell, folder)
    }

    @Test func figuresAreSetShownAndUndone() throws {
        let (shell, _) = Self.planShell()
        let through = shell.run("actual through jun")
        #expect(through.output.hasPrefix("actuals.through_month = 6 (figures for January–June)"))
        let energy = shell.run("actual energy industry 27.45万tce")
        #expect(energy.output.hasPrefix("actuals.energy_tce.industry = 274,500 tce, January–June"))
        #expect(energy.output.contains("intensity "))
        shell.run("actual va industry 522,000")
        #expect(shell.session.scenario.actuals == Actuals(throughMonth: 6, energyTce: [.industry: 274_500], valueAdded: [.industry: 522_000]))
        let shown = shell.run("show actuals").output
        #expect(shown.contains("year-to-date figures for January–June"))
        #expect(shown.contains("industry") && shown.contains("274,500") && shown.contains("522,000"))
        #expect(shell.run("actual").output == shown)
        let diff = shell.run("diff").output
        #expect(diff.contains("actuals.through_month") && diff.contains("actuals.energy_tce.industry") && diff.contains("274500"))
        // Each step undoes on its own.
        shell.run("undo")
        #expect(shell.session.scenario.actuals?.valueAdded.isEmpty == true)
        shell.run("undo", "undo")
        #expect(shell.session.scenario.actuals == nil)
        shell.run("redo")
        #expect(shell.session.scenario.actuals == Actuals(throughMonth: 6))
    }

    @Test func theResultFollowsTheFigures() throws {
        let (shell, _) = Self.planShell()
        let before = try shell.session.result().totals.energy2015Tce
        shell.run("actual through 6")
        let ytd = try #require(try shell.session.result().actuals)
        #expect(ytd.energy.isEmpty)
        // 2 % above the model's own January–June.
        shell.run("actual energy industry 1e6")
        let model = try #require(try shell.session.result().actuals?.energy.first?.modelYearToDate)
        shell.run("actual energy industry \(model * 1.02)")
        let r = try shell.session.result()
        #expect(abs(r.actuals!.energy[0].ratio - 1.02) < 1e-9)
        #expect(r.totals.energy2015Tce > before)
        #expect(shell.run("explain actuals").output.contains("r = actual / M ="))
        shell.run("actual clear")
        #expect(abs(try shell.session.result().totals.energy2015Tce - before) < 1e-6)
    }

    @Test func problemsChangeNothing() {
        let (shell, _) = Self.planShell()
        let before = shell.session.scenario
        #expect(shell.execute(line: "actual energy industri 5").error
                == "actual energy industri: unknown sector (did you mean 'industry'?); expected one of agriculture, industry, construction, transport, commercial, public, residential")
        #expect(shell.execute(line: "actual va residential 5").error
                == "actual va residential: residential has no value added; expected one of agriculture, industry, construction, transport, commercial, public")
        #expect(shell.execute(line: "actual through dec").error?.hasPrefix("actual through: expected a month 1…11") == true)
        #expect(shell.execute(line: "actual energy industry -5").error?.contains("expected a figure > 0 in tce") == true)
        #expect(shell.execute(line: "actual energy industry 5km2").error?.contains("does not fit; expected tce") == true)
        // A figure before the month is known: the model names what is missing.
        #expect(shell.execute(line: "actual energy industry 400000").error?.contains("actuals.through_month: missing") == true)
        #expect(shell.execute(line: "actual clear").error == "actual clear: the scenario has no year-to-date figures")
        #expect(shell.execute(line: "actual enrgy").error?.contains("did you mean 'energy'") == true)
        #expect(shell.session.scenario == before)
    }

    @Test func savedWithTheScenario() throws {
        let (shell, folder) = Self.planShell()
        shell.run("actual through 6", "actual energy commercial 122100", "save h1")
        let text = try String(contentsOfFile: folder + "/h1.json", encoding: .utf8)
        #expect(text.contains(#""actuals": {"#) && text.contains(#""through_month": 6"#) && text.contains(#""commercial": 122100"#))
        let back = try ScenarioLoader.load(path: folder + "/h1.json")
        #expect(back.actuals == shell.session.scenario.actuals)
    }

    @Test func barometerUsesTheMonth() throws {
        let (shell, _) = Self.planShell()
        shell.run("actual through 6")
        let out = shell.run("barometer").output
        #expect(out.contains("Year-to-date figures through month 6"))
    }

    @Test func completion() {
        let (shell, _) = Self.planShell()
        let c = Completer(session: shell.session)
        #expect(c.candidates(before: "actual ", word: "") == ["clear", "energy", "through", "va"])
        #expect(c.candidates(before: "actual va ", word: "").contains("industry"))
        #expect(!c.candidates(before: "actual va ", word: "").contains("residential"))
        #expect(c.candidates(before: "actual energy ", word: "res") == ["residential"])
        #expect(c.candidates(before: "show ", word: "act") == ["actuals"])
    }
}
