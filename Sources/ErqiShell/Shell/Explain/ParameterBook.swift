import ErqiModel
import ErqiRender

/// The parameter values an explanation reads (the scenario's assumptions applied), and the
/// keys it read, in order, for the list of sources at the end.
struct ParameterBook {
    let baseline: Baseline
    let scenario: Scenario
    private(set) var used: [String] = []
    private var seen: Set<String> = []
    private let values: [String: Double]

    init(baseline: Baseline, scenario: Scenario) {
        self.baseline = baseline; self.scenario = scenario
        values = baseline.values.merging(scenario.assumptions) { _, assumed in assumed }
    }

    /// The value (assumed or baseline) of `key`, recorded as read.
    mutating func value(_ key: String) -> Double {
        if seen.insert(key).inserted { used.append(key) }
        return values[key] ?? 0
    }

    /// The value of a typed key, recorded as read (the same key table the engine compiles from).
    mutating func value(_ key: ParameterKey) -> Double { value(key.text) }

    /// The value of a lever constant or goal, recorded as read.
    mutating func value(_ c: ModelConstant) -> Double { value(c.key) }

    func unit(_ key: String) -> String { baseline.parameter(key)?.unit ?? "" }

    /// One line per parameter read: key, value, unit, source (estimates marked), assumption.
    func sourceLines(limit: Int = 110) -> [String] {
        let width = used.map(\.count).max() ?? 0
        return used.map { key in
            guard let p = baseline.parameter(key) else { return "  \(key): missing from the baseline" }
            var line = "  " + DisplayWidth.pad(key, to: width) + "  " + formatNumber(scenario.assumptions[key] ?? p.value) + " " + p.unit
            if let assumed = scenario.assumptions[key] {
                line = "  " + DisplayWidth.pad(key, to: width) + "  " + formatNumber(assumed) + " " + p.unit
                    + "  ASSUMED (baseline \(formatNumber(p.value)))"
            }
            if p.isEstimate {
                line += "  [estimate] " + Self.shorten(p.note ?? "", limit)
            } else if let s = baseline.sources.first(where: { $0.id == p.source }) {
                line += "  [\(s.id), grade \(s.confidence)] " + Self.shorten(s.title, limit)
            } else {
                line += "  [\(p.source)]"
            }
            return line
        }
    }

    static func shorten(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }
}
