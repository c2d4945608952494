import Foundation
import Testing

/// The first five minutes of a new analyst at the real prompt, on an 80×24 pseudo-terminal:
/// load, set with units and relative values, goals that fit the window, compare, save, the
/// quit guard. Keeps issue 9 true.
@Suite(.serialized) struct NewUserTerminalTests {
    @Test func theFirstFiveMinutes() throws {
        let home = NSTemporaryDirectory() + "erqi-newuser-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/scenarios", withIntermediateDirectories: true)
        let repo = try Self.repositoryScenarios()
        for name in ["plan-2015.json", "bau.json"] {
            try FileManager.default.copyItem(atPath: repo + "/" + name, toPath: home + "/scenarios/" + name)
        }
        var environment = PseudoTerminal.baseEnvironment
        environment["HOME"] = home
        environment["ERQI_HISTORY"] = home + "/history"
        // A pager that marks what it shows, so the test sees tall output go through it.
        environment["PAGER"] = "sed 's/^/PAGED|/'"
        let t = try PseudoTerminal(executable: try ErqiBinary.url.path, arguments: ["--no-init"],
                                   environment: environment, rows: 24, columns: 80)
        defer { t.terminate() }
        func prompt() throws { try t.waitFor("erqi> "); try t.waitForRawMode() }
        func type(_ line: String) { t.send(line + "\r") }

        try t.waitFor("Ctrl-D quits.")
        try prompt()
        type(".folder \(home)/scenarios")
        try prompt()
        type("load plan-2015")
        try t.waitFor("18 measures")
        try prompt()
        type("set c2g-mazhai-boilers.start_month +3")      // a delay, not March
        try t.waitFor("= 12 (dec) (was 9 (sep); +3 months)")
        try prompt()
        type("set key_enterprises.saving_tce 2.14万tce")   // a unit without a space
        try t.waitFor("= 21400 tce")
        try prompt()
        type("set industrial_efficiency.percent 0.6")        // ambiguous: refused with both readings
        try t.waitFor("write 0.6% (the fraction 0.006) or 60%")
        try prompt()
        type("goals")                                        // taller than 24 rows: paged
        let goals = try t.waitFor("parameters are estimates")
        #expect(goals.contains("PAGED|"))
        #expect(goals.contains("MISSED"))
        #expect(goals.contains("\u{1B}[1;31mMISSED"))     // coloured on a terminal
        #expect(!goals.contains("MISS\r\n"))
        for line in goals.components(separatedBy: "\r\n") where line.hasPrefix("PAGED|") {
            let text = line.dropFirst("PAGED|".count).replacingOccurrences(of: "\u{1B}[", with: "\u{1B}")
            #expect(Self.cells(Self.stripColour(String(text))) <= 80, "\(line)")
        }
        try prompt()
        type("compare plan-2015 bau")
        try t.waitFor("folded into their measure")
        try prompt()
        type("save plan-late")
        try t.waitFor("saved")
        try t.waitFor("keeps the title")
        #expect(FileManager.default.fileExists(atPath: home + "/scenarios/plan-late.json"))
        try prompt()
        type("set motors.capacity_kw +10%")
        try t.waitFor("(was 20000 kW; ×1.1)")
        try prompt()
        type("quit")                                         // unsaved: warned, not left
        try t.waitFor("unsaved changes")
        try prompt()
        type("quit!")
        #expect(try t.waitForExit() == 0)
    }

    @Test func monthsAreListedInCalendarOrder() throws {
        var environment = PseudoTerminal.baseEnvironment
        environment["HOME"] = NSTemporaryDirectory()
        environment["ERQI_HISTORY"] = NSTemporaryDirectory() + "erqi-months-\(UUID().uuidString)"
        let t = try PseudoTerminal(executable: try ErqiBinary.url.path, arguments: ["--no-init"], environment: environment)
        defer { t.terminate() }
        try t.waitFor("erqi> "); try t.waitForRawMode()
        t.send("set rooftop_pv.start_month \t\t")
        let listed = try t.waitFor("12-dec")
        // libedit lists down the columns: calendar order reads down, then across.
        #expect(listed.contains("01-jan    03-mar    05-may    07-jul    09-sep    11-nov    13-never"), "\(listed.debugDescription)")
        #expect(listed.contains("02-feb    04-apr    06-jun    08-aug    10-oct    12-dec"), "\(listed.debugDescription)")
        try t.waitFor("start_month "); try t.waitForRawMode()
        t.send("09-sep\r")                                  // the listed form is a value set reads
        try t.waitFor("= 9 (sep)")
        try t.waitFor("erqi> "); try t.waitForRawMode()
        t.send("quit!\r")
        #expect(try t.waitForExit() == 0)
    }

    @Test func noColourWithNO_COLOR() throws {
        var environment = PseudoTerminal.baseEnvironment
        environment["HOME"] = NSTemporaryDirectory()
        environment["ERQI_HISTORY"] = NSTemporaryDirectory() + "erqi-nocolour-\(UUID().uuidString)"
        environment["NO_COLOR"] = "1"
        environment["PAGER"] = "cat"
        let t = try PseudoTerminal(executable: try ErqiBinary.url.path, arguments: ["--no-init"], environment: environment)
        defer { t.terminate() }
        try t.waitFor("erqi> "); try t.waitForRawMode()
        t.send("goals\r")
        let goals = try t.waitFor("parameters are estimates")
        #expect(goals.contains("MISSED"))
        #expect(!goals.contains("\u{1B}[1;31m") && !goals.contains("\u{1B}[32m"))
        try t.waitFor("erqi> "); try t.waitForRawMode()
        t.send("quit\r")
        #expect(try t.waitForExit() == 0)
    }

    static func repositoryScenarios() throws -> String {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return dir.appendingPathComponent("scenarios").path
            }
            dir = dir.deletingLastPathComponent()
        }
        throw PseudoTerminalError(description: "no repository root above \(#filePath)")
    }

    /// Without ANSI colour sequences (ESC, then up to `m`).
    static func stripColour(_ s: String) -> String {
        var out = "", skipping = false
        for c in s {
            if c == "\u{1B}" { skipping = true; continue }
            if skipping { if c == "m" { skipping = false }; continue }
            out.append(c)
        }
        return out
    }

    /// Terminal cells: CJK characters take two.
    static func cells(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            return n + ((0x2E80...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v) ? 2 : 1)
        }
    }
}
