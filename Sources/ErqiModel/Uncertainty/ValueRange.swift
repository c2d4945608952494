/// The values a key accepts: an interval whose ends may be open or absent, and whether only
/// whole numbers are allowed.
public struct ValueRange: Equatable, Sendable, CustomStringConvertible {
    /// −∞ when unbounded below.
    public var lower: Double
    public var lowerIncluded: Bool
    /// +∞ when unbounded above.
    public var upper: Double
    public var upperIncluded: Bool
    /// Whole numbers only (start months, vehicle counts).
    public var integer: Bool

    public init(lower: Double = -.infinity, lowerIncluded: Bool = true, upper: Double = .infinity,
                upperIncluded: Bool = true, integer: Bool = false) {
        self.lower = lower; self.lowerIncluded = lowerIncluded
        self.upper = upper; self.upperIncluded = upperIncluded; self.integer = integer
    }

    /// [lower, upper], both included.
    public static func closed(_ lower: Double, _ upper: Double, integer: Bool = false) -> ValueRange {
        ValueRange(lower: lower, upper: upper, integer: integer)
    }

    /// Numbers ≥ 0.
    public static let nonNegative = ValueRange(lower: 0)

    /// Whether `v` is allowed.
    public func contains(_ v: Double) -> Bool {
        guard v.isFinite else { return false }
        if integer && v != v.rounded() { return false }
        if lowerIncluded ? v < lower : v <= lower { return false }
        if upperIncluded ? v > upper : v >= upper { return false }
        return true
    }

    /// Whether `v` lies in the range or on one of its ends (what a continuous distribution's
    /// bounds may reach, since it takes any single value with probability zero).
    public func containsInClosure(_ v: Double) -> Bool {
        v.isFinite && v >= lower && v <= upper
    }

    public var hasLowerLimit: Bool { lower > -.infinity }
    public var hasUpperLimit: Bool { upper < .infinity }

    /// `0…1`, `> -1`, `≥ 0`, `whole numbers 1…13`, `any number`.
    public var description: String {
        let whole = integer ? "whole numbers " : ""
        switch (hasLowerLimit, hasUpperLimit) {
        case (true, true):
            if lowerIncluded && upperIncluded { return whole + "\(formatNumber(lower))…\(formatNumber(upper))" }
            return whole + "\(formatNumber(lower)) \(lowerIncluded ? "≤" : "<") x \(upperIncluded ? "≤" : "<") \(formatNumber(upper))"
        case (true, false): return whole + "\(lowerIncluded ? "≥" : ">") \(formatNumber(lower))"
        case (false, true): return whole + "\(upperIncluded ? "≤" : "<") \(formatNumber(upper))"
        case (false, false): return integer ? "whole numbers" : "any finite number"
        }
    }
}

extension ValueRule {
    /// The values the rule accepts, as a range.
    public var range: ValueRange {
        switch self {
        case .nonNegative: .nonNegative
        case .positive: ValueRange(lower: 0, lowerIncluded: false)
        case .fraction: .closed(0, 1)
        case .rate: ValueRange(lower: -1, lowerIncluded: false)
        case .change: ValueRange(lower: -1, lowerIncluded: false, upper: 1, upperIncluded: false)
        case .month: .closed(1, 13, integer: true)
        case .elasticity: ValueRange(upper: 0)
        }
    }
}

extension ParameterRules {
    /// The values `ParameterRules.problem` accepts for `key`, as a range.
    public static func range(key: String) -> ValueRange { rule(for: key).range }
}
