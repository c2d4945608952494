import Foundation

/// Runs the user's editor on a file, on the shell's terminal.
enum ExternalEditor {
    /// `$EDITOR`, else `$VISUAL`, else `vi`.
    static func command(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in ["EDITOR", "VISUAL"] {
            if let v = environment[key], !v.trimmingCharacters(in: .whitespaces).isEmpty { return v }
        }
        return "vi"
    }

    /// Runs `command FILE` through `/bin/sh` and waits; returns its exit status (127: not found).
    static func run(_ command: String, file: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "sh", file]
        do { try process.run() } catch { return 127 }
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }

    /// A new file path under the system's temporary folder ending in `name`.
    static func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "erqi-edit-\(UUID().uuidString.prefix(8))-" + name
    }
}
