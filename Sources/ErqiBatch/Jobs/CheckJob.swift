import ErqiFiles
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

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("check: name at least one scenario file, folder or pattern") }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let runs = try BatchRunner.runAll(files: try ScenarioPaths.expand(arguments), baseline: baseline,
                                              settings: settings)
            let report = CheckReport(runs)
            return BatchOutcome(output: report.text, messages: runs.flatMap(\.warnings),
                                  status: report.allMet ? .success : .goalMissed)
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
        var lines: [String] = []
        for e in entries {
            if e.missed.isEmpty {
                lines.append("\(e.file) (\(e.scenario)): all \(e.goalCount) goals met")
                continue
            }
            lines.append("\(e.file) (\(e.scenario)): \(e.missed.count) of \(e.goalCount) goals missed")
            for g in e.missed {
                lines.append("  \(g.id): \(GoalText.value(g, g.value)) \(g.direction.rawValue) \(GoalText.value(g, g.limit)) "
                             + "missed by \(GoalText.margin(g, abs(g.margin)))")
            }
        }
        let missing = entries.filter { !$0.missed.isEmpty }.count
        lines.append(missing == 0 ? "every goal met in \(entries.count) scenario\(entries.count == 1 ? "" : "s")"
                     : "goals missed in \(missing) of \(entries.count) scenario\(entries.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func == (a: CheckReport, b: CheckReport) -> Bool { a.text == b.text }
}
