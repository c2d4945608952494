import ErqiFiles
import ErqiModel
public import ErqiRender

/// `erqi run FILE|DIR|GLOB... [--format F] [--set KEY=VALUE]... [--output FILE] [--baseline FILE]`.
public struct RunJob: Sendable {
    public var arguments: [String]
    public var format: OutputFormat
    /// `--set` arguments as typed (`KEY=VALUE`), applied to every scenario in order.
    public var settings: [String]
    /// `--output`: written atomically instead of standard output.
    public var outputPath: String?
    public var baselinePath: String?

    public init(arguments: [String], format: OutputFormat = .table, settings: [String] = [],
                outputPath: String? = nil, baselinePath: String? = nil) {
        self.arguments = arguments; self.format = format; self.settings = settings
        self.outputPath = outputPath; self.baselinePath = baselinePath
    }

    /// Runs every scenario; on any problem reports all of them and writes nothing.
    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("run: name at least one scenario file, folder or pattern") }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let files = try ScenarioPaths.expand(arguments)
            let runs = try BatchRunner.runAll(files: files, baseline: baseline, settings: settings)
            let text = BatchReport.render(runs, as: format, baseline: baseline.baseline)
            let warnings = runs.flatMap(\.warnings)
            if let outputPath {
                do {
                    try AtomicFile.write(text, to: outputPath, overwrite: true)
                } catch {
                    throw BatchError(error)
                }
                return BatchOutcome(output: "", messages: warnings)
            }
            return BatchOutcome(output: text, messages: warnings)
        } catch {
            return .failure(error)
        }
    }
}
