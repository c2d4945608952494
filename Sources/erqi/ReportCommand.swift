import ArgumentParser
import ErqiFiles
import ErqiModel
import ErqiReport
import ErqiShell
import Foundation

/// `erqi report FILE... [-o briefing.html] [--force] [--baseline FILE]`.
struct ReportCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a one-file HTML briefing for one or several scenarios side by side.",
        discussion: """
            The page holds a verdict card per scenario (each goal met or missed, with its margin, \
            and the tce still to save), intensity against the target, the wedge, township and \
            water charts, the measures with their plan task and lead unit, the inputs that differ, \
            and which figures are estimates. Inline CSS and SVG only: no script, nothing fetched. \
            It is written atomically and never over an existing file unless --force is given. The \
            date printed is today's (UTC), or that of SOURCE_DATE_EPOCH when it is set.
            """)

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var outputPath = "briefing.html"

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        do throws(BatchError) {
            let loaded = try LoadedBaseline.load(path: baseline.path)
            let runs = try BatchRunner.runAll(files: files, baseline: loaded)
            let tasks: [PlanTask]
            do { tasks = try PlanTaskCodec.decode(EmbeddedPlanTasks.json, file: "<embedded plan tasks>") } catch { throw BatchError(error) }
            let input = ReportAssembly.input(runs: runs, baseline: loaded, planTasks: tasks, date: try ReportDate.today())
            do {
                try AtomicFile.write(HTMLReport.render(input), to: outputPath, overwrite: force)
            } catch {
                var e = BatchError(error)
                if !force { e.lines.append("(add --force to replace it)") }
                throw e
            }
            let verdicts = runs.map { r in
                let missed = r.result.goals.filter { !$0.met }.count
                return "\(r.result.scenario): \(missed == 0 ? "every goal met" : "\(missed) of \(r.result.goals.count) goals missed")"
            }
            return BatchOutcome(output: "wrote \(outputPath) (\(verdicts.joined(separator: "; ")))\n",
                                messages: runs.flatMap(\.warnings))
        } catch {
            return .failure(error)
        }
    }
}

/// The report's input from evaluated runs: names made unique, differing inputs as text.
enum ReportAssembly {
    static func input(runs: [ScenarioRun], baseline: LoadedBaseline, planTasks: [PlanTask], date: String) -> ReportInput {
        var seen: [String: Int] = [:]
        let scenarios = runs.map { run in
            var name = run.result.scenario
            seen[name, default: 0] += 1
            if seen[name]! > 1 { name += " (\(seen[name]!))" }
            return ReportScenario(name: name, file: run.file, result: run.result,
                                  assumptionCount: run.scenario.assumptions.count)
        }
        let differences = runs.count < 2 ? [] : InputDifferences.find(runs.map(\.scenario), baseline: baseline.baseline, includeNotes: false)
            .map { ReportInputRow(path: $0.path, values: $0.values.map(\.text)) }
        return ReportInput(scenarios: scenarios, differences: differences, baseline: baseline.baseline, planTasks: planTasks,
                           provenance: ReportProvenance(baselineSHA256: baseline.sha256, baselineSource: baseline.source,
                                                        erqiVersion: ReportVersion.current, date: date))
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, or that of `SOURCE_DATE_EPOCH` when set.
enum ReportDate {
    static func today() throws(BatchError) -> String {
        var seconds = Date().timeIntervalSince1970
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let v = Int64(epoch), v >= 0 else {
                throw BatchError("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 (e.g. 1420070400), got '\(epoch)'")
            }
            seconds = Double(v)
        }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date(timeIntervalSince1970: seconds))
    }
}
