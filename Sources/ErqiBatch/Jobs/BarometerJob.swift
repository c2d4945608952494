import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi barometer FILE...`: every goal and township of each scenario graded green, yellow or
/// red against the baseline's bands (docs/MODEL.md §10).
public struct BarometerJob: Sendable {
    public var arguments: [String]
    public var settings: [String]
    public var format: OutputFormat
    public var baselinePath: String?
    /// ANSI colours on the grade words (a terminal, table format only).
    public var colour: Bool
    /// Monte Carlo draws for each goal's P(met); 0 skips it (as does a scenario without
    /// uncertain inputs).
    public var draws: Int
    /// The Monte Carlo seed: the same seed and draws give the same P(met).
    public var seed: UInt64
    /// Concurrent Monte Carlo workers; the figures do not depend on it.
    public var workers: Int

    public init(arguments: [String], settings: [String] = [], format: OutputFormat = .table, baselinePath: String? = nil,
                colour: Bool = false, draws: Int = BarometerChances.defaultDraws, seed: UInt64 = 1,
                workers: Int = Parallel.cores) {
        self.arguments = arguments; self.settings = settings; self.format = format; self.baselinePath = baselinePath
        self.colour = colour; self.draws = draws; self.seed = seed; self.workers = workers
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("barometer: name at least one scenario file, folder or pattern") }
            guard draws >= 0 else { throw BatchError("--draws \(draws): expected 0 (no P(met)) or more draws") }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let runs = try BatchRunner.runAll(files: try ScenarioPaths.expand(arguments), baseline: baseline, settings: settings)
            var barometers: [Barometer] = []
            var errors: [BatchError] = []
            for run in runs {
                switch Barometer.Bands.from(baseline.baseline, assumptions: run.scenario.assumptions) {
                case .success(let bands):
                    barometers.append(Barometer(result: run.result, bands: bands, throughMonth: run.scenario.actuals?.throughMonth))
                case .failure(let e): errors.append(BatchError("\(run.file): \(e.description)"))
                }
            }
            if !errors.isEmpty { throw BatchError.combined(errors) }
            for (i, run) in runs.enumerated() {
                try BarometerChances.attach(to: &barometers[i], baseline: baseline.baseline, scenario: run.scenario, draws: draws,
                                            seed: seed, workers: workers, file: run.file)
            }
            return BatchOutcome(output: Self.render(barometers, as: format, colour: colour), messages: runs.flatMap(\.warnings))
        } catch {
            return .failure(error)
        }
    }

    /// One table per scenario for people; CSV one table with a scenario column; JSON one
    /// `erqi-barometer` object per scenario (an array when there are several).
    public static func render(_ barometers: [Barometer], as format: OutputFormat, colour: Bool = false) -> String {
        switch format {
        case .table, .markdown:
            let text = barometers.map { TableRenderer.render(BarometerViews.table($0), as: format) }.joined(separator: "\n")
            return colour && format == .table ? BarometerViews.coloured(text) : text
        case .csv:
            guard let first = barometers.first else { return "" }
            var all = BarometerViews.table(first, withScenarioColumn: true)
            all.rows = barometers.flatMap { BarometerViews.table($0, withScenarioColumn: true).rows }
            return TableRenderer.render(all, as: .csv)
        case .json:
            let docs = barometers.map(BarometerViews.json)
            return JSONWriter.canonical(docs.count == 1 ? docs[0] : .array(docs))
        case .jsonl:
            return barometers.map { JSONWriter.compact(BarometerViews.json($0)) + "\n" }.joined()
        }
    }
}
