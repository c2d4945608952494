/// Text helpers for the report: HTML escaping and number formatting without Foundation.
enum HTMLText {
    /// `s` safe inside element content and double- or single-quoted attributes.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// Numbers for people: fixed decimals, thousands grouped, a true minus sign.
enum ReportNumber {
    /// `v` with `decimals` digits after the point; groups of three with `grouping`.
    /// Values beyond ±1e15 (or not finite) are written in Swift's shortest form.
    static func fixed(_ v: Double, decimals: Int, grouping: Bool = true) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return v.isNaN ? "n/a" : String(describing: v) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        let whole = Int64(scaled)
        var unit: Int64 = 1
        for _ in 0..<decimals { unit *= 10 }
        let intPart = whole / unit, fracPart = whole % unit
        var digits = String(intPart)
        if grouping {
            var grouped = ""
            for (i, ch) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            digits = grouped
        }
        if decimals > 0 {
            var frac = String(fracPart)
            while frac.count < decimals { frac = "0" + frac }
            digits += "." + frac
        }
        return (v < 0 && whole != 0 ? "−" : "") + digits
    }

    /// A fraction as a percentage with two decimals: −0.0234 → `−2.34 %`.
    static func percent(_ fraction: Double) -> String { fixed(fraction * 100, decimals: 2) + " %" }

    /// A signed number: `+1,234` or `−1,234`.
    static func signed(_ v: Double, decimals: Int) -> String {
        let text = fixed(v, decimals: decimals)
        return text.hasPrefix("−") || text == fixed(0, decimals: decimals) ? text : "+" + text
    }

    /// For SVG coordinates: one decimal, no grouping, ASCII minus.
    static func coord(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let text = fixed(v, decimals: 1, grouping: false)
        return text.hasPrefix("−") ? "-" + text.dropFirst() : text
    }
}
