public import ErqiModel

/// The greeting of an interactive session.
public enum Banner {
    /// The banner for a session on `baseline`, ending in a blank line.
    public static func text(baseline: Baseline) -> String {
        """
        erqi — Erqi District (二七区) 2015 energy-saving plan simulator
        Baseline \(baseline.id): \(baseline.estimateCount) of \(baseline.parameters.count) parameters are estimates (`sources` lists them).
        Start with `load plan-2015` or `add LEVER`; `goals` shows where you stand; `help` lists commands. Ctrl-D quits.

        """
    }
}
