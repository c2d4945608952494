import ErqiTestSupport
import Foundation
import Testing

/// The real `erqi` binary on a pseudo-terminal, driven like an analyst at the keyboard:
/// Tab completion, history across runs, Chinese input, Ctrl-C and the unsaved-changes guard.
@Suite(.serialized) struct ShellTerminalTests {
    let home: String = {
        do {
            let folder = try TemporaryFolder("erqi-pty")
            try folder.folder("scenarios")
            return folder.path
        } catch {
            fatalError("temporary folder: \(error)")
        }
    }()

    var historyPath: String { home + "/state/history" }

    func start() throws -> PseudoTerminal {
        var environment = PseudoTerminal.baseEnvironment
        environment["HOME"] = home
        environment["ERQI_HISTORY"] = historyPath
        let t = try PseudoTerminal(executable: try ErqiBinary.url.path, arguments: ["--no-init"], environment: environment)
        try t.waitFor("Ctrl-D quits.")
        return t
    }

    /// Waits for the prompt and for libedit's raw mode before any key is sent.
    func prompt(_ t: PseudoTerminal) throws {
        try t.waitFor("erqi> ")
        try t.waitForRawMode()
    }

    func quit(_ t: PseudoTerminal) throws {
        try prompt(t)
        t.send("quit\r")
        #expect(try t.waitForExit() == 0)
    }

    /// Ctrl-D with unsaved changes warns once; a second Ctrl-D quits with status 0.
    func leaveWithUnsavedChanges(_ t: PseudoTerminal) throws {
        try prompt(t)
        t.sendControl("d")
        try t.waitFor("unsaved changes")
        try prompt(t)
        t.sendControl("d")
        #expect(try t.waitForExit() == 0)
    }

    @Test func tabCompletesCommandsLeversAndFields() throws {
        let t = try start()
        defer { t.terminate() }
        try prompt(t)
        t.send("leve\t\r")              // → levers
        try t.waitFor("industrial_wastewater")
        try prompt(t)
        t.send("add rooftop_\t\r")      // → add rooftop_pv
        try t.waitFor("added rooftop_pv")
        try prompt(t)
        t.send("set rooftop_pv.capacity_m\t15MW\r") // → rooftop_pv.capacity_mw
        try t.waitFor("intensity")
        try prompt(t)
        t.send("show rooftop_pv\r")
        try t.waitFor("15")
        try prompt(t)
        t.send(".folder \(home)/scenarios\r")
        try t.waitFor("scenarios folder")
        try prompt(t)
        t.send("save pv-test\r")
        try t.waitFor("saved")
        #expect(FileManager.default.fileExists(atPath: home + "/scenarios/pv-test.json"))
        try quit(t)
    }

    @Test func chineseInputSurvivesEditing() throws {
        let t = try start()
        defer { t.terminate() }
        try prompt(t)
        t.send("add rooftop_pv as pv\r")
        try t.waitFor("added pv")
        try prompt(t)
        // Type, move left over a wide character, delete it, retype: the line must come out intact.
        t.send("set pv.note 马寨镇屋顶光伏X")
        t.send("\u{08}")                 // Backspace removes X
        t.send("\r")
        try t.waitFor("\n")
        try prompt(t)
        t.send("show pv\r")
        try t.waitFor("马寨镇屋顶光伏")
        try prompt(t)
        t.send("set pv.township 马寨\r")
        try t.waitFor("did you mean 'mazhai', 马寨镇?") // a partial Chinese name is matched
        try prompt(t)
        t.send("set pv.township 马寨镇\r")   // the full Chinese name is taken as the id
        try t.waitFor("intensity")
        try prompt(t)
        t.send("show pv\r")
        try t.waitFor("mazhai")
        try leaveWithUnsavedChanges(t)
    }

    @Test func ctrlCDiscardsTheLineAndNeverExits() throws {
        let t = try start()
        defer { t.terminate() }
        for round in 0..<5 {
            try prompt(t)
            t.send("add motors as m\(round)")
            t.sendControl("c")
        }
        try prompt(t)
        t.send("measures\r")
        try t.waitFor("No measures")   // nothing of the interrupted lines ran
        try quit(t)
    }

    @Test func ctrlDWarnsOnceAboutUnsavedChanges() throws {
        let t = try start()
        defer { t.terminate() }
        try prompt(t)
        t.send("add motors\r")
        try t.waitFor("added motors")
        try leaveWithUnsavedChanges(t)
    }

    @Test func historyIsKeptAcrossTwoRuns() throws {
        do {
            let t = try start()
            defer { t.terminate() }
            try prompt(t)
            t.send("show goal.cod_household\r")
            try t.waitFor("144.2")
            try prompt(t)
            t.send("levers\r")
            try t.waitFor("industrial_wastewater")
            // Killed rather than quit: history must already be on disk.
            t.terminate()
        }
        let file = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(file.contains("levers"))
        let t = try start()
        defer { t.terminate() }
        try prompt(t)
        t.send("\u{1b}[A\u{1b}[A\r")     // Up twice: the first command of the previous run
        try t.waitFor("144.2")
        try quit(t)
    }
}
