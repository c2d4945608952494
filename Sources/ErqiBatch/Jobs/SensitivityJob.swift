import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi sensitivity FILE [--output KEY] [--format table|json]` (docs/ANALYSIS.md §4).
public struct SensitivityJob: Sendable {
    public var file: String
    public var output: String
    public var format: OutputFormat
    public var baselinePath: String?
    public var style: ChartStyle

    public init(file: String, output: String = "intensity_change", format: OutputFormat = .table, baselinePath: String? = nil,
                style: ChartStyle = ChartStyle()) {
        self.file = file; self.output = output; self.format = format; self.baselinePath = baselinePath; self.style = style
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard format == .table || format == .json else {
                throw BatchError("--format \(format.rawValue): sensitivity writes table or json")
            }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let path = ScenarioPaths.resolve(file)
            let scenario = try BatchRunner.load(file: path)
            let report = try Self.report(baseline: baseline.baseline, scenario: scenario, output: output, file: path)
            let warnings = baseline.pinWarning(for: scenario, file: path).map { [$0] } ?? []
            let text = format == .json ? SensitivityCodec.text(report) : TornadoChart.render(report, style: style)
            return BatchOutcome(output: text, messages: warnings)
        } catch {
            return .failure(error)
        }
    }

    /// The tornado of `output`; a scenario without uncertain inputs is an error that says so.
    public static func report(baseline: Baseline, scenario: Scenario, output: String, file: String) throws(BatchError) -> SensitivityReport {
        let inputs: [UncertainInput]
        do { inputs = try UncertainInputs.inputs(baseline: baseline, scenario: scenario) } catch {
            throw BatchError(error.issues.map { "\(file): \($0.description)" })
        }
        guard !inputs.isEmpty else {
            throw BatchError("\(file): no uncertain inputs: nothing to vary (give parameters or measure fields an `uncertainty`)")
        }
        do { return try SensitivityReport.make(baseline: baseline, scenario: scenario, inputs: inputs, output: output) } catch {
            throw BatchError(error.issues.map { $0.path == "output" ? "--output \(output): \($0.message)" : "\(file): \($0.description)" })
        }
    }
}
