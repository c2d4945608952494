import ErqiModel

/// A typed value that may be relative to the field's current one: `15MW` (a new value),
/// `+500`, `-2MW` (add or take away, in any unit the field accepts), `+10%`, `-5%` (a relative
/// change, on fields that are not fractions), `*1.5` or `x1.5` (a factor). On a fraction field
/// `%` is a unit, so `+1%` adds one percentage point; write `*1.1` for a relative change.
/// On a month, `+3` and `-2` shift the month (see `ValueParser.month(_:from:field:)`).
public enum RelativeValue: Equatable, Sendable {
    case absolute(Double)
    case add(Double)
    case scale(Double)

    /// Reads `text` for a field in `unit`. A leading sign is a change, so negative values
    /// cannot be typed this way (measure sizes are never negative).
    public static func parse(_ text: String, unit: String, field: String) throws(EditError) -> RelativeValue {
        let t = text.trimmingSpaces
        guard let first = t.first else { throw EditError("\(field): expected a value in \(unit)") }
        let rest = String(t.dropFirst()).trimmingSpaces
        switch first {
        case "*", "x", "×":
            guard let f = ValueParser.plainNumber(rest), f.isFinite, f >= 0 else {
                throw EditError("\(field): expected a factor after '\(first)' (e.g. *1.5), got '\(text)'")
            }
            return .scale(f)
        case "+", "-":
            let sign: Double = first == "+" ? 1 : -1
            if unit != "fraction", rest.hasSuffix("%"),
               let p = ValueParser.plainNumber(String(rest.dropLast()).trimmingSpaces), p.isFinite {
                return .scale(1 + sign * p / 100)
            }
            return .add(sign * (try ValueParser.number(rest, unit: unit, field: field)))
        default:
            return .absolute(try ValueParser.number(t, unit: unit, field: field))
        }
    }

    /// The new value from `current`.
    public func applied(to current: Double) -> Double {
        switch self {
        case .absolute(let v): v
        case .add(let d): current + d
        case .scale(let f): current * f
        }
    }

    /// How the value was reached, for the echo (`+500`, `×1.1`); nil for a new value.
    public var changeText: String? {
        switch self {
        case .absolute: nil
        case .add(let d): (d < 0 ? "−" : "+") + formatNumber(abs(d))
        case .scale(let f): "×" + formatNumber(f)
        }
    }
}

extension ValueParser {
    /// A start month from `text` given the current month `current` (1…13): a name or number
    /// sets it; `+N`/`-N` shifts it by N months. A shift past December gives 13 (not in 2015)
    /// and says so in the returned note; a shift before January, or from 13, is refused.
    public static func month(_ text: String, from current: Double, field: String) throws(EditError) -> (month: Double, note: String?) {
        let t = text.trimmingSpaces
        guard let first = t.first, first == "+" || first == "-" else { return (try month(t, field: field), nil) }
        guard let n = Int(String(t.dropFirst()).trimmingSpaces), n >= 0 else {
            throw EditError("\(field): expected a shift in whole months (+3 delays by three months, -2 brings forward by two), got '\(text)'")
        }
        let from = Int(current)
        guard Double(from) == current, (1...12).contains(from) else {
            throw EditError("\(field): is 13 (not in 2015), so there is no month to shift from; set a month (jan … dec)")
        }
        let shifted = first == "+" ? from + n : from - n
        if shifted < 1 {
            throw EditError("\(field): \(months[from - 1]) \(first)\(n) is before jan; the earliest start is 1 (jan)")
        }
        if shifted > 12 {
            return (13, "\(months[from - 1]) +\(n) is past dec: 13, the measure is not in force in 2015")
        }
        return (Double(shifted), nil)
    }

    /// True when `text` is a bare number (no unit, no `%`), possibly signed; such a value
    /// is ambiguous on a field called `percent`.
    public static func isBareNumber(_ text: String) -> Bool {
        var t = Substring(text.trimmingSpaces)
        if let c = t.first, c == "+" || c == "-" { t = t.dropFirst() }
        return plainNumber(String(t)) != nil
    }
}
