public import ErqiFiles
public import ErqiModel
import ErqiRender

/// `erqi check FILE...`: exit 0 when every goal is met in every scenario, 3 when any is
/// missed (listed per scenario on standard output), 2 on a bad file.
public struct CheckJob: Sendable {
    public var arguments: [String]
    public var settings: [String]
    public var baselinePath: String?

    public init(arguments: [String], settings: [String] = [], baselinePath: String? = nil) {
        self.arguments = arguments; self.settings = settings; self.baselinePath = baselinePath
    }

    /// Checks every scenario into memory; on a bad file reports every problem and outputs nothing.
    public func execute() -> BatchOutcome {
        let sink = MemorySink()
        var warnings: [String] = []
        let outcome = stream(to: sink) { warnings.append($0) }
        guard outcome.status != .badInput else {
            return BatchOutcome(output: "", messages: warnings + outcome.messages, status: outcome.status)
        }
        return BatchOutcome(output: sink.text, messages: warnings, status: outcome.status)
    }

    /// Checks every scenario window by window (as `RunJob.stream`), writing each scenario's
    /// lines to `sink` as its window is done and the count line at the end.
    public func stream(to sink: any ByteSink, warn: (String) -> Void) -> BatchOutcome {
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("check: name at least one scenario file, folder or pattern") }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let files = try ScenarioPaths.expand(arguments)
            var scenarios = 0, missing = 0
            let errors = try BatchStream.run(
                files: files, baseline: baseline, settings: settings,
                render: { run, _ in (lines: Array(CheckReport.lines(run).utf8), met: run.result.allGoalsMet) },
                warn: warn,
                accept: { (piece: (lines: [UInt8], met: Bool)) throws(BatchError) in
                    scenarios += 1
                    if !piece.met { missing += 1 }
                    do throws(FileErrors) { try sink.write(piece.lines) } catch { throw BatchError(error) }
                })
            if !errors.isEmpty {
                try? sink.flush()
                throw BatchError.combined(errors)
            }
            do throws(FileErrors) {
                try sink.write(Array(CheckReport.countLine(scenarios: scenarios, missing: missing).utf8))
                try sink.flush()
            } catch {
                throw BatchError(error)
            }
            return BatchOutcome(status: missing == 0 ? .success : .goalMissed)
        } catch {
            return .failure(error)
        }
    }
}

/// Which goals each scenario misses.
public struct CheckReport: Equatable, Sendable {
    /// Per scenario: its file, name, and the goals it misses (empty: all met).
    public var entries: [(file: String, scenario: String, goalCount: Int, missed: [GoalResult])]

    public init(_ runs: [ScenarioRun]) {
        entries = runs.map { ($0.file, $0.result.scenario, $0.result.goals.count, $0.result.goals.filter { !$0.met }) }
    }

    /// True when no scenario misses a goal.
    public var allMet: Bool { entries.allSatisfy(\.missed.isEmpty) }

    /// One line per scenario, then each missed goal indented with its value, limit and shortfall.
    public var text: String {
        var out = ""
        for e in entries { out += Self.lines(file: e.file, scenario: e.scenario, goalCount: e.goalCount, missed: e.missed) }
        return out + Self.countLine(scenarios: entries.count, missing: entries.filter { !$0.missed.isEmpty }.count)
    }

    /// The lines of one run.
    public static func lines(_ run: ScenarioRun) -> String {
        lines(file: run.file, scenario: run.result.scenario, goalCount: run.result.goals.count,
              missed: run.result.goals.filter { !$0.met })
    }

    static func lines(file: String, scenario: String, goalCount: Int, missed: [GoalResult]) -> String {
        if missed.isEmpty { return "\(file) (\(scenario)): all \(goalCount) goals met\n" }
        var out = "\(file) (\(scenario)): \(missed.count) of \(goalCount) goals missed\n"
        for g in missed {
            out += "  \(g.id): \(GoalText.value(g, g.value)) \(g.direction.rawValue) \(GoalText.value(g, g.limit)) "
                + "missed by \(GoalText.margin(g, abs(g.margin)))\n"
        }
        return out
    }

    /// The last line: every goal met, or in how many scenarios some are missed.
    static func countLine(scenarios: Int, missing: Int) -> String {
        (missing == 0 ? "every goal met in \(scenarios) scenario\(scenarios == 1 ? "" : "s")"
            : "goals missed in \(missing) of \(scenarios) scenario\(scenarios == 1 ? "" : "s")") + "\n"
    }

    public static func == (a: CheckReport, b: CheckReport) -> Bool { a.text == b.text }
}
