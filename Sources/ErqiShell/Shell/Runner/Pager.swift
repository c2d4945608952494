import Foundation

/// Shows long output through a pager, as psql does: `$PAGER` when set and not empty, else
/// `less -FRX` (quit at once if it fits, keep colours, leave the text on the screen).
public enum Pager {
    /// The pager command line for `environment`.
    public static func command(_ environment: [String: String]) -> String {
        if let p = environment["PAGER"], !p.trimmingCharacters(in: .whitespaces).isEmpty { return p }
        return "less -FRX"
    }

    /// True when `text` needs more lines than a window of `rows` shows (the prompt takes one).
    public static func isTaller(_ text: String, than rows: Int) -> Bool {
        var lines = 0
        for ch in text.utf8 where ch == UInt8(ascii: "\n") {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }

    /// Runs `command` through `/bin/sh -c` with `text` on its standard input, sharing the
    /// terminal for output; false when the pager could not be started (write the text directly).
    public static func show(_ text: String, command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do { try process.run() } catch { return false }
        let handle = input.fileHandleForWriting
        // A pager quit early (q) closes its input: ignore the broken pipe, keep the shell.
        signal(SIGPIPE, SIG_IGN)
        try? handle.write(contentsOf: Data(text.utf8))
        try? handle.close()
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus != 127
    }
}
