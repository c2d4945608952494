import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi compare A B [C…] [--set KEY=VALUE]… [--format F]`.
public struct CompareJob: Sendable {
    public var files: [String]
    public var settings: [String]
    public var format: OutputFormat
    public var baselinePath: String?

    public init(files: [String], settings: [String] = [], format: OutputFormat = .table, baselinePath: String? = nil) {
        self.files = files; self.settings = settings; self.format = format; self.baselinePath = baselinePath
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard files.count >= 2 else { throw BatchError("compare: name at least two scenario files (got \(files.count))") }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let runs = try BatchRunner.runAll(files: files, baseline: baseline, settings: settings)
            let comparison = Comparison(runs: runs, baseline: baseline.baseline)
            let tables = comparison.tables()
            let output = TableSet.render(zip(["inputs", "outputs", "goals"], tables).map { ($0, $1) }, as: format)
            return BatchOutcome(output: output, messages: runs.flatMap(\.warnings))
        } catch {
            return .failure(error)
        }
    }
}

extension Comparison {
    /// A comparison of runs already evaluated, named by their scenario names.
    public init(runs: [ScenarioRun], baseline: Baseline) {
        let scenarios = runs.map(\.scenario)
        self.init(names: Comparison.uniqueNames(runs.map(\.result.scenario)), scenarios: scenarios,
                  results: runs.map(\.result),
                  inputs: InputDifferences.find(scenarios, baseline: baseline, includeNotes: false))
    }
}
