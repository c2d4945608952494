public import ErqiModel

/// A Monte Carlo report for people (docs/ANALYSIS.md §3): each goal's probability beside its
/// central-case verdict, the outputs' percentiles, the strongest drivers, invalid draws.
public enum MonteCarloView {
    /// Drivers shown in the table (the JSON has all of them).
    public static let topDrivers = 8

    /// The report as lines of text, ending in a newline.
    public static func text(_ r: MonteCarloReport) -> String {
        var lines = ["montecarlo \(r.scenario): \(grouped(Double(r.draws))) draws (seed \(r.seed)), \(grouped(Double(r.valid))) valid"
            + (r.partial ? ", PARTIAL: stopped before the end" : "")]
        if r.invalid > 0 {
            lines.append("  \(grouped(Double(r.invalid))) invalid draw\(r.invalid == 1 ? "" : "s") left out; most often: \(r.invalidReason ?? "?")")
        }
        lines.append("")
        lines.append("goals")
        let width = r.goals.map(\.id.count).max() ?? 0
        for g in r.goals {
            let verdict = g.metInCentralCase.map { $0 ? "met in the central case" : "MISSED in the central case" }
            let p = "P(met) = \(percent(g.probability)) [\(percent(g.ci95[0], sign: false))–\(percent(g.ci95[1]))]"
            lines.append("  " + g.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (verdict.map { $0 + "; " } ?? "") + p)
        }
        lines.append("")
        lines.append("outputs (over the valid draws)")
        let keyWidth = r.outputs.map(\.key.count).max() ?? 0
        let header = ["mean", "sd", "p5", "p50", "p95"].map { pad($0, 12) }.joined()
        lines.append("  " + "".padding(toLength: keyWidth, withPad: " ", startingAt: 0) + header)
        for row in r.outputs {
            let s = row.summary
            let cells = [s.mean, s.sd, s.p5, s.p50, s.p95].map { pad(value(row.key, $0), 12) }.joined()
            lines.append("  " + row.key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + cells)
        }
        if !r.drivers.isEmpty {
            lines.append("")
            lines.append("top drivers (Spearman ρ with intensity change, with the energy gap)")
            let shown = r.drivers.prefix(topDrivers)
            let inputWidth = shown.map(\.input.count).max() ?? 0
            for d in shown {
                lines.append("  " + d.input.padding(toLength: inputWidth, withPad: " ", startingAt: 0)
                    + pad(rho(d.rhoIntensityChange), 8) + pad(rho(d.rhoEnergyGapTce), 8))
            }
            if r.drivers.count > shown.count { lines.append("  … \(r.drivers.count - shown.count) more in --format json") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ p: Double, sign: Bool = true) -> String {
        NumberFormat.fixed(p * 100, decimals: 1, grouping: false) + (sign ? " %" : "")
    }

    static func rho(_ r: Double?) -> String { r.map { NumberFormat.fixed($0, decimals: 2, grouping: false) } ?? "–" }

    /// Fractions (intensity changes) in percent, tonnes grouped.
    static func value(_ key: String, _ v: Double) -> String {
        key.hasSuffix("intensity_change") ? NumberFormat.fixed(v * 100, decimals: 2, grouping: false) + " %"
            : NumberFormat.fixed(v, decimals: 1, grouping: true)
    }

    static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - s.count)) + s
    }
}
