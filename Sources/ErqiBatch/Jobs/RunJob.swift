public import ErqiFiles
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
    /// Files per window of the streaming pipeline.
    public var window: Int = WindowedPipeline.defaultWindow

    public init(arguments: [String], format: OutputFormat = .table, settings: [String] = [],
                outputPath: String? = nil, baselinePath: String? = nil) {
        self.arguments = arguments; self.format = format; self.settings = settings
        self.outputPath = outputPath; self.baselinePath = baselinePath
    }

    /// Runs every scenario into memory; on any problem reports all of them and outputs nothing.
    public func execute() -> BatchOutcome {
        let sink = MemorySink()
        var warnings: [String] = []
        let outcome = stream(to: sink) { warnings.append($0) }
        guard outcome.status == .success else { return BatchOutcome(output: "", messages: warnings + outcome.messages, status: outcome.status) }
        return BatchOutcome(output: sink.text, messages: warnings)
    }

    /// Runs every scenario window by window, writing each window's results to `sink` (or to
    /// `--output`) as soon as the window is done, and each warning to `warn`. On a bad file
    /// the result names every problem; `sink` then holds the windows before the first bad
    /// file's (nothing when it is in the first window) and `--output` is not written.
    public func stream(to sink: any ByteSink, warn: (String) -> Void) -> BatchOutcome {
        var opened: BatchOutput?
        do throws(BatchError) {
            guard !arguments.isEmpty else { throw BatchError("run: name at least one scenario file, folder or pattern") }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let files = try ScenarioPaths.expand(arguments)
            try Self.refuseOverwritingInput(output: outputPath, scenarios: files, baselinePath: baselinePath)
            // The CSV header names the goals of a result; every result on this baseline has the same.
            let first = format == .csv && !files.isEmpty
                ? try? BatchRunner.run(file: files[0], baseline: baseline, settings: settings) : nil
            let output = RunOutput(format: format, baseline: baseline.baseline, firstResult: first?.result)
            let target = try BatchOutput(outputPath: outputPath, otherwise: sink)
            opened = target
            func write(_ bytes: [UInt8]) throws(BatchError) { try target.write(bytes) }
            var headWritten = false
            let errors = try BatchStream.run(
                files: files, baseline: baseline, settings: settings, window: window,
                render: { output.piece($0, index: $1) }, warn: warn,
                accept: { (piece: [UInt8]) throws(BatchError) in
                    if !headWritten { try write(output.head(count: files.count)); headWritten = true }
                    try write(piece)
                })
            if !errors.isEmpty {
                do throws(BatchError) { try target.flush() } catch { throw BatchError.combined(errors + [error]) }
                throw BatchError.combined(errors)
            }
            if !headWritten { try write(output.head(count: files.count)) }
            try write(output.tail(count: files.count))
            try target.finish()
            return BatchOutcome()
        } catch {
            opened?.abandon()
            return .failure(error)
        }
    }
}
