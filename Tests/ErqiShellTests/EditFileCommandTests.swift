import Foundation
import Testing
@testable import ErqiShell

/// `edit`: the scenario's JSON through an editor, checked and undoable (issue 9).
@Suite struct EditFileCommandTests {
    /// An "editor" that runs `sed` on the file.
    func sedEditor(_ expression: String) throws -> String {
        let script = Fixtures.temporaryFolder() + "/ed.sh"
        try "#!/bin/sh\nsed -i '\(expression)' \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return script
    }

    @Test func anEditIsCheckedAndUndoable() throws {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let before = shell.session.scenario
        shell.editor = try sedEditor("s/\"capacity_kw\": 20000/\"capacity_kw\": 30000/")
        let out = shell.run("edit")
        #expect(out.output.hasPrefix("edited: 1 input changed"))
        #expect(shell.session.scenario.measures.first { $0.id == "motors" }?.fields["capacity_kw"] == .number(30000))
        #expect(shell.session.scenario.extends == before.extends)
        shell.run("undo")
        #expect(shell.session.scenario == before)
    }

    @Test func aBadFileChangesNothingAndNamesThePath() throws {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let before = shell.session.scenario
        shell.editor = try sedEditor("s/\"capacity_kw\": 20000/\"capacity_kw\": -5/")
        let out = shell.execute(line: "edit")
        #expect(out.failed)
        #expect(out.error?.contains("measures.motors.capacity_kw") == true, "\(out.error ?? "")")
        #expect(out.error?.contains("nothing changed") == true)
        #expect(shell.session.scenario == before)
    }

    @Test func aFailingEditorChangesNothing() {
        let shell = Fixtures.shell()
        shell.editor = "false"
        let out = shell.execute(line: "edit")
        #expect(out.error?.contains("ended with status 1") == true)
        shell.editor = "true"
        #expect(shell.run("edit").output == "edit: no changes\n")
    }
}
