public import ErqiFiles
public import ErqiModel

/// One scenario file evaluated.
public struct ScenarioRun: Sendable {
    /// The file as named on the command line.
    public var file: String
    /// The scenario with its `extends` chain merged and the batch's settings applied.
    public var scenario: Scenario
    public var result: ScenarioResult
    /// Warnings for standard error (a baseline pin that does not match).
    public var warnings: [String]
}

/// Loads and evaluates many scenario files on every core, keeping their order.
public enum BatchRunner {
    /// Each file loaded (with `extends`), `settings` applied in order, and projected on `baseline`.
    public static func run(files: [String], baseline: LoadedBaseline,
                           settings: [ScenarioSetting] = []) -> [Result<ScenarioRun, BatchError>] {
        let parents = ParentCache()
        return Parallel.map(count: files.count) { i in
            let file = files[i]
            do throws(BatchError) {
                return .success(try run(file: file, baseline: baseline, settings: settings, parents: parents))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The runs, or every problem of every file that failed.
    public static func runAll(files: [String], baseline: LoadedBaseline,
                              settings: [ScenarioSetting] = []) throws(BatchError) -> [ScenarioRun] {
        let outcomes = run(files: files, baseline: baseline, settings: settings)
        var runs: [ScenarioRun] = []
        var errors: [BatchError] = []
        runs.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let r): runs.append(r)
            case .failure(let e): errors.append(e)
            }
        }
        if !errors.isEmpty { throw BatchError.combined(errors) }
        return runs
    }

    /// One file; `parents` shares merged parents between the files of a batch.
    public static func run(file: String, baseline: LoadedBaseline, settings: [ScenarioSetting],
                           parents: ParentCache? = nil) throws(BatchError) -> ScenarioRun {
        var scenario: Scenario
        do {
            scenario = try load(file: file, parents: parents)
        } catch {
            // Report every problem of the file at once: its shape, merge and model checks.
            let all = ScenarioLoader.diagnose(path: file, baseline: baseline.baseline)
            throw all.isEmpty ? error : BatchError(FileErrors(all))
        }
        try apply(settings, to: &scenario, file: file, baseline: baseline.baseline)
        let result = try project(scenario, file: file, baseline: baseline.baseline)
        return ScenarioRun(file: file, scenario: scenario, result: result,
                           warnings: baseline.pinWarning(for: scenario, file: file).map { [$0] } ?? [])
    }

    /// The scenario file with its `extends` chain merged.
    public static func load(file: String, parents: ParentCache? = nil) throws(BatchError) -> Scenario {
        do {
            if let parents { return try parents.load(path: file) }
            return try ScenarioLoader.load(path: file)
        } catch {
            throw BatchError(error)
        }
    }

    /// Applies `--set` settings in order; errors name the file and the argument.
    public static func apply(_ settings: [ScenarioSetting], to scenario: inout Scenario, file: String,
                             baseline: Baseline) throws(BatchError) {
        for setting in settings {
            do {
                try setting.apply(to: &scenario, baseline: baseline)
            } catch {
                throw BatchError(error, file: file, argument: "--set \(setting.argument)")
            }
        }
    }

    /// Compiles, evaluates and reports; model problems are prefixed with the file.
    public static func project(_ scenario: Scenario, file: String, baseline: Baseline) throws(BatchError) -> ScenarioResult {
        do {
            return try Engine.project(baseline: baseline, scenario: scenario)
        } catch {
            throw BatchError(error, file: file)
        }
    }
}
