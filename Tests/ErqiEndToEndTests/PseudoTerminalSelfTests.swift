import Foundation
import Testing

/// Tests of the pseudo-terminal harness itself, on /bin/cat and /bin/sh (no erqi needed).
@Suite(.serialized)
struct PseudoTerminalSelfTests {
    private func shell(_ script: String) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", script],
            environment: PseudoTerminal.baseEnvironment)
    }

    @Test func catEchoesAsciiAndChineseAndExitsOnCtrlD() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/cat", arguments: [], environment: PseudoTerminal.baseEnvironment)
        defer { terminal.terminate() }
        terminal.send("hello\n")
        // The terminal echoes the typed line, then cat writes it back.
        try terminal.waitFor("hello\r\n")
        try terminal.waitFor("hello\r\n")
        terminal.send("马寨镇\n")
        try terminal.waitFor("马寨镇\r\n")
        let echoed = try terminal.waitFor("马寨镇\r\n")
        #expect(echoed == "马寨镇\r\n")
        terminal.sendControl("d")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlCBecomesSigintForTheChild() throws {
        // A trap on INT only works when SIGINT is neither blocked nor ignored in the child, and
        // Ctrl-C only becomes SIGINT when the pty is the controlling terminal.
        let terminal = try shell("trap 'echo GOT-INT; exit 7' INT; echo READY; while :; do sleep 0.02; done")
        defer { terminal.terminate() }
        try terminal.waitFor("READY")
        terminal.sendControl("c")
        try terminal.waitFor("GOT-INT")
        #expect(try terminal.waitForExit() == 7)
    }

    @Test func ctrlCKillsAProgramWithDefaultDisposition() throws {
        let terminal = try shell("echo READY; exec sleep 30")
        defer { terminal.terminate() }
        try terminal.waitFor("READY")
        // exec replaces sh; give it a moment to be sleep, then interrupt.
        Thread.sleep(forTimeInterval: 0.05)
        terminal.sendControl("c")
        #expect(try terminal.waitForExit() == 128 + SIGINT)
    }

    @Test func detectsRawMode() throws {
        let terminal = try shell("echo COOKED; read line; stty raw -echo; echo RAW; read line")
        defer { terminal.terminate() }
        try terminal.waitFor("COOKED")
        #expect(throws: PseudoTerminalError.self) { try terminal.waitForRawMode(timeout: 0.1) }
        terminal.send("go\n")
        try terminal.waitForRawMode(timeout: 5)
        try terminal.waitFor("RAW")
        terminal.send("x\n")  // raw mode: no CR-to-NL translation
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func reportsExitCodeAndWindowSize() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "stty size; exit 3"],
            environment: PseudoTerminal.baseEnvironment, rows: 30, columns: 100)
        defer { terminal.terminate() }
        try terminal.waitFor("30 100")
        #expect(try terminal.waitForExit() == 3)
    }

    @Test func passesExactlyTheGivenEnvironment() throws {
        let terminal = try PseudoTerminal(
            executable: "/usr/bin/env", arguments: [],
            environment: ["ERQI_PTY_PROBE": "值 42", "PATH": "/usr/bin:/bin"])
        defer { terminal.terminate() }
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.transcriptText.contains("ERQI_PTY_PROBE=值 42"))
        #expect(!terminal.transcriptText.contains("HOME="))
    }

    @Test func waitsHaveDeadlinesAndExitIsNoticed() throws {
        let idle = try PseudoTerminal(
            executable: "/bin/cat", arguments: [], environment: PseudoTerminal.baseEnvironment)
        defer { idle.terminate() }
        let started = Date()
        #expect(throws: PseudoTerminalError.self) { try idle.waitFor("never", timeout: 0.2) }
        #expect(Date().timeIntervalSince(started) < 2)

        let quitter = try shell("echo BYE")
        defer { quitter.terminate() }
        #expect(throws: PseudoTerminalError.self) { try quitter.waitFor("never", timeout: 5) }
        #expect(quitter.transcriptText.contains("BYE"))
    }

    @Test func terminateKillsARunningProgram() throws {
        let terminal = try shell("echo UP; exec sleep 30")
        try terminal.waitFor("UP")
        let started = Date()
        terminal.terminate()
        terminal.terminate()
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func locatesTheBuiltErqiExecutable() throws {
        // Built with the tests (`swift build --build-tests`), beside the test bundle.
        let url = try ErqiBinary.url
        #expect(url.lastPathComponent == "erqi")
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
    }
}
