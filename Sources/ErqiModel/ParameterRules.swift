/// Allowed ranges of baseline parameters and assumptions, by key family.
public enum ParameterRules {
    /// Why `value` is not allowed for `key`, or nil when it is.
    public static func problem(key: String, value: Double) -> String? {
        guard value.isFinite else { return "expected a finite number, got \(value)" }
        if key.hasPrefix("growth.") || key.hasPrefix("drift.") {
            return value > -1 && value <= maximumRate ? nil
                : "expected a rate above -1 (−100 %) and at most \(formatNumber(maximumRate)) (+1000 %), got \(formatNumber(value))"
        }
        if key == "goal.intensity_change" {
            return value > -1 && value < 1 ? nil : "expected a change between -1 and 1, got \(formatNumber(value))"
        }
        if key == "goal.smokeless_deadline_month" {
            return isMonth(value) ? nil : "expected a whole month 1…13, got \(formatNumber(value))"
        }
        if key.hasPrefix("township.") || fractionKeys.contains(key) {
            return (0...1).contains(value) ? nil : "expected a fraction 0…1, got \(formatNumber(value))"
        }
        if key == "pricing.elasticity" { return value <= 0 ? nil : "expected an elasticity ≤ 0, got \(formatNumber(value))" }
        if positiveKeys.contains(where: { key.hasPrefix($0) }) || key.hasSuffix(".km") {
            return value > 0 ? nil : "expected a number > 0, got \(formatNumber(value))"
        }
        return value >= 0 ? nil : "expected a number ≥ 0, got \(formatNumber(value))"
    }

    /// The largest growth or drift rate accepted: +1000 % in a year. Larger rates carry
    /// no meaning for a district and overflow GDP to infinity near 1e308.
    public static let maximumRate = 10.0

    static func isMonth(_ v: Double) -> Bool { v == v.rounded() && v >= 1 && v <= 13 }

    static let fractionKeys: Set<String> = [
        "smokeless.gas_share", "yellow_label.replacement", "motors.efficiency_gain",
        "sewer.removal_cod", "sewer.removal_nh3n", "boiler.eff_coal", "boiler.eff_gas",
        "stove.eff_coal", "stove.eff_gas",
    ]

    static let positiveKeys = [
        "coef.tce.", "coef.density.", "coef.ncv_gj_per_tce", "boiler.mw_per_tph", "stove.eff_",
        "boiler.eff_",
    ]
}
