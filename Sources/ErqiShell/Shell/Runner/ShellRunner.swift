/// The read-eval-print loop around a `Shell`: interactive (prompt `erqi> `, Ctrl-C discards
/// the line, Ctrl-D asks once when there are unsaved changes) or a script (no prompt, the
/// first error stops with `NAME:LINE: message` and exit status 2 unless `.bail off`).
public final class ShellRunner {
    /// How the loop reads.
    public enum Mode: Equatable, Sendable {
        /// A terminal: prompt, errors reported and the loop goes on.
        case interactive
        /// Lines from a pipe, a file (`-f`) or `-c`: `name` is `<stdin>`, the file, or `-c`.
        case script(name: String)
    }

    public static let prompt = "erqi> "
    public static let unsavedWarning = "unsaved changes: save with `save NAME`, or press Ctrl-D again to quit"

    public let shell: Shell
    public let mode: Mode
    private let source: any LineSource
    private let sink: any OutputSink

    public init(shell: Shell, source: any LineSource, sink: any OutputSink, mode: Mode) {
        self.shell = shell; self.source = source; self.sink = sink; self.mode = mode
    }

    /// Reads and runs lines until `quit` or the end of input; returns the exit status
    /// (0 ok, 2 an error in a script, 130 a script interrupted).
    public func run() -> Int32 {
        switch mode {
        case .interactive: return runInteractive()
        case .script(let name): return runScript(name: name)
        }
    }

    /// Runs `commands` as a script named `name` (the executable's `-c`, already split on `;`).
    public func run(commands: [String], name: String = "-c") -> Int32 {
        var iterator = commands.makeIterator()
        return finish(shell.runScript(name: name, next: { iterator.next() }, emit: emitLocated))
    }

    /// Runs the file at `path` as a script (the executable's `-f`); a missing file is status 2.
    public func run(file path: String) -> Int32 {
        let text: String
        do { text = try ShellFileSystem.readText(path) } catch {
            sink.writeError("erqi: \(error.message)\n")
            return 2
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return run(commands: lines, name: path)
    }

    private func runScript(name: String) -> Int32 {
        var interrupted = false
        let status = shell.runScript(name: name, next: {
            switch source.readLine(prompt: "") {
            case .line(let l): return l
            case .endOfInput: return nil
            case .interrupted: interrupted = true; return nil
            }
        }, emit: emitLocated)
        return interrupted ? 130 : finish(status)
    }

    private func finish(_ status: ScriptStatus) -> Int32 { status.exitStatus }

    private func runInteractive() -> Int32 {
        var warnedUnsaved = false
        while true {
            switch source.readLine(prompt: Self.prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                if shell.session.isDirty && !warnedUnsaved {
                    warnedUnsaved = true
                    sink.writeError(Self.unsavedWarning + "\n")
                    continue
                }
                return 0
            case .line(let line):
                if !WordSplitter.isBlankOrComment(line) { source.addHistory(line) }
                let outcome = shell.execute(line: line)
                emit(outcome)
                if outcome.quit { return 0 }
                if !outcome.failed && !WordSplitter.isBlankOrComment(line) { warnedUnsaved = false }
            }
        }
    }

    /// In scripts the error is written as is: `NAME:LINE: message`.
    private func emitLocated(_ outcome: CommandOutcome) {
        if !outcome.output.isEmpty { sink.writeOutput(outcome.output) }
        var lines = outcome.notes
        if let error = outcome.error { lines.append(error) }
        if !lines.isEmpty { sink.writeError(lines.joined(separator: "\n") + "\n") }
    }

    private func emit(_ outcome: CommandOutcome) {
        if !outcome.output.isEmpty { sink.writeOutput(outcome.output) }
        let err = outcome.errorText
        if !err.isEmpty { sink.writeError(err) }
    }
}
