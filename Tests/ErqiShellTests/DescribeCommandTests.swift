import Foundation
import Testing
@testable import ErqiShell

/// `title`, `describe`, and `save` under a new name saying what it inherited (issue 9).
@Suite struct DescribeCommandTests {
    @Test func titleAndDescribeAreUndoableChanges() {
        let shell = Fixtures.shell()
        let out = shell.run("title Gas first")
        #expect(out.output.hasPrefix("title = Gas first"))
        shell.run("describe Boilers first, \"PV later\"")
        #expect(shell.session.scenario.title == "Gas first")
        #expect(shell.session.scenario.description == "Boilers first, PV later")
        shell.run("undo", "undo")
        #expect(shell.session.scenario.title.isEmpty)
        #expect(shell.execute(line: "title").failed)
    }

    @Test func savingUnderANewNameSaysWhatIsInherited() throws {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015", "set pv-mazhai.capacity_mw *2")
        let saved = shell.run("save plan-pv")
        #expect(saved.notes.contains { $0.contains("keeps the title (二七区2015年节能降耗低碳发展工作方案 (as written)) and description of plan-2015") })
        shell.run("title Plan with twice the PV", "describe The plan with the Mazhai PV doubled.")
        let again = shell.run("save! plan-pv2")
        #expect(again.notes.isEmpty)
        let text = try String(contentsOfFile: folder + "/plan-pv2.json", encoding: .utf8)
        #expect(text.contains("\"title\": \"Plan with twice the PV\""))
    }

    @Test func savingUnderTheSameNameSaysNothing() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015", "set pv-mazhai.capacity_mw *2")
        #expect(shell.run("save").notes.isEmpty)
    }
}
