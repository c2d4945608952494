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
