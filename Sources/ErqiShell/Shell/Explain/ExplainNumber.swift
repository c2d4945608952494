import ErqiRender
/// Numbers in explanations: about five significant digits, grouped by thousands.
enum ExplainNumber {
    static func text(_ v: Double) -> String {
        guard v.isFinite else { return "\(v)" }
        if v == 0 { return "0" }
        let a = abs(v)
        var digits = 0
        var x = a
        while x >= 10 { x /= 10; digits += 1 }
        var decimals: Int
        if a >= 1 {
            decimals = max(0, 4 - digits)
        } else {
            var lead = 0
            var y = a
            while y < 1 { y *= 10; lead += 1 }
            decimals = min(12, lead + 3)
        }
        var s = NumberFormat.fixed(v, decimals: decimals, grouping: true)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// A signed change: `+12.5`, `−3.1`.
    static func signed(_ v: Double) -> String { v > 0 ? "+" + text(v) : text(v) }

    /// A fraction as a percentage with two decimals.
    static func percent(_ v: Double) -> String { NumberFormat.fixed(v * 100, decimals: 2, grouping: false) + " %" }
}
