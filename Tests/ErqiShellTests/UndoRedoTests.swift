import ErqiModel
import Testing
@testable import ErqiShell

@Suite struct UndoRedoTests {
    @Test func everyChangeCanBeUndoneAndRedone() {
        let shell = Fixtures.shell()
        shell.run("add rooftop_pv", "set rooftop_pv.capacity_mw 5MW", "assume growth.industry 5%")
        let s3 = shell.session.scenario
        let undone = shell.run("undo")
        #expect(undone.output.hasPrefix("undid: assume growth.industry 5%"))
        #expect(shell.session.scenario.assumptions.isEmpty)
        shell.run("undo", "undo")
        #expect(shell.session.scenario.measures.isEmpty)
        #expect(shell.execute(line: "undo").error == "nothing to undo")
        shell.run("redo", "redo", "redo")
        #expect(shell.session.scenario == s3)
        #expect(shell.execute(line: "redo").error == "nothing to redo")
    }

    @Test func aNewChangeClearsRedo() {
        let shell = Fixtures.shell()
        shell.run("add motors", "undo", "add rooftop_pv")
        #expect(shell.execute(line: "redo").failed)
    }

    @Test func resetGoesBackToTheLoadedScenarioAndIsUndoable() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015")
        let loaded = shell.session.scenario
        shell.run("remove motors", "set key_enterprises.saving_tce 30000")
        #expect(shell.session.isDirty)
        shell.run("reset")
        #expect(shell.session.scenario == loaded)
        #expect(!shell.session.isDirty)
        shell.run("undo")
        #expect(shell.session.scenario.measureIndex("motors") == nil)
    }

    @Test func historyListsAcceptedCommandsOnly() {
        let shell = Fixtures.shell()
        shell.run("add motors")
        _ = shell.execute(line: "add nothing")
        shell.run("goals")
        #expect(shell.session.history == ["add motors", "goals"])
        #expect(shell.run("history").output == "   1  add motors\n   2  goals\n")
    }

    @Test func dirtyFollowsTheSavedState() {
        let shell = Fixtures.shell()
        #expect(!shell.session.isDirty)
        shell.run("add motors")
        #expect(shell.session.isDirty)
        shell.run("undo")
        #expect(!shell.session.isDirty)
    }
}
