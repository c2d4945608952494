import Foundation
import Testing
@testable import ErqiShell

/// Issue 13, item 8: undo history and nested `source` are bounded.
@Suite struct GrowthBoundTests {
    @Test func undoKeepsTheNewestThousandSteps() {
        let shell = Fixtures.shell(folder: Fixtures.temporaryFolder())
        shell.run("add motors")
        for i in 0..<1_100 { shell.run("set motors.capacity_kw \(i + 1)") }
        #expect(shell.session.undoCommands.count == Session.maximumUndoSteps)
        #expect(shell.session.undoCommands.last == "set motors.capacity_kw 1100")
        for _ in 0..<Session.maximumUndoSteps { #expect(shell.execute(line: "undo").error == nil) }
        #expect(shell.session.scenario.measures.first?.fields["capacity_kw"] == .number(100))
        #expect(shell.execute(line: "undo").error != nil)
    }

    @Test func aScriptSourcingItselfThriceWithBailOffStopsAtTheBudget() throws {
        let folder = Fixtures.temporaryFolder()
        let script = folder + "/self.erqi"
        try ".bail off\nsource \(script)\nsource \(script)\nsource \(script)\n".write(toFile: script, atomically: true, encoding: .utf8)
        let shell = Fixtures.shell(folder: folder)
        let outcome = shell.execute(line: "source \(script)")
        #expect(outcome.error != nil)
        #expect(outcome.notes.contains { $0.contains("more than 256 scripts sourced by one command") })
        // The budget starts again with the next command.
        #expect(shell.execute(line: "source \(script)").notes.contains { $0.contains("more than 256 scripts") })
    }
}
