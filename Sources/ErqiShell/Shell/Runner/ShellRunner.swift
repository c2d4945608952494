/// The read-eval-print loop around a `Shell`: interactive (prompt `erqi> `, Ctrl-C discards
/// the line, Ctrl-D, `quit` and `exit` ask once when there are unsaved changes, `quit!` does not) or a script (no prompt, the
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
    /// What `quit`, `exit` and Ctrl-D say once when the scenario has unsaved changes.
    public static let unsavedWarning = "unsaved changes: save with `save NAME`, or quit again (or `quit!`, or Ctrl-D) to leave without saving"

    public let shell: Shell
    public let mode: Mode
    /// Shows output taller than the terminal (interactive only, with `.pager on`); returns
    /// false when it could not, and the text is written directly. The executable sets it.
    public var pager: ((String) -> Bool)?
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
            case .line(let first):
                guard let line = readContinued(first) else { continue }
                if !WordSplitter.isBlankOrComment(line) { source.addHistory(line) }
                let outcome = executeCommands(line)
                if outcome.quit {
                    // `quit` and `exit` share Ctrl-D's guard; `quit!` leaves anyway.
                    if outcome.quitAnyway || !shell.session.isDirty || warnedUnsaved { return 0 }
                    warnedUnsaved = true
                    sink.writeError(Self.unsavedWarning + "\n")
                    continue
                }
                if !outcome.failed && !WordSplitter.isBlankOrComment(line) { warnedUnsaved = false }
            }
        }
    }

    /// `first` and the lines that continue it (each ending in `\` outside quotes), joined;
    /// nil when Ctrl-C or Ctrl-D came before the last one.
    private func readContinued(_ first: String) -> String? {
        var line = first
        while let head = LineContinuation.continued(line) {
            guard case .line(let more) = source.readLine(prompt: LineContinuation.prompt) else { return nil }
            line = head + more
        }
        return line
    }

    /// Runs the `;`-separated commands of a prompt line (split as `-c` splits them), emitting
    /// each outcome; the first that fails or quits ends the line, and a note counts the
    /// commands not run.
    private func executeCommands(_ line: String) -> CommandOutcome {
        let commands = line.contains(";") && !WordSplitter.isBlankOrComment(line) ? CommandSplitter.split(line) : [line]
        var last = CommandOutcome()
        for (i, command) in commands.enumerated() {
            last = shell.execute(line: command)
            emit(last)
            let rest = commands.count - i - 1
            if last.failed && rest > 0 {
                sink.writeError("(\(rest) later command\(rest == 1 ? "" : "s") on the line not run)\n")
            }
            if last.failed || last.quit { break }
        }
        return last
    }

    /// In scripts the error is written as is: `NAME:LINE: message`.
    private func emitLocated(_ outcome: CommandOutcome) {
        if !outcome.output.isEmpty { sink.writeOutput(outcome.output) }
        var lines = outcome.notes
        if let error = outcome.error { lines.append(error) }
        if !lines.isEmpty { sink.writeError(lines.joined(separator: "\n") + "\n") }
    }

    private func emit(_ outcome: CommandOutcome) {
        if !outcome.output.isEmpty {
            let rows = shell.terminal?()?.rows
            let paged = shell.session.settings.pager && rows.map { Pager.isTaller(outcome.output, than: $0) } == true
                && pager?(outcome.output) == true
            if !paged { sink.writeOutput(outcome.output) }
        }
        let err = outcome.errorText
        if !err.isEmpty { sink.writeError(err) }
    }
}
