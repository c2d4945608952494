import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender

/// The batch verbs at the prompt: `run`, `check` and `sweep` take the command line's options
/// (`--set`, `--format`, `--output`, and `--vary` for sweep) and work on the current scenario
/// unless scenarios are named. Tables follow `.mode` (or `--format`), `.once` and `.output`.
extension Shell {
    /// Options of a batch verb as typed at the prompt.
    struct BatchArguments {
        var scenarios: [String] = []
        var settings: [ScenarioSetting] = []
        var axes: [SweepAxis] = []
        var format: OutputFormat?
        var output: String?
    }

    func parseBatch(_ args: [String], command: String, allowsVary: Bool) throws(ShellError) -> BatchArguments {
        var out = BatchArguments()
        var i = 0
        func value(_ option: String) throws(ShellError) -> String {
            if let eq = args[i].firstIndex(of: "="), args[i].hasPrefix("--") { return String(args[i][args[i].index(after: eq)...]) }
            i += 1
            guard i < args.count else { throw ShellError("\(command): \(option) needs a value; usage: \(Command(named: command)!.spec.usage)") }
            return args[i]
        }
        while i < args.count {
            let a = args[i]
            let name = a.hasPrefix("--") ? String(a.split(separator: "=", maxSplits: 1)[0]) : a
            switch name {
                case "--set": let v = try value(name); out.settings.append(try batch { () throws(BatchError) in try ScenarioSetting.parse(v) })
                case "--vary" where allowsVary: let v = try value(name); out.axes.append(try batch { () throws(BatchError) in try SweepAxis.parse(v) })
                case "--format":
                    let f = try value(name)
                    guard let format = OutputFormat(rawValue: f) else {
                        throw ShellError("\(command): unknown format '\(f)'\(Suggestions.hint(f, OutputFormat.allCases.map(\.rawValue)))")
                    }
                    out.format = format
                case "--output": out.output = try value(name)
                case "--baseline": throw ShellError("\(command): the shell keeps the baseline it started with; run `erqi \(command) --baseline FILE` outside it")
                default:
                    if a.hasPrefix("--") {
                        let known = ["--set", "--format", "--output"] + (allowsVary ? ["--vary"] : [])
                        throw ShellError("\(command): unknown option '\(a)'\(Suggestions.hint(name, known)); usage: \(Command(named: command)!.spec.usage)")
                    }
                    out.scenarios.append(a)
            }
            i += 1
        }
        return out
    }

    /// `body`'s value, its batch error as the shell's.
    func batch<T>(_ body: () throws(BatchError) -> T) throws(ShellError) -> T {
        do { return try body() } catch { throw ShellError(error.description) }
    }

    /// The named scenarios (names in the scenarios folder, files, `current`), or the current one.
    func batchRuns(_ names: [String], settings: [ScenarioSetting]) throws(ShellError) -> [ScenarioRun] {
        var named: [(String, Scenario)] = []
        if names.isEmpty { named.append(("current", session.scenario)) }
        for name in names {
            if name == "current" { named.append(("current", session.scenario)); continue }
            let path = ScenarioFiles.path(for: name, folder: session.scenariosFolder)
            guard ShellFileSystem.exists(path) else {
                throw ShellError("no scenario '\(name)' (\(path))\(Suggestions.hint(name, ScenarioFiles.names(in: session.scenariosFolder) + ["current"]))")
            }
            named.append((path, try ScenarioFiles.load(path, baseline: session.digest).scenario))
        }
        var runs: [ScenarioRun] = []
        for (file, original) in named {
            var scenario = original
            for s in settings {
                do { try s.apply(to: &scenario, baseline: session.baseline) } catch { throw ShellError("\(file): --set \(s.argument): \(error.message)") }
            }
            do {
                runs.append(ScenarioRun(file: file, scenario: scenario, result: try Engine.project(baseline: session.baseline, scenario: scenario)))
            } catch {
                throw ShellError("\(file): \(error.description)")
            }
        }
        return runs
    }

    /// `run [SCENARIO...] [--set K=V]... [--format F] [--output FILE]`.
    func runCommand(_ args: [String]) throws(ShellError) -> Reply {
        let a = try parseBatch(args, command: "run", allowsVary: false)
        let runs = try batchRuns(a.scenarios, settings: a.settings)
        let format = a.format ?? session.settings.format
        var reply = Reply()
        switch format {
        case .table, .markdown: for run in runs { reply.add(BatchReport.summary(run, baseline: session.baseline)) }
        case .csv: reply.add(BatchReport.rows(runs))
        case .json, .jsonl: reply.add(BatchReport.render(runs, as: format, baseline: session.baseline))
        }
        reply.format = a.format
        return try written(reply, to: a.output)
    }

    /// `check [SCENARIO...] [--set K=V]... [--format F] [--output FILE]`: the goals each
    /// scenario misses, as `erqi check` lists them, or (in a mode for programs) one row per
    /// missed goal.
    func checkCommand(_ args: [String]) throws(ShellError) -> Reply {
        let a = try parseBatch(args, command: "check", allowsVary: false)
        let runs = try batchRuns(a.scenarios, settings: a.settings)
        let format = a.format ?? session.settings.format
        var reply: Reply
        if format == .table {
            reply = Reply(CheckReport(runs).text)
        } else {
            var rows: [[Cell]] = []
            for run in runs {
                for g in run.result.goals where !g.met {
                    rows.append([.text(run.result.scenario), .text(run.file), .text(g.id), .number(g.value, decimals: 4),
                                 .text(g.direction.rawValue), .number(g.limit, decimals: 4), .number(g.margin, decimals: 4),
                                 .text(g.unit)])
                }
            }
            reply = Reply(Table(columns: [Column("scenario"), Column("file"), Column("goal"), Column("value", right: true),
                                          Column("op"), Column("limit", right: true), Column("margin", right: true), Column("unit")],
                                rows: rows))
            reply.format = a.format
        }
        return try written(reply, to: a.output)
    }

    /// `sweep [SCENARIO] --vary K=FROM:TO:STEP... [--set K=V]... [--format F] [--output FILE]`.
    func sweepCommand(_ args: [String]) throws(ShellError) -> Reply {
        let a = try parseBatch(args, command: "sweep", allowsVary: true)
        guard a.scenarios.count <= 1 else { throw ShellError("sweep: one scenario at a time; usage: \(Command.sweep.spec.usage)") }
        guard !a.axes.isEmpty else { throw ShellError("sweep: name what to vary with --vary KEY=FROM:TO:STEP (e.g. --vary rooftop_pv.capacity_mw=0:20:5)") }
        let run = try batchRuns(a.scenarios, settings: a.settings)[0]
        let sweep: Sweep
        do { sweep = try Sweep(scenario: run.scenario, axes: a.axes, baseline: session.baseline, file: run.file) } catch {
            throw ShellError(error.description)
        }
        let points = sweep.run()
        if let error = sweep.nonFiniteError(in: points, file: run.file) { throw ShellError(error.description) }
        var reply = Reply(sweep.table(points))
        reply.format = a.format
        return try written(reply, to: a.output)
    }

    /// With `--output FILE`, the reply written there atomically in full (no fitting) and a line
    /// saying so; else the reply.
    func written(_ reply: Reply, to path: String?) throws(ShellError) -> Reply {
        guard let path else { return reply }
        try ShellFileSystem.writeAtomically(render(reply), to: path)
        return Reply("wrote \(path)")
    }
}
