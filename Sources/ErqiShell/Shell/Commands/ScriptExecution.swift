/// How a script run ended.
public struct ScriptStatus: Equatable, Sendable {
    /// Lines that failed.
    public var errors = 0
    /// `quit` ended it.
    public var quit = false
    /// Stopped by the cancellation check (Ctrl-C) or an interrupted read.
    public var cancelled = false
    /// Stopped at an error because `.bail` is on.
    public var stoppedAtError = false

    /// The exit status: 0 ok, 2 an error in the script, 130 interrupted.
    public var exitStatus: Int32 { cancelled ? 130 : (errors > 0 ? 2 : 0) }
}

extension Shell {
    /// Runs lines from `next` (nil: end) as a script named `name`: errors are reported as
    /// `NAME:LINE: message` through `emit`, and stop the script when `.bail` is on; `quit`
    /// ends it; the cancellation check is polled before every line.
    public func runScript(name: String, next: () -> String?, emit: (CommandOutcome) -> Void) -> ScriptStatus {
        var status = ScriptStatus()
        var number = 0
        while let line = next() {
            number += 1
            if isCancelled() {
                status.cancelled = true
                emit(CommandOutcome(error: "\(name):\(number): interrupted"))
                return status
            }
            var outcome = execute(line: line)
            if let error = outcome.error {
                status.errors += 1
                outcome.error = Self.located(error, name: name, line: number)
                emit(outcome)
                if session.settings.bail { status.stoppedAtError = true; return status }
                continue
            }
            emit(outcome)
            if outcome.quit { status.quit = true; return status }
        }
        return status
    }

    /// `NAME:LINE: message` on each line of a message.
    static func located(_ message: String, name: String, line: Int) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "\(name):\(line): \($0)" }.joined(separator: "\n")
    }

    /// `source FILE`: the script's output and notes gathered into one outcome; its first
    /// error (with `.bail on`) or a count of errors becomes the outcome's error.
    func sourceCommand(_ args: [String], line: String) -> CommandOutcome {
        guard args.count == 1 else { return CommandOutcome(error: "usage: \(Command.source.spec.usage)") }
        guard sourceDepth < 16 else { return CommandOutcome(error: "source: scripts nested more than 16 deep (does \(args[0]) source itself?)") }
        let text: String
        do { text = try ShellFileSystem.readText(args[0]) } catch { return CommandOutcome(error: error.message) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        if lines.last == "" { lines.removeLast() }
        var iterator = lines.makeIterator()
        var combined = CommandOutcome()
        var errors: [String] = []
        sourceDepth += 1
        let status = runScript(name: args[0], next: { iterator.next() }, emit: { o in
            combined.output += o.output
            combined.notes += o.notes
            if let e = o.error { errors.append(e) }
        })
        sourceDepth -= 1
        combined.quit = status.quit
        if status.stoppedAtError || status.cancelled, let first = errors.last {
            combined.error = first
        } else if !errors.isEmpty {
            combined.notes += errors.map { "error: " + $0 }
            combined.error = "\(args[0]): \(errors.count) error\(errors.count == 1 ? "" : "s")"
        } else {
            session.record(line.trimmingSpaces)
        }
        return combined
    }
}
