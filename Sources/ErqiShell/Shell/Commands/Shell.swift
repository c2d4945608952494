import ErqiModel
import ErqiRender

/// The command interpreter: `execute(line:)` runs one line against the session and returns
/// what to print. A failed command leaves the session as it was.
public final class Shell {
    public let session: Session
    /// Polled by long commands (`source` between lines); the executable passes
    /// `Interrupts.requested`.
    public var isCancelled: () -> Bool
    /// Nesting depth of `source`, to stop a script that sources itself.
    var sourceDepth = 0
    /// The terminal standard output goes to, asked at each command (the window may have been
    /// resized); nil for pipes and files, which get full tables. The executable sets it.
    public var terminal: (() -> TerminalSize?)?
    /// Colour MISSED, met and margins (a terminal, and no NO_COLOR); the executable sets it.
    public var colour = false
    /// The command `edit` runs on the scenario's JSON; nil: `$EDITOR`, else `$VISUAL`, else `vi`.
    public var editor: String?
    /// The terminal's width in cells now, or nil when output is not a terminal; charts use it
    /// (else the session's chart width). The executable asks the terminal.
    public var terminalWidth: () -> Int? = { nil }
    /// Shows a progress line of a long command (`montecarlo`) in place on the terminal, or
    /// clears it (nil); called from worker threads, one call at a time. The executable sets it
    /// when standard error is a terminal; nil: no progress line.
    public var progress: ((String?) -> Void)?
    /// Today's date, `YYYY-MM-DD`, printed on `report`'s page; injected so that tests are stable.
    public var today: () -> String = { "unknown date" }
    /// Scripts sourced since the outermost `source` began (every level counted).
    var sourcedScripts = 0

    /// An interpreter on `session`; `isCancelled` is polled by long commands.
    public init(session: Session, isCancelled: @escaping () -> Bool = { false }) {
        self.session = session
        self.isCancelled = isCancelled
    }

    /// Runs one line: blank lines and `#` comments do nothing; a mistyped command gets
    /// "did you mean". Output goes to `.once`/`.output` files when set.
    public func execute(line: String) -> CommandOutcome {
        if WordSplitter.isBlankOrComment(line) { return CommandOutcome() }
        let started = ShellFileSystem.monotonicNanoseconds()
        var outcome = run(line)
        if session.settings.timer {
            let ms = Double(ShellFileSystem.monotonicNanoseconds() - started) / 1e6
            outcome.notes.append("elapsed: \(NumberFormat.fixed(ms, decimals: 1, grouping: true)) ms")
        }
        return outcome
    }

    private func run(_ line: String) -> CommandOutcome {
        let words: [String]
        do { words = try WordSplitter.words(line) } catch { return CommandOutcome(error: error.message) }
        guard let name = words.first else { return CommandOutcome() }
        let args = Array(words.dropFirst())
        guard let command = Command(named: name) else {
            return CommandOutcome(error: "unknown command '\(name)'\(Suggestions.hint(name, Command.names)); `help` lists the commands")
        }
        let target = session.settings.target
        let reply: Reply
        do {
            switch try dispatch(command, name: name, args: args, line: line) {
            case .finished(let outcome): return outcome
            case .reply(let r): reply = r
            }
        } catch {
            return CommandOutcome(error: error.message)
        }
        session.record(line.trimmingSpaces)
        if command == .quit { return CommandOutcome(quit: true, quitAnyway: name.hasSuffix("!")) }
        let width = target == .standardOutput ? terminal?()?.columns : nil
        var outcome = CommandOutcome(output: render(reply, width: width), notes: reply.notes)
        // Output of the command that set the redirection itself still goes to the terminal.
        if command != .once && command != .output {
            do { outcome.output = try redirect(outcome.output, target: target) } catch {
                outcome.error = error.message
            }
        }
        return outcome
    }

    /// Renders tables in the session's mode; text as is, each block ending in a newline.
    /// With a `width` (a terminal), aligned tables fit it. Markdown blocks are separated by a
    /// blank line, so that a heading after a table renders as a heading.
    func render(_ reply: Reply, width: Int? = nil) -> String {
        var out = ""
        let format = reply.format ?? session.settings.format
        for (i, block) in reply.blocks.enumerated() {
            if i > 0 && (format == .table || format == .markdown) { out += "\n" }
            switch block {
            case .table(let t) where format == .table && width != nil:
                out += FittedTable.render(t, width: width!, colour: colour ? .ansi : .none)
            case .table(let t): out += TableRenderer.render(t, as: format)
            case .text(let s): out += s.hasSuffix("\n") || s.isEmpty || s.hasPrefix("\u{1B}[") ? s : s + "\n"
            }
        }
        return out
    }

    /// Sends `output` to the redirection file, returning what is left for standard output.
    private func redirect(_ output: String, target: OutputTarget) throws(ShellError) -> String {
        switch target {
        case .standardOutput:
            return output
        case .once(let path):
            session.settings.target = .standardOutput
            try ShellFileSystem.append(output, to: path)
            return ""
        case .file(let path):
            try ShellFileSystem.append(output, to: path)
            return ""
        }
    }

    /// What a command gave: a reply to render, record and redirect, or (for `source`, whose
    /// lines did that themselves) the finished outcome.
    private enum Step {
        case reply(Reply)
        case finished(CommandOutcome)
    }

    /// Runs `command`, typed as `name` (an alias says `save!` or `export!`), with its arguments.
    private func dispatch(_ command: Command, name: String, args: [String], line: String) throws(ShellError) -> Step {
        let spec = command.spec
        switch command {
        case .add: return .reply(try add(args, line: line))
        case .set: return .reply(try set(args, line: line))
        case .unset: return .reply(try unset(args, line: line))
        case .remove: return .reply(try remove(args, line: line))
        case .assume: return .reply(try assume(args, line: line))
        case .uncertain: return .reply(try uncertain(args, line: line))
        case .certain: return .reply(try certain(args, line: line))
        case .option: return .reply(try option(args, line: line))
        case .actual: return .reply(try actual(args, line: line))
        case .title, .describe: return .reply(try describe(command.name, args, line: line))
        case .edit: return .reply(try editCommand(args, line: line))
        case .goals: try noArguments(args, spec); return .reply(Reply(ResultViews.goals(try result(), honesty: honesty)))
        case .result: try noArguments(args, spec); return .reply(Reply(ResultViews.summary(try result(), honesty: honesty)))
        case .townships: try noArguments(args, spec); return .reply(Reply(ResultViews.townships(try result())))
        case .chart: return .reply(try chart(args, spec))
        case .report: return .reply(try report(args, force: name == "report!"))
        case .charset: return .reply(try charsetSetting(args))
        case .departments: try noArguments(args, spec); return .reply(Reply(ResultViews.departments(try result())))
        case .measures: try noArguments(args, spec); return .reply(Reply(ResultViews.measures(try result())))
        case .levers: try noArguments(args, spec); return .reply(Reply(LeverTables.levers(baseline: session.baseline)))
        case .show: return .reply(try show(args, spec))
        case .explain: return .reply(try explain(args, spec))
        case .solve: return .reply(try solve(args, line: line))
        case .montecarlo: return .reply(try monteCarlo(args))
        case .sensitivity: return .reply(try sensitivity(args))
        case .tasks: try noArguments(args, spec); return .reply(try tasks())
        case .sources: return .reply(try sources(args))
        case .diff: try noArguments(args, spec); return .reply(diff())
        case .compare: return .reply(try compare(args))
        case .baseline: return .reply(try baselineCommand(args))
        case .barometer: return .reply(try barometer(args))
        case .run: return .reply(try runCommand(args))
        case .check: return .reply(try checkCommand(args))
        case .sweep: return .reply(try sweepCommand(args))
        case .undo: try noArguments(args, spec); return .reply(try undo())
        case .redo: try noArguments(args, spec); return .reply(try redo())
        case .reset: try noArguments(args, spec); return .reply(try reset(line: line))
        case .history: try noArguments(args, spec); return .reply(historyReply())
        case .save: return .reply(try save(args, force: name == "save!"))
        case .load: return .reply(try load(args, line: line))
        case .export: return .reply(try export(args, force: name == "export!"))
        case .scenarios: try noArguments(args, spec); return .reply(scenarios())
        case .source: return .finished(sourceCommand(args, line: line))
        case .mode: return .reply(try modeSetting(args))
        case .once: return .reply(try onceSetting(args))
        case .output: return .reply(try outputSetting(args))
        case .timer: return .reply(try timerSetting(args))
        case .bail: return .reply(try bailSetting(args))
        case .pager: return .reply(try pagerSetting(args))
        case .folder: return .reply(try folderSetting(args))
        case .clear:
            try noArguments(args, spec)
            return .reply(Reply(terminal?() != nil && session.settings.target == .standardOutput ? StandardStreams.clearScreen : ""))
        case .help: return .reply(try help(args))
        case .quit: return .reply(Reply())
        }
    }

    /// The current result, or the model's problems as an error.
    func result() throws(ShellError) -> ScenarioResult {
        do { return try session.result() } catch { throw ShellError(error.description) }
    }

    var honesty: String {
        Honesty.note(for: session.baseline, assumptions: session.scenario.assumptions.count)
    }

    func noArguments(_ args: [String], _ spec: CommandSpec) throws(ShellError) {
        if !args.isEmpty { throw ShellError("\(spec.name) takes no arguments; usage: \(spec.usage)") }
    }

    func arguments(_ args: [String], _ spec: CommandSpec, count: ClosedRange<Int>) throws(ShellError) {
        if !count.contains(args.count) { throw ShellError("usage: \(spec.usage)") }
    }
}
