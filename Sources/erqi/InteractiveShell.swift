import ErqiFiles
import ErqiLineEditor
import ErqiModel
import ErqiShell
import Foundation

/// Wires the shell: `ShellStartup` (the init file, then `-c` / `-f`), then (unless those ended
/// it) the interactive loop on libedit in a terminal, or plain lines from a pipe. Returns the exit status.
func runInteractiveShell(options: ShellOptions) -> Int32 {
    TerminalLocale.configure()
    Interrupts.install()
    let sink = StandardStreams(onFailure: { failure, stream in Terminal.fail(failure, stream: stream) })
    let environment = ProcessInfo.processInfo.environment

    let loaded: LoadedBaseline
    do { loaded = try LoadedBaseline.load(path: options.baselinePath) } catch {
        sink.writeError(error.errors.map { $0.description + "\n" }.joined())
        return 2
    }
    let baseline = loaded.baseline
    let session = Session(baseline: baseline, scenariosFolder: "scenarios", planTasks: { try PlanTaskCodec.embedded() },
                          digest: loaded)
    session.settings.chartStyle = ChartEnvironment.style(environment)
    let shell = Shell(session: session, isCancelled: { Interrupts.requested })
    shell.terminalWidth = ChartEnvironment.width
    shell.today = { (try? ReportDate.today().get()) ?? "unknown date" }
    let quiet = ShellRunner(shell: shell, source: LinesSource([]), sink: sink, mode: .script(name: "-c"))

    let startup = ShellStartup(initFile: ShellStartup.initFile(environment: environment, noInit: options.noInit),
                               commands: options.commands, scriptFile: options.scriptFile,
                               stayInteractive: options.stayInteractive)
    if let status = startup.run(quiet, sink: sink) { return status }

    guard ErqiLineEditor.Terminal.isInteractive else {
        // A pipe: no prompt, no colour, no line editing; the first error stops the script.
        ErqiLineEditor.Terminal.useLineBufferedOutput()
        let runner = ShellRunner(shell: shell, source: PlainInput(), sink: sink, mode: .script(name: "<stdin>"))
        return runner.run()
    }

    let size = HistorySize.entries(environment)
    if let warning = size.warning { sink.writeError("erqi: \(warning)\n") }
    let editor = LineEditor(programName: "erqi", historyPath: HistoryLocation.path(environment), historyLimit: size.entries)
    let completer = Completer(session: session)
    editor.completer = { before, word in completer.candidates(before: before, word: word) }
    if let warning = editor.historyWarning { sink.writeError("erqi: \(warning)\n") }
    if !startup.isScripted {
        sink.writeOutput(Banner.text(baseline: baseline))
    }
    shell.terminal = { ErqiLineEditor.Terminal.size().map { TerminalSize(columns: $0.columns, rows: $0.rows) } }
    if isatty(2) == 1 {
        // Drawn over itself on standard error; cleared before the command's output.
        shell.progress = { text in
            FileHandle.standardError.write(Data((text.map { "\r" + $0 + "\u{1B}[K" } ?? "\r\u{1B}[K").utf8))
        }
    }
    shell.colour = environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    let pagerCommand = Pager.command(environment)
    let runner = ShellRunner(shell: shell, source: EditorInput(editor, sink: sink), sink: sink, mode: .interactive)
    runner.pager = { Pager.show($0, command: pagerCommand) }
    return runner.run()
}

/// libedit as the shell's line source.
final class EditorInput: LineSource {
    let editor: LineEditor
    let sink: any OutputSink
    init(_ editor: LineEditor, sink: any OutputSink) { self.editor = editor; self.sink = sink }

    func readLine(prompt: String) -> ShellInput {
        switch editor.readLine(prompt: prompt) {
        case .line(let text): return .line(text)
        case .interrupted: return .interrupted
        case .endOfInput: return .endOfInput
        }
    }

    /// Adds the line to history; a failure to save it is said at once (once per kind).
    func addHistory(_ line: String) {
        editor.addHistory(line)
        for warning in editor.takeHistoryWarnings() { sink.writeError("erqi: \(warning)\n") }
    }
}

/// Plain lines from standard input, for pipes and redirected files.
final class PlainInput: LineSource {
    func readLine(prompt: String) -> ShellInput {
        if Interrupts.requested { return .interrupted }
        guard let line = Swift.readLine(strippingNewline: true) else {
            return Interrupts.requested ? .interrupted : .endOfInput
        }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
