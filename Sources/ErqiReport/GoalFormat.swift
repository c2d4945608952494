import ErqiModel

/// A goal's numbers in the goal's own unit: percentages (margins in percentage points),
/// tonnes, km² or tce.
enum GoalFormat {
    static func value(_ g: GoalResult, _ v: Double) -> String {
        switch g.unit {
        case "fraction": ReportNumber.percent(v)
        case "t": ReportNumber.fixed(v, decimals: 2) + " t"
        case "km2": ReportNumber.fixed(v, decimals: 2) + " km²"
        default: ReportNumber.fixed(v, decimals: 0) + " " + g.unit
        }
    }

    /// Signed: positive is room to spare, negative a shortfall.
    static func margin(_ g: GoalResult) -> String {
        switch g.unit {
        case "fraction": ReportNumber.signed(g.margin * 100, decimals: 2) + " pp"
        case "t": ReportNumber.signed(g.margin, decimals: 2) + " t"
        case "km2": ReportNumber.signed(g.margin, decimals: 2) + " km²"
        default: ReportNumber.signed(g.margin, decimals: 0) + " " + g.unit
        }
    }

    /// `≤ −2.00 %` or `≥ 21,400 tce`.
    static func limit(_ g: GoalResult) -> String { g.direction.rawValue + " " + value(g, g.limit) }

    /// The verdict in both languages, with a mark that needs no colour.
    static func verdict(_ met: Bool) -> String { met ? "✓ 达标 met" : "✗ 未达标 missed" }
}
