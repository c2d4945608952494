public import ErqiModel

/// The line shown under every result: how much of the baseline is estimated.
public enum Honesty {
    /// e.g. "Baseline erqi-2014: 436 of 489 parameters are estimates, not sourced figures; …"
    public static func note(for baseline: Baseline, assumptions: Int = 0) -> String {
        let estimates = baseline.estimateCount
        var line = "Baseline \(baseline.id): \(estimates) of \(baseline.parameters.count) parameters are estimates, not sourced figures; "
            + "`sources` lists them with their derivations."
        if assumptions > 0 { line += " \(assumptions) parameter\(assumptions == 1 ? " is" : "s are") overridden by this scenario's assumptions." }
        return line
    }
}
