import ErqiModel
import ErqiRender

/// Uncertain inputs as `show` presents them.
enum UncertaintyText {
    /// `growth.industry ~ triangular 0.07 … 0.09 … 0.11 (from the baseline); 5th–95th percentile 0.0745 … 0.1055`,
    /// or nil when the key is certain in this scenario.
    static func line(for key: String, baseline: Baseline, scenario: Scenario) -> String? {
        let setting: Uncertainty?
        let origin: String
        switch scenario.uncertainty[key] {
        case .certain?: return "\(key) is certain in this scenario (the baseline's distribution is silenced)"
        case .uncertain(let u)?: setting = u; origin = "this scenario"
        case nil: setting = baseline.parameter(key)?.uncertainty; origin = "the baseline"
        }
        guard let u = setting else { return nil }
        switch UncertainInputs.check(key: key, uncertainty: u, baseline: baseline, scenario: scenario, fromScenario: origin == "this scenario") {
        case .success(let input):
            return "\(key) ~ \(describe(input.distribution)) (from \(origin)\(u.relative ? ", relative to the value" : "")); "
                + "5th–95th percentile \(number(input.quantile(0.05))) … \(number(input.quantile(0.95)))"
        case .failure(let issue):
            return "\(key) ~ \(u.distribution.kind.id) (from \(origin)), which does not fit: \(issue.description)"
        }
    }

    /// Every uncertain input with its distribution, central value, percentiles and origin.
    static func table(baseline: Baseline, scenario: Scenario) -> Table {
        let (inputs, issues) = UncertainInputs.resolve(baseline: baseline, scenario: scenario)
        var rows: [[Cell]] = inputs.map { i in
            [.text(i.key), .text(describe(i.distribution)), .text(number(i.central)), .text(number(i.quantile(0.05))),
             .text(number(i.quantile(0.95))), .text(i.fromScenario ? "scenario" : "baseline")]
        }
        rows += issues.map { [.text($0.path), .text("does not fit: \($0.message)"), .text(""), .text(""), .text(""), .text("")] }
        return Table(title: "Uncertain inputs (\(inputs.count)): each drawn independently in Monte Carlo",
                     columns: [Column("input"), Column("distribution"), Column("central", right: true),
                               Column("p5", right: true), Column("p95", right: true), Column("from")],
                     rows: rows)
    }

    /// Parameter keys that may be uncertain (not township shares, profiles or goals).
    static func candidateKeys(baseline: Baseline) -> [String] {
        baseline.parameters.map(\.key).filter { !$0.hasPrefix("township.") && !$0.hasPrefix("profile.") && !$0.hasPrefix("goal.") }
    }

    /// `triangular 0.07 … 0.09 … 0.11`, in absolute values.
    static func describe(_ d: ResolvedDistribution) -> String {
        switch d {
        case .uniform(let lo, let hi): return "uniform \(number(lo)) … \(number(hi))"
        case .integerUniform(let lo, let hi): return "uniform whole numbers \(number(lo)) … \(number(hi))"
        case .triangular(let lo, let mode, let hi): return "triangular \(number(lo)) … \(number(mode)) … \(number(hi))"
        case .normal(let n):
            var s = "normal mean \(number(n.mean)) sd \(number(n.sd))"
            if n.low > -.infinity { s += " low \(number(n.low))" }
            if n.high < .infinity { s += " high \(number(n.high))" }
            return s
        case .discrete(let values, let cumulative):
            var previous = 0.0
            let parts = zip(values, cumulative).map { v, c -> String in
                defer { previous = c }
                return "\(number(v)) (\(NumberFormat.fixed((c - previous) * 100, decimals: 0, grouping: false)) %)"
            }
            return "discrete " + parts.joined(separator: ", ")
        }
    }

    /// Six significant digits, no trailing zeros.
    static func number(_ v: Double) -> String {
        guard v.isFinite, v != 0 else { return formatNumber(v) }
        let magnitude = abs(v)
        var digits = 5
        var m = magnitude
        while m >= 10 && digits > 0 { m /= 10; digits -= 1 }
        while m < 1 { m *= 10; digits += 1 }
        var s = NumberFormat.fixed(v, decimals: min(digits, 12), grouping: false)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
