import ErqiTestSupport
import Foundation
import Testing

/// Issue 13, item 2: every write is checked. The real binary under /bin/sh, with standard
/// output on /dev/full, closed, or a pipe whose reader has gone while SIGPIPE is ignored.
@Suite struct OutputFailureTests {
    /// Runs `script` under /bin/sh in the repository root with `$ERQI` set to the binary;
    /// returns the shell's status and what the script wrote to standard error.
    static func sh(_ script: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: Cli.root)
        var environment = ProcessInfo.processInfo.environment
        environment["ERQI"] = try ErqiBinary.url.path
        process.environment = environment
        let err = FileManager.default.temporaryDirectory.path + "/erqi-outfail-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: err, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: err) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: URL(fileURLWithPath: err)), as: UTF8.self))
    }

    @Test func aFullDeviceOnStandardOutputIsOneLineAndStatus1() throws {
        let r = try Self.sh(#""$ERQI" run scenarios/ --baseline seeds/baseline-2014.json > /dev/full"#)
        #expect(r.status == 1)
        #expect(r.stderr.hasSuffix("erqi: cannot write to standard output: no space left on the device\n"))
        #expect(!r.stderr.contains("Fatal"))
    }

    @Test func aClosedStandardOutputIsOneLineAndStatus1() throws {
        let r = try Self.sh(#""$ERQI" run scenarios/plan-2015.json --baseline seeds/baseline-2014.json >&-"#)
        #expect(r.status == 1)
        #expect(r.stderr.hasSuffix("erqi: cannot write to standard output: bad file descriptor\n"))
    }

    @Test func aClosedStandardErrorIsStatus1NotATrap() throws {
        let r = try Self.sh(#""$ERQI" run no-such-file.json 2>&-; echo "status $?" >&2"#)
        #expect(r.stderr == "status 1\n")
    }

    @Test func aGonePipeReaderWithSIGPIPEIgnoredEndsAsAClosedPipe() throws {
        // Well over a pipe's 64 KiB so that erqi is still writing when `head` has gone.
        let r = try Self.sh("""
            trap '' PIPE
            { "$ERQI" sweep scenarios/plan-2015.json --vary growth.industry=0:1:0.001 --format csv \
              --baseline seeds/baseline-2014.json; echo "status $?" >&2; } | head -1 >/dev/null
            """)
        #expect(r.stderr == "status 141\n")
    }

    @Test func theShellOnAFullDeviceSaysSoAndFails() throws {
        let r = try Self.sh(#""$ERQI" --no-init -c 'load plan-2015; goals' > /dev/full"#)
        #expect(r.status == 1)
        #expect(r.stderr == "erqi: cannot write to standard output: no space left on the device\n")
    }
}
