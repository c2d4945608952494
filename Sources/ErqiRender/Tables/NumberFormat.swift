import ErqiModel

/// Number text for people (fixed decimals, thousands grouping) and programs (full precision).
public enum NumberFormat {
    /// `v` with `decimals` places, grouped by thousands when asked.
    public static func fixed(_ v: Double, decimals: Int, grouping: Bool) -> String {
        guard v.isFinite else { return "\(v)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        var scaled = (abs(v) * scale).rounded()
        let negative = v < 0 && scaled != 0
        var fraction = ""
        if decimals > 0 {
            var digits: [Character] = []
            for _ in 0..<decimals {
                let d = Int(scaled.truncatingRemainder(dividingBy: 10))
                digits.append(Character(String(d)))
                scaled = (scaled / 10).rounded(.down)
            }
            fraction = "." + String(digits.reversed())
        }
        var whole = scaled >= 1e18 ? String(format18(scaled)) : String(Int64(scaled))
        if grouping {
            var out = ""
            while whole.count > 3 {
                out = "," + whole.suffix(3) + out
                whole = String(whole.dropLast(3))
            }
            whole += out
        }
        return (negative ? "-" : "") + whole + fraction
    }

    static func format18(_ v: Double) -> String { "\(v)" }

    /// Shortest round-trip text; whole numbers without a decimal point.
    public static func full(_ v: Double) -> String { formatNumber(v) }

    /// A signed fixed number (`+1.2`, `-0.5`).
    public static func signed(_ v: Double, decimals: Int, grouping: Bool = true) -> String {
        let s = fixed(v, decimals: decimals, grouping: grouping)
        return v > 0 && s.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" + s : s
    }
}
