/// Allowed ranges of baseline parameters and assumptions, read from the typed key table.
public enum ParameterRules {
    /// The rule for `key`: its typed key's, else by family for keys the model does not read.
    public static func rule(for key: String) -> ValueRule {
        if let typed = ParameterKey(text: key) { return typed.rule }
        if key.hasPrefix("growth.") || key.hasPrefix("drift.") { return .rate }
        if key.hasPrefix("township.") { return .fraction }
        if key.hasPrefix("coef.tce.") || key.hasPrefix("coef.density.") || key.hasSuffix(".km") { return .positive }
        return .nonNegative
    }

    /// Why `value` is not allowed for `key`, or nil when it is.
    public static func problem(key: String, value: Double) -> String? {
        rule(for: key).problem(value)
    }
}
