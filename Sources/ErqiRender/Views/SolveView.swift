public import ErqiModel

/// A goal seek's answer for people (docs/ANALYSIS.md §1): the value, its change from now, the
/// margin there, and the honest cases said in words.
public enum SolveView {
    /// The answer as lines of text, ending in a newline.
    public static func text(_ a: SolveAnswer) -> String {
        var lines = ["solve \(a.goal) by \(a.target) (\(a.scenario))"]
        let unit = marginUnit(a.goal)
        lines.append("  now: \(a.target) = \(number(a.current)): \(a.goal) \(a.metAtCurrent ? "met" : "MISSED")")
        lines.append("  searched \(number(a.range[0])) … \(number(a.range[1]))" + (a.limit.map { ", ended by the model: \($0)" } ?? ""))
        if a.metThroughout {
            lines.append("  met at every value searched: no boundary inside the range")
        } else if !a.feasible {
            lines.append("  MISSED at every value searched; the best is \(a.target) = \(number(a.value ?? 0))"
                + (a.marginAtValue.map { ", margin \(margin($0, unit))" } ?? "")
                + (a.goalsMissedAtValue.map { ", \($0) goal\($0 == 1 ? "" : "s") missed" } ?? ""))
        } else if let intervals = a.intervals {
            lines.append("  met changes more than once; met on " + intervals.map { "\(number($0[0])) … \(number($0[1]))" }.joined(separator: ", "))
        } else if let v = a.value {
            lines.append("  answer: \(a.target) = \(number(v)) (\(signed(a.change ?? 0)) from now)")
            if let m = a.marginAtValue { lines.append("  margin there: \(margin(m, unit))") }
            if let i = a.intensityChangeAtValue { lines.append("  intensity change there: \(NumberFormat.fixed(i * 100, decimals: 2, grouping: false)) %") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The unit a goal's margin is in: intensity and townships (and district/all, which report
    /// the intensity margin) as fractions, the others in their own unit.
    static func marginUnit(_ goal: String) -> String {
        switch goal {
        case "intensity", "district", "all": "fraction"
        case "smokeless_area": "km2"
        case "key_enterprises": "tce"
        default: goal.hasPrefix("township.") ? "fraction" : "t"
        }
    }

    static func margin(_ m: Double, _ unit: String) -> String {
        unit == "fraction" ? NumberFormat.fixed(m * 100, decimals: 2, grouping: false) + " pp" : "\(number(m)) \(unit)"
    }

    /// About six significant digits, grouped.
    static func number(_ v: Double) -> String {
        let a = abs(v)
        let decimals = a >= 1000 ? 1 : a >= 1 ? 4 : 6
        var s = NumberFormat.fixed(v, decimals: decimals, grouping: true)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    static func signed(_ v: Double) -> String { v > 0 ? "+" + number(v) : number(v) }
}
