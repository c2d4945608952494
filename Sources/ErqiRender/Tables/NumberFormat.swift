import ErqiModel

/// Number text for people (fixed decimals, thousands grouping) and programs (full precision).
public enum NumberFormat {
    /// Beyond this many units of the last decimal place a double no longer holds every whole
    /// number (2^53 ≈ 9.0e15), so digits past it would be invented: such values are shown in
    /// exponent notation (`scientific`) instead.
    public static let largestFixedUnits = 1e15

    /// `v` with `decimals` places, grouped by thousands when asked; a value too large for that
    /// (`largestFixedUnits`) in exponent notation, e.g. `5.00e+307`, never grouped.
    public static func fixed(_ v: Double, decimals: Int, grouping: Bool) -> String {
        guard v.isFinite else { return "\(v)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        guard abs(v) * scale < largestFixedUnits else { return scientific(v) }
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
        var whole = String(Int64(scaled))
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

    /// `v` as a mantissa with `digits` decimals and a signed power of ten: `5.00e+307`,
    /// `-1.23e-12`; `0.00e+00` for zero.
    public static func scientific(_ v: Double, digits: Int = 2) -> String {
        guard v.isFinite else { return "\(v)" }
        var mantissa = abs(v)
        var exponent = 0
        if mantissa != 0 {
            // Steps of ten put the mantissa in [1, 10), off by a few ulps at most: far below the digits shown.
            while mantissa >= 10 { mantissa /= 10; exponent += 1 }
            while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        }
        var text = fixed(mantissa, decimals: digits, grouping: false)
        if text.hasPrefix("10") {
            // Rounding carried into a new digit (9.999 → 10.00).
            exponent += 1
            text = fixed(mantissa / 10, decimals: digits, grouping: false)
        }
        let power = String(abs(exponent))
        return (v < 0 ? "-" : "") + text + "e" + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" + power : power)
    }

    /// Shortest round-trip text; whole numbers without a decimal point.
    public static func full(_ v: Double) -> String { formatNumber(v) }

    /// A signed fixed number (`+1.2`, `-0.5`).
    public static func signed(_ v: Double, decimals: Int, grouping: Bool = true) -> String {
        let s = fixed(v, decimals: decimals, grouping: grouping)
        return v > 0 && s.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" + s : s
    }
}
