import ErqiModel

/// The barometer's Monte Carlo columns and note: each goal's P(met) with its 95 % interval.
enum BarometerChanceColumns {
    /// For people one column `P(met) [95 %]`; for machines `probability`, `probability_ci95_low`
    /// and `probability_ci95_high`. None when not `shown`.
    static func columns(machine: Bool, shown: Bool) -> [Column] {
        guard shown else { return [] }
        if machine {
            return [Column("probability", right: true), Column("probability_ci95_low", right: true),
                    Column("probability_ci95_high", right: true)]
        }
        return [Column("probability", "P(met) [95 %]", right: true)]
    }

    static func cells(_ c: Barometer.Chance?, machine: Bool, shown: Bool) -> [Cell] {
        guard shown else { return [] }
        if machine {
            guard let c else { return [.empty, .empty, .empty] }
            return [.number(c.probability, decimals: 4), .number(c.ci95Low, decimals: 4), .number(c.ci95High, decimals: 4)]
        }
        return [c.map { .text(text($0)) } ?? .empty]
    }

    /// `87.3 % [85.8–88.7]`.
    static func text(_ c: Barometer.Chance) -> String {
        func pct(_ p: Double) -> String { NumberFormat.fixed(p * 100, decimals: 1, grouping: false) }
        return "\(pct(c.probability)) % [\(pct(c.ci95Low))–\(pct(c.ci95High))]"
    }

    /// What P(met) is and how it was drawn, or why there is none.
    static func note(_ b: Barometer) -> String {
        guard let m = b.monteCarlo else {
            return "No P(met): no Monte Carlo run (the scenario has no uncertain inputs, or 0 draws were asked for)."
        }
        let draws = NumberFormat.fixed(Double(m.draws), decimals: 0, grouping: true)
        let valid = NumberFormat.fixed(Double(m.valid), decimals: 0, grouping: true)
        var s = "P(met), \(draws) draws, seed \(m.seed): the share of the \(valid) valid draws of the uncertain inputs that meet "
            + "the goal, with its 95 % interval"
        if let all = m.allDistrictGoals { s += "; every district goal at once: \(text(all))" }
        s += "."
        if m.partial { s += " PARTIAL: stopped before every draw was made." }
        return s
    }
}
