public import ErqiFiles
import ErqiModel
public import ErqiRender

/// `erqi sweep SCENARIO --vary KEY=FROM:TO:STEP [--vary …] [--set KEY=VALUE]… [--format F] [--output FILE]`.
public struct SweepJob: Sendable {
    public var file: String
    public var axes: [String]
    public var settings: [String]
    public var format: OutputFormat
    public var baselinePath: String?
    /// `--output`: written atomically instead of standard output.
    public var outputPath: String?
    /// Points per window of the streaming pipeline (machine formats).
    public var window: Int = WindowedPipeline.defaultWindow

    public init(file: String, axes: [String], settings: [String] = [], format: OutputFormat = .table,
                baselinePath: String? = nil, outputPath: String? = nil) {
        self.file = file; self.axes = axes; self.settings = settings; self.format = format; self.baselinePath = baselinePath
        self.outputPath = outputPath
    }

    /// The sweep into memory; on a bad argument or file nothing is output.
    public func execute() -> BatchOutcome {
        let sink = MemorySink()
        var warnings: [String] = []
        let outcome = stream(to: sink) { warnings.append($0) }
        guard outcome.status == .success else {
            return BatchOutcome(output: "", messages: warnings + outcome.messages, status: outcome.status)
        }
        return BatchOutcome(output: sink.text, messages: warnings)
    }

    /// The sweep written as it is evaluated: CSV, JSON and JSON Lines window by window
    /// (`WindowedPipeline`), so a grid of any size needs one window of memory; the aligned table
    /// and Markdown need every row for their column widths and are written at the end. With
    /// `--output` the file is replaced atomically once the whole sweep is written.
    public func stream(to sink: any ByteSink, warn: (String) -> Void) -> BatchOutcome {
        var opened: BatchOutput?
        do throws(BatchError) {
            let axes = try self.axes.map { (a: String) throws(BatchError) in try SweepAxis.parse(a) }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let path = ScenarioPaths.resolve(self.file)
            var scenario = try BatchRunner.load(file: path)
            try BatchRunner.apply(settings, to: &scenario, file: path, baseline: baseline.baseline)
            let sweep = try Sweep(scenario: scenario, axes: axes, baseline: baseline.baseline, file: path)
            baseline.pinWarning(for: scenario, file: path).map(warn)
            let target = try BatchOutput(outputPath: outputPath, otherwise: sink)
            opened = target
            func write(_ text: String) throws(BatchError) { try target.write(text) }
            switch format {
            case .table, .markdown:
                let points = sweep.run()
                if let error = sweep.nonFiniteError(in: points, file: path) { throw error }
                try write(TableRenderer.render(sweep.table(points), as: format))
            case .csv, .json, .jsonl:
                // Windows of points, each patched and evaluated on every core (`Sweep.run(_:)`).
                for first in stride(from: 0, to: sweep.count, by: window) {
                    let points = sweep.run(first..<min(first + window, sweep.count))
                    if let error = sweep.nonFiniteError(in: points, file: path) { throw error }
                    let table = sweep.table(points)
                    switch format {
                    case .csv:
                        let text = TableRenderer.csv(table)
                        try write(first == 0 ? text : String(text.drop { $0 != "\n" }.dropFirst()))
                    case .json:
                        let objects = TableRenderer.json(table, lines: true).split(separator: "\n")
                        try write((first == 0 ? "[" : ",\n ") + objects.joined(separator: ",\n "))
                    default:
                        try write(TableRenderer.json(table, lines: true))
                    }
                }
                if format == .json { try write("]\n") }
            }
            try target.finish()
            return BatchOutcome()
        } catch {
            opened?.abandon()
            return .failure(error)
        }
    }
}
