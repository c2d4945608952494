/// The values a parameter may take (docs/MODEL.md §7): one rule per key, read by validation,
/// assumptions and patches alike.
public enum ValueRule: Equatable, Sendable {
    /// ≥ 0: sizes, emissions, most coefficients.
    case nonNegative
    /// > 0: conversion factors, calorific values, distances.
    case positive
    /// 0…1: shares and efficiencies.
    case fraction
    /// Above −1 (−100 %): growth and drift rates.
    case rate
    /// Strictly between −1 and 1: the intensity goal.
    case change
    /// A whole month 1…13.
    case month
    /// ≤ 0: a price elasticity.
    case elasticity

    /// Why `value` breaks the rule, or nil when it does not.
    public func problem(_ value: Double) -> String? {
        guard value.isFinite else { return "expected a finite number, got \(value)" }
        // The message is only built for a refused value: checking allocates nothing.
        switch self {
        case .nonNegative: return value >= 0 ? nil : "expected a number ≥ 0, got \(formatNumber(value))"
        case .positive: return value > 0 ? nil : "expected a number > 0, got \(formatNumber(value))"
        case .fraction: return (0...1).contains(value) ? nil : "expected a fraction 0…1, got \(formatNumber(value))"
        case .rate: return value > -1 ? nil : "expected a rate above -1 (−100 %), got \(formatNumber(value))"
        case .change:
            return value > -1 && value < 1 ? nil : "expected a change between -1 and 1, got \(formatNumber(value))"
        case .month:
            return value == value.rounded() && value >= 1 && value <= 13 ? nil : "expected a whole month 1…13, got \(formatNumber(value))"
        case .elasticity: return value <= 0 ? nil : "expected an elasticity ≤ 0, got \(formatNumber(value))"
        }
    }
}
