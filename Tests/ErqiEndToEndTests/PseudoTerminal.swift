import CPty
import Foundation

/// A failure of the pseudo-terminal harness; the description carries the output seen so far.
struct PseudoTerminalError: Error, CustomStringConvertible {
    let description: String
}

/// A program running on a pseudo-terminal, driven like a user at a keyboard.
///
/// The program is started with `posix_spawn` in its own session with the pty slave as its
/// controlling terminal on fds 0, 1 and 2 (so Ctrl-C becomes SIGINT), with a cleared signal
/// mask and default signal dispositions, and with exactly the given environment.
///
/// Every wait has a deadline. Output is kept as bytes (a UTF-8 character may span two reads);
/// `waitFor` searches the output received since the previous match and strips nothing, so
/// assert on the program's own text, not on libedit's redraws (it repaints with cursor moves).
/// Not thread-safe: use one instance from one test.
final class PseudoTerminal {
    /// The child's process id (also its process group and session id).
    let pid: pid_t
    private let masterFD: Int32
    private let slaveFD: Int32
    /// Output received since the last match of `waitFor`.
    private var pending: [UInt8] = []
    /// Everything the program wrote, for diagnostics.
    private(set) var transcript: [UInt8] = []
    /// The raw wait status, once the child has been reaped.
    private var waitStatus: Int32?
    private var writeError: String?
    private var isClosed = false

    /// A small environment like CI's: PATH only, TERM and LANG unset.
    static let baseEnvironment = ["PATH": "/usr/local/bin:/usr/bin:/bin"]

    /// Starts `executable` (a path; PATH is not searched) with `arguments` (argv[1...]) and
    /// exactly `environment`, on a new pseudo-terminal of `rows` x `columns`.
    init(
        executable: String, arguments: [String], environment: [String: String],
        rows: UInt16 = 24, columns: UInt16 = 80
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var name = [CChar](repeating: 0, count: 256)
        guard erqi_pty_open(&master, &slave, &name, name.count, rows, columns) == 0 else {
            throw PseudoTerminalError(description: "cannot open a pseudo-terminal: \(Self.errorText(errno))")
        }
        let argv = [executable] + arguments
        let envp = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var childPid: pid_t = 0
        let status = Self.withCStringArray(argv) { argvPointer in
            Self.withCStringArray(envp) { envpPointer in
                erqi_pty_spawn(executable, argvPointer, envpPointer, name, &childPid)
            }
        }
        guard status == 0 else {
            close(master)
            close(slave)
            throw PseudoTerminalError(description: "cannot spawn \(executable): \(Self.errorText(status))")
        }
        pid = childPid
        masterFD = master
        // Kept open so that reading the master never fails with EIO before the child has
        // opened its side; the child's exit is detected with waitpid instead.
        slaveFD = slave
    }

    deinit {
        terminate()
    }

    /// The output received so far and not yet consumed by a match.
    var pendingText: String { String(decoding: pending, as: UTF8.self) }

    /// Everything the program wrote so far.
    var transcriptText: String { String(decoding: transcript, as: UTF8.self) }

    /// Types `text` (UTF-8 bytes, as a terminal sends them; "\r" or "\n" for Enter).
    func send(_ text: String) {
        write(Array(text.utf8))
    }

    /// Types a control character: "c" → 0x03 (Ctrl-C), "d" → 0x04 (Ctrl-D), "r" → 0x12,
    /// "i" → Tab, "[" → Escape, "?" → 0x7f (Delete).
    func sendControl(_ character: Character) {
        guard let ascii = character.asciiValue else {
            preconditionFailure("no control character for \(character)")
        }
        write([character == "?" ? 0x7f : ascii & 0x1f])
    }

    /// Waits until `text` appears in the output received since the previous match and returns
    /// that output up to and including `text`; the rest stays for the next wait.
    /// Throws on timeout, or when the program exits without printing it.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Self.now() + timeout
        while true {
            if let end = Self.endOfFirstMatch(of: needle, in: pending) {
                let matched = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(end)
                return matched
            }
            if let writeError {
                throw failure("write failed (\(writeError)) while waiting for \(text.debugDescription)")
            }
            let remaining = deadline - Self.now()
            if remaining <= 0 {
                throw failure("timed out after \(timeout)s waiting for \(text.debugDescription)")
            }
            if readAvailable(timeout: min(remaining, 0.05)) == 0, try reapIfExited() {
                drain()
                if Self.endOfFirstMatch(of: needle, in: pending) != nil { continue }
                throw failure("the program exited (\(exitDescription)) while waiting for \(text.debugDescription)")
            }
        }
    }

    /// Waits until the terminal is in raw (non-canonical) mode, i.e. the line editor is
    /// reading keys. libedit prints the prompt before switching, so wait for the prompt, then
    /// this, then type.
    func waitForRawMode(timeout: Double = 5) throws {
        let deadline = Self.now() + timeout
        while true {
            switch erqi_pty_is_raw(masterFD) {
            case 1: return
            case 0: break
            default: throw failure("tcgetattr failed: \(Self.errorText(errno))")
            }
            if Self.now() >= deadline {
                throw failure("timed out after \(timeout)s waiting for raw mode")
            }
            if readAvailable(timeout: 0.001) == 0, try reapIfExited() {
                throw failure("the program exited (\(exitDescription)) while waiting for raw mode")
            }
        }
    }

    /// Waits for the program to exit, reading its output meanwhile; returns its exit code,
    /// or 128 + the signal number when a signal killed it.
    func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = Self.now() + timeout
        while try !reapIfExited() {
            let remaining = deadline - Self.now()
            if remaining <= 0 {
                throw failure("timed out after \(timeout)s waiting for the program to exit")
            }
            readAvailable(timeout: min(remaining, 0.01))
        }
        drain()
        return erqi_pty_exit_code(waitStatus ?? 0)
    }

    /// Sets the window size (the program receives SIGWINCH).
    func setWindowSize(rows: UInt16, columns: UInt16) {
        _ = erqi_pty_set_window_size(masterFD, rows, columns)
    }

    /// Kills the program's process group if it still runs, reaps it and closes the terminal.
    /// Idempotent; also done on deinit.
    func terminate() {
        guard !isClosed else { return }
        isClosed = true
        if waitStatus == nil {
            _ = erqi_pty_kill_group(pid, SIGKILL)
            var status: Int32 = 0
            if erqi_pty_wait(pid, 2000, &status) == 1 { waitStatus = status }
        }
        close(masterFD)
        close(slaveFD)
    }

    // MARK: - Internals

    private var exitDescription: String {
        guard let waitStatus else { return "still running" }
        return "exit code \(erqi_pty_exit_code(waitStatus))"
    }

    private func write(_ bytes: [UInt8]) {
        guard !isClosed else {
            writeError = "terminal closed"
            return
        }
        let status = bytes.withUnsafeBytes { erqi_pty_write_all(masterFD, $0.baseAddress, $0.count, 5000) }
        if status != 0 { writeError = Self.errorText(errno) }
    }

    /// Reads what arrives within `timeout` seconds; returns the number of bytes read.
    @discardableResult
    private func readAvailable(timeout: Double) -> Int {
        guard !isClosed else { return 0 }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes {
            erqi_pty_read(masterFD, $0.baseAddress, $0.count, Int32(max(0, timeout * 1000)))
        }
        guard count > 0 else { return 0 }
        pending.append(contentsOf: chunk[..<count])
        transcript.append(contentsOf: chunk[..<count])
        return count
    }

    /// Reads everything already buffered.
    private func drain() {
        while readAvailable(timeout: 0) > 0 {}
    }

    /// Reaps the child if it has exited; true once it has.
    private func reapIfExited() throws -> Bool {
        if waitStatus != nil { return true }
        var status: Int32 = 0
        switch erqi_pty_wait(pid, 0, &status) {
        case 1:
            waitStatus = status
            return true
        case 0:
            return false
        default:
            throw failure("waitpid failed: \(Self.errorText(errno))")
        }
    }

    private func failure(_ message: String) -> PseudoTerminalError {
        PseudoTerminalError(description: """
            \(message)
            --- output since the last match ---
            \(pendingText.debugDescription)
            --- full transcript ---
            \(transcriptText.debugDescription)
            """)
    }

    private static func endOfFirstMatch(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Calls `body` with a NULL-terminated array of C strings that lives for the call.
    private static func withCStringArray<Result>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
    ) -> Result {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// Finds the built `erqi` executable for end-to-end tests.
enum ErqiBinary {
    /// The `erqi` executable: `$ERQI_BIN` if set; otherwise the `erqi` in the build products
    /// directory of this test bundle (found by walking up from `/proc/self/exe` and the test
    /// bundle's location, e.g. `.build/debug/erqi`).
    static var url: URL {
        get throws {
            if let path = ProcessInfo.processInfo.environment["ERQI_BIN"], !path.isEmpty {
                guard isExecutableFile(path) else {
                    throw PseudoTerminalError(description: "ERQI_BIN=\(path) is not an executable file")
                }
                return URL(fileURLWithPath: path)
            }
            var searched: [String] = []
            for start in startDirectories() {
                var directory = start
                for _ in 0..<5 {
                    let candidate = directory.appendingPathComponent("erqi").path
                    searched.append(candidate)
                    if isExecutableFile(candidate) { return URL(fileURLWithPath: candidate) }
                    let parent = directory.deletingLastPathComponent()
                    if parent.path == directory.path { break }
                    directory = parent
                }
            }
            throw PseudoTerminalError(description: """
                cannot find the erqi executable (build it with `swift build`, or set ERQI_BIN); \
                looked at: \(searched.joined(separator: ", "))
                """)
        }
    }

    private static func startDirectories() -> [URL] {
        var directories: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent())
        }
        return directories
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
