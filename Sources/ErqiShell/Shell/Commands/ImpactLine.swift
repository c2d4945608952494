import ErqiModel
import ErqiRender

/// The two lines printed after each change, so that a what-if loop is quick to read.
enum ImpactLine {
    /// `intensity -1.87 % (was -1.75 %; goal ≤ -2.0 %) · still to save 1,234 tce (was 1,500)`
    /// and the verdict.
    static func text(_ r: ScenarioResult, previous: ScenarioResult?) -> String {
        let t = r.totals
        var line = "intensity \(percent(t.intensityChange))"
        var paren: [String] = []
        if let p = previous, p.totals.intensityChange != t.intensityChange {
            paren.append("was \(percent(p.totals.intensityChange))")
        }
        if let g = r.goal("intensity") { paren.append("goal ≤ \(NumberFormat.fixed(g.limit * 100, decimals: 1, grouping: false)) %") }
        if !paren.isEmpty { line += " (" + paren.joined(separator: "; ") + ")" }
        line += " · " + gapText(t.energyGapTce)
        if let p = previous, p.totals.energyGapTce != t.energyGapTce {
            line += " (was \(gapText(p.totals.energyGapTce)))"
        }
        return line + "\n" + ResultViews.verdict(r)
    }

    static func percent(_ v: Double) -> String { NumberFormat.fixed(v * 100, decimals: 2, grouping: false) + " %" }

    static func gapText(_ gap: Double) -> String {
        gap > 0 ? "still to save \(NumberFormat.fixed(gap, decimals: 0, grouping: true)) tce"
            : "\(NumberFormat.fixed(-gap, decimals: 0, grouping: true)) tce to spare"
    }
}
