import Foundation
import Testing

/// Issue 13, item 7, on a pseudo-terminal: history is not lost silently, and is capped.
@Suite(.serialized) struct HistoryReliabilityTests {
    let home: String = {
        let path = NSTemporaryDirectory() + "erqi-hist-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path + "/scenarios", withIntermediateDirectories: true)
        return path
    }()

    var historyPath: String { home + "/state/history" }

    func start(history: String? = nil, extra: [String: String] = [:], waitForBanner: Bool = true) throws -> PseudoTerminal {
        var environment = PseudoTerminal.baseEnvironment
        environment["HOME"] = home
        environment["ERQI_HISTORY"] = history ?? historyPath
        environment.merge(extra) { $1 }
        let t = try PseudoTerminal(executable: try ErqiBinary.url.path, arguments: ["--no-init"], environment: environment)
        if waitForBanner { try t.waitFor("Ctrl-D quits.") }
        return t
    }

    func prompt(_ t: PseudoTerminal) throws {
        try t.waitFor("erqi> ")
        try t.waitForRawMode()
    }

    /// Types `command` (an unknown command: fast, and it still enters history) and returns
    /// what was printed up to the next prompt.
    @discardableResult
    func type(_ t: PseudoTerminal, _ command: String) throws -> String {
        try prompt(t)
        t.send(command + "\r")
        return try t.waitFor("unknown command")
    }

    /// The entries of the history file (libedit's format: a header line, then one per line).
    func entries() throws -> [String] {
        let text = try String(contentsOfFile: historyPath, encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { $0 != "_HiStOrY_V2_" }
    }

    @Test func aFailedAppendIsSaidOnceKeptAndRetried() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let t = try start()
        defer { t.terminate() }
        try type(t, "zzqone")
        // The history file becomes a folder: appends fail until it is a file again.
        try FileManager.default.removeItem(atPath: historyPath)
        try FileManager.default.createDirectory(atPath: historyPath, withIntermediateDirectories: false)
        var printed = try type(t, "zzqtwo")
        #expect(printed.contains("erqi: cannot append to history file \(historyPath): is a directory; lines are kept in memory and saved when it works again"))
        printed += try type(t, "zzqthree")
        try FileManager.default.removeItem(atPath: historyPath)
        printed += try type(t, "zzqfour")
        try prompt(t)
        t.send("quit\r")
        _ = try t.waitForExit()
        #expect(printed.components(separatedBy: "cannot append to history file").count == 2)
        #expect(try entries() == ["zzqtwo", "zzqthree", "zzqfour", "quit"])
    }

    @Test func theFileIsCappedDuringASession() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let t = try start(extra: ["ERQI_HISTSIZE": "3"])
        defer { t.terminate() }
        for word in ["zzqa", "zzqb", "zzqc", "zzqd", "zzqe"] { try type(t, word) }
        try prompt(t)
        t.send("quit\r")
        _ = try t.waitForExit()
        let kept = try entries()
        #expect(kept.count <= 3)
        #expect(kept.suffix(2) == ["zzqd", "zzqe"] || kept.suffix(2) == ["zzqe", "quit"])
        #expect(!kept.contains("zzqa"))
    }

    @Test func aVeryLongLineIsNotSaved() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        let t = try start()
        defer { t.terminate() }
        let long = "zzq" + String(repeating: "x", count: 5000)
        try prompt(t)
        t.send(long + "\r")
        try t.waitFor("is kept in this session's history but not saved", timeout: 10)
        try type(t, "zzqshort")
        try prompt(t)
        t.send("quit\r")
        _ = try t.waitForExit()
        let kept = try entries()
        #expect(kept.contains("zzqshort"))
        #expect(!kept.contains(where: { $0.count > 4096 }))
    }

    @Test func aHistoryParentThatIsAFileIsAPlainMessage() throws {
        defer { try? FileManager.default.removeItem(atPath: home) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: home + "/afile"))
        let t = try start(history: home + "/afile/history", waitForBanner: false)
        defer { t.terminate() }
        let printed = try t.waitFor("Ctrl-D quits.")
        #expect(printed.contains("erqi: cannot create the folder for history file \(home)/afile/history: \(home)/afile is a file, not a folder"))
        #expect(!printed.contains("NSCocoaErrorDomain"))
        try prompt(t)
        t.send("quit\r")
        _ = try t.waitForExit()
    }
}
