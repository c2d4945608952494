/// One row of a tornado: an input at its 5th and 95th percentiles with every other input
/// central, and the output at each (ANALYSIS.md §4).
public struct TornadoRow: Equatable, Sendable {
    public var input: String
    /// The input's 5th and 95th percentiles.
    public var low: Double
    public var high: Double
    /// The output with the input at `low` and at `high`; nil where the model refused.
    public var outputLow: Double?
    public var outputHigh: Double?
    /// Why the model refused, when it did.
    public var refusal: String?

    public init(input: String, low: Double, high: Double, outputLow: Double?, outputHigh: Double?, refusal: String?) {
        self.input = input; self.low = low; self.high = high; self.outputLow = outputLow; self.outputHigh = outputHigh
        self.refusal = refusal
    }

    /// |output(p95) − output(p5)|; 0 when either is missing.
    public var swing: Double {
        guard let a = outputLow, let b = outputHigh else { return 0 }
        return abs(b - a)
    }
}

/// One-at-a-time sensitivity: the tornado.
public enum Sensitivity {
    /// Each input moved to its 5th and its 95th percentile with the others central, evaluated
    /// by `evaluate` (values in the order of `inputs`; nil result: the model refused, with the
    /// reason). Rows sorted by swing, largest first; ties by input key.
    public static func tornado(inputs: [UncertainInput],
                               evaluate: ([Double]) -> Result<Double, ModelIssue>) -> [TornadoRow] {
        var values = inputs.map(\.central)
        var rows: [TornadoRow] = []
        for (k, input) in inputs.enumerated() {
            let low = input.quantile(0.05), high = input.quantile(0.95)
            var row = TornadoRow(input: input.key, low: low, high: high, outputLow: nil, outputHigh: nil, refusal: nil)
            values[k] = low
            switch evaluate(values) {
            case .success(let y): row.outputLow = y
            case .failure(let issue): row.refusal = issue.description
            }
            values[k] = high
            switch evaluate(values) {
            case .success(let y): row.outputHigh = y
            case .failure(let issue): row.refusal = row.refusal ?? issue.description
            }
            values[k] = input.central
            rows.append(row)
        }
        return rows.sorted { $0.swing > $1.swing || ($0.swing == $1.swing && $0.input < $1.input) }
    }
}

/// A tornado with what it is about (docs/ANALYSIS.md §4): the output, its central value and
/// the rows, largest swing first.
public struct SensitivityReport: Equatable, Sendable {
    public var scenario: String
    public var output: String
    public var central: Double
    public var rows: [TornadoRow]

    public init(scenario: String, output: String, central: Double, rows: [TornadoRow]) {
        self.scenario = scenario; self.output = output; self.central = central; self.rows = rows
    }

    /// The tornado of output `output` (a `MonteCarloKeys.outputs` key) of `scenario`, evaluated
    /// by patching; throws when the scenario or a key cannot be evaluated, or `output` is unknown.
    public static func make(baseline: Baseline, scenario: Scenario, inputs: [UncertainInput],
                            output: String) throws(ModelIssues) -> SensitivityReport {
        let keys = MonteCarloKeys.outputs(baseline: baseline)
        guard let k = keys.firstIndex(of: output) else {
            throw ModelIssues([ModelIssue("output", "unknown output \(output)\(Suggestions.hint(output, keys)); expected one of "
                + keys.joined(separator: ", "))])
        }
        var evaluator = try PatchingEvaluator(baseline: baseline, scenario: scenario, inputs: inputs)
        let result = try Engine.project(baseline: baseline, scenario: scenario)
        var outcome = DrawOutcome(goals: MonteCarloKeys.goals(result).count, outputs: keys.count)
        MonteCarloKeys.fill(&outcome, from: result)
        let central = outcome.outputs[k]
        let rows = Sensitivity.tornado(inputs: inputs) { values in
            if let reason = evaluator.evaluate(values: values, into: &outcome) { return .failure(ModelIssue(output, reason)) }
            return .success(outcome.outputs[k])
        }
        return SensitivityReport(scenario: scenario.name, output: output, central: central, rows: rows)
    }
}
