import ErqiTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, item 9: SIGKILL at random moments during `run --output` and the shell's `save!`
/// and `export!`. The target is always the complete old or the complete new file, and no
/// temporary file survives the next write to the folder.
@Suite struct KillDuringWriteTests {
    /// Starts erqi with `arguments` in `folder`, kills it after `delay` seconds (if still
    /// running) and waits for it.
    static func runAndKill(_ arguments: [String], in folder: String, after delay: Double) throws {
        let process = Process()
        process.executableURL = try ErqiBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func temporaries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    @Test func twoHundredKillsLeaveOldOrNewNeverHalf() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let run = ["run", "plan-2015.json", "--format", "csv", "--baseline", Cli.baselinePath, "--output", "out.csv"]
        let save = ["--no-init", "--baseline", Cli.baselinePath, "-c", "load ./bau.json; add motors; save! ./bau.json"]
        let export = ["--no-init", "--baseline", Cli.baselinePath, "-c", "load ./plan-2015.json; export! result.json"]
        let oldBau = try folder.read("bau.json")

        // The complete new files, written without interruption; and how long each takes.
        var started = Date()
        #expect(try Cli.run(run, in: folder.path).status == 0)
        let runSeconds = Date().timeIntervalSince(started)
        let newCSV = try folder.read("out.csv")
        started = Date()
        #expect(try Cli.run(save, in: folder.path).status == 0)
        let saveSeconds = Date().timeIntervalSince(started)
        let newBau = try folder.read("bau.json")
        #expect(newBau != oldBau)
        started = Date()
        let exported = try Cli.run(export, in: folder.path)
        #expect(exported.status == 0, "\(exported.stderr)")
        let exportSeconds = Date().timeIntervalSince(started)
        let newJSON = try folder.read("result.json")

        var generator = SystemRandomNumberGenerator()
        var outcomes: [String: Int] = [:]
        for i in 0..<200 {
            let (arguments, target, old, new, seconds): ([String], String, String, String, Double) = switch i % 3 {
            case 0: (run, "out.csv", "old\n", newCSV, runSeconds)
            case 1: (save, "bau.json", oldBau, newBau, saveSeconds)
            default: (export, "result.json", "old\n", newJSON, exportSeconds)
            }
            try folder.write(target, old)
            try Self.runAndKill(arguments, in: folder.path, after: Double.random(in: 0...(seconds * 1.2), using: &generator))
            let now = Self.read(folder.file(target))
            #expect(now == old || now == new, "kill \(i): \(target) is neither old nor new (\(now?.count ?? -1) bytes)")
            outcomes[now == new ? "new" : "old", default: 0] += 1
        }
        // Both outcomes happened, so the kills landed before and after the rename.
        #expect(outcomes["new", default: 0] > 0 && outcomes["old", default: 0] > 0, "\(outcomes)")
        // The next write removes the temporary files the killed processes left.
        #expect(try Cli.run(run, in: folder.path).status == 0)
        #expect(try Self.temporaries(folder.path) == [])
    }
}
