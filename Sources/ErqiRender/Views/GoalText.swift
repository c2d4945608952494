package import ErqiModel

/// A goal's numbers in its own unit, for people.
package enum GoalText {
    /// A difference: percentage points for fractions, else as `value`.
    package static func margin(_ g: GoalResult, _ v: Double) -> String {
        g.unit == "fraction" ? NumberFormat.fixed(v * 100, decimals: 2, grouping: false) + " pp" : value(g, v)
    }

    package static func value(_ g: GoalResult, _ v: Double) -> String {
        switch g.unit {
        case "fraction": NumberFormat.fixed(v * 100, decimals: 2, grouping: false) + " %"
        case "t": NumberFormat.fixed(v, decimals: 2, grouping: true) + " t"
        case "km2": NumberFormat.fixed(v, decimals: 2, grouping: true) + " km²"
        default: NumberFormat.fixed(v, decimals: 0, grouping: true) + " " + g.unit
        }
    }
}
