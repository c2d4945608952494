import ErqiModel
import Testing
@testable import ErqiShell

/// `solve GOAL by TARGET [from LO to HI] [apply]` in the shell.
@Suite struct SolveCommandTests {
    @Test func solveAnswersAndApplyIsUndoable() throws {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015")
        let before = shell.session.scenario
        let out = shell.run("solve intensity by key_enterprises.saving_tce")
        #expect(out.output.contains("answer: key_enterprises.saving_tce = "))
        #expect(shell.session.scenario == before)

        let applied = shell.run("solve intensity by key_enterprises.saving_tce apply")
        #expect(applied.output.contains("applied: key_enterprises.saving_tce = "))
        let saving = shell.session.scenario.measures.first { $0.id == "key_enterprises" }!.fields["saving_tce"]!.number!
        #expect(saving < 21_400)
        #expect(try shell.session.result().goal("intensity")!.met)
        shell.run("undo")
        #expect(shell.session.scenario == before)
    }

    @Test func aRangeAndTheHonestCases() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015")
        let throughout = shell.run("solve intensity by key_enterprises.saving_tce from 21000 to 30000")
        #expect(throughout.output.contains("met at every value searched"))
        let nothing = shell.run("solve intensity by key_enterprises.saving_tce from 21000 to 30000 apply")
        #expect(nothing.output.contains("nothing applied"))
        #expect(shell.execute(line: "solve intensity key_enterprises.saving_tce").error?.hasPrefix("usage: solve GOAL by TARGET") == true)
        #expect(shell.execute(line: "solve intensity by key_enterprises.saving_tce from 9 to 1").error?.contains("LO must be smaller") == true)
    }
}
