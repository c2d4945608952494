public import ErqiFiles
public import ErqiModel
public import ErqiReport

/// `erqi report FILE... [-o FILE] [--force]`: one HTML briefing for the scenarios side by side.
public struct ReportJob: Sendable {
    /// Scenario files, folders or patterns.
    public var arguments: [String]
    public var outputPath: String
    /// Replace an existing output file.
    public var force: Bool
    public var baselinePath: String?
    /// The date printed on the page (`YYYY-MM-DD`), injected by the caller.
    public var date: String

    public init(arguments: [String], outputPath: String, force: Bool = false, baselinePath: String? = nil, date: String) {
        self.arguments = arguments; self.outputPath = outputPath; self.force = force
        self.baselinePath = baselinePath; self.date = date
    }

    /// Runs every scenario, renders the page and writes it atomically; on any problem writes nothing.
    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("report: name at least one scenario file, folder or pattern") }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let files = try ScenarioPaths.expand(arguments)
            let runs = try BatchRunner.runAll(files: files, baseline: baseline)
            let input = try ReportAssembly.input(
                scenarios: runs.map { ($0.file, $0.scenario, $0.result) }, baseline: baseline, date: date)
            try ReportAssembly.write(HTMLReport.render(input), to: outputPath, force: force)
            return BatchOutcome(output: "wrote \(outputPath): \(ReportAssembly.summary(input))\n",
                                messages: runs.flatMap(\.warnings))
        } catch {
            return .failure(error)
        }
    }
}

/// Builds the report's input from evaluated scenarios, for `erqi report` and the shell's `report`.
public enum ReportAssembly {
    /// Names made unique, the differing inputs as text, the plan's tasks and the baseline's identity.
    public static func input(scenarios: [(file: String, scenario: Scenario, result: ScenarioResult)],
                             baseline: LoadedBaseline, date: String) throws(BatchError) -> ReportInput {
        let names = Comparison.uniqueNames(scenarios.map(\.result.scenario))
        let shown = zip(names, scenarios).map { name, s in
            ReportScenario(name: name, file: s.file, result: s.result, assumptionCount: s.scenario.assumptions.count,
                           barometer: (try? Barometer.Bands.from(baseline.baseline, assumptions: s.scenario.assumptions).get())
                               .map { Barometer(result: s.result, bands: $0) })
        }
        let differences = scenarios.count < 2 ? [] :
            InputDifferences.find(scenarios.map(\.scenario), baseline: baseline.baseline, includeNotes: false)
                .map { ReportInputRow(path: $0.path, values: $0.values.map(\.text)) }
        let tasks: [PlanTask]
        do { tasks = try PlanTaskCodec.decode(EmbeddedPlanTasks.json, file: "<embedded plan tasks>") } catch { throw BatchError(error) }
        return ReportInput(scenarios: shown, differences: differences, baseline: baseline.baseline, planTasks: tasks,
                           provenance: ReportProvenance(baselineSHA256: baseline.sha256, baselineSource: baseline.source,
                                                        erqiVersion: ErqiVersion.current, date: date))
    }

    /// Writes atomically; without `force` an existing file is refused (bad input), naming the
    /// way round it. Any other failure is the output's (status 1).
    public static func write(_ html: String, to path: String, force: Bool) throws(BatchError) {
        do {
            try AtomicFile.write(html, to: path, overwrite: force)
        } catch {
            guard !force, error.errors.contains(where: { $0.message.hasPrefix("already exists") }) else {
                throw BatchError.output(error)
            }
            var e = BatchError(error)
            e.lines.append("(add --force to replace it)")
            throw e
        }
    }

    /// One line per report: each scenario's verdict.
    public static func summary(_ input: ReportInput) -> String {
        input.scenarios.map { s in
            let missed = s.result.goals.filter { !$0.met }.count
            return "\(s.name) \(missed == 0 ? "every goal met" : "\(missed) of \(s.result.goals.count) goals missed")"
        }.joined(separator: "; ")
    }
}
