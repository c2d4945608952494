import ErqiFiles
import ErqiModel
public import ErqiRender

/// `erqi sweep SCENARIO --vary KEY=FROM:TO:STEP [--vary …] [--set KEY=VALUE]… [--format F]`.
public struct SweepJob: Sendable {
    public var file: String
    public var axes: [String]
    public var settings: [String]
    public var format: OutputFormat
    public var baselinePath: String?

    public init(file: String, axes: [String], settings: [String] = [], format: OutputFormat = .table,
                baselinePath: String? = nil) {
        self.file = file; self.axes = axes; self.settings = settings; self.format = format; self.baselinePath = baselinePath
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            let axes = try self.axes.map { (a: String) throws(BatchError) in try SweepAxis.parse(a) }
            let settings = try self.settings.map { (s: String) throws(BatchError) in try ScenarioSetting.parse(s) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            var scenario = try BatchRunner.load(file: file)
            try BatchRunner.apply(settings, to: &scenario, file: file, baseline: baseline.baseline)
            let sweep = try Sweep(scenario: scenario, axes: axes, baseline: baseline.baseline, file: file)
            let table = sweep.table(sweep.run())
            let warnings = baseline.pinWarning(for: scenario, file: file).map { [$0] } ?? []
            return BatchOutcome(output: TableRenderer.render(table, as: format), messages: warnings)
        } catch {
            return .failure(error)
        }
    }
}
