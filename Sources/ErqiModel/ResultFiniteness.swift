extension ScenarioResult {
    /// The first number of the result that is not finite (`inf`, `nan`), by its result path.
    public func firstNonFinite() -> (path: String, value: Double)? {
        guard !allFinite else { return nil }
        let t = totals
        let named: [(String, Double)] = [
            ("totals.gdp_2014", t.gdp2014), ("totals.gdp_2015", t.gdp2015),
            ("totals.energy_2014_tce", t.energy2014Tce), ("totals.energy_bau_2015_tce", t.energyBAU2015Tce),
            ("totals.energy_2015_tce", t.energy2015Tce), ("totals.intensity_2014", t.intensity2014),
            ("totals.intensity_2015", t.intensity2015), ("totals.intensity_change", t.intensityChange),
            ("totals.energy_gap_tce", t.energyGapTce), ("totals.co2_2015_t", t.co2_2015_t),
            ("totals.so2_2015_t", t.so2_2015_t), ("totals.nox_2015_t", t.nox_2015_t), ("totals.pm_2015_t", t.pm_2015_t),
            ("totals.pv_generation_mwh", t.pvGenerationMWh), ("totals.smokeless_area_km2", t.smokelessAreaKm2),
        ]
        if let bad = named.first(where: { !$0.1.isFinite }) { return bad }
        for g in goals where !g.value.isFinite || !g.margin.isFinite { return ("goals.\(g.id)", g.value.isFinite ? g.margin : g.value) }
        for tw in townships {
            for (field, v) in [("energy_2015_tce", tw.energy2015Tce), ("gdp_2015", tw.gdp2015), ("intensity_change", tw.intensityChange)]
            where !v.isFinite { return ("townships.\(tw.id).\(field)", v) }
        }
        for m in measures {
            for (field, v) in [("energy_saving_tce", m.energySavingTce), ("co2_reduction_t", m.co2ReductionT), ("gdp_change", m.gdpChange)]
            where !v.isFinite { return ("measures.\(m.id).\(field)", v) }
        }
        return nil
    }

    /// True when every number `firstNonFinite()` looks at is finite: checked without naming
    /// anything, so that a result that is fine (nearly always) costs no strings or arrays.
    var allFinite: Bool {
        let t = totals
        var sum = t.gdp2014 + t.gdp2015 + t.energy2014Tce + t.energyBAU2015Tce + t.energy2015Tce
        sum += t.intensity2014 + t.intensity2015 + t.intensityChange + t.energyGapTce + t.co2_2015_t
        sum += t.so2_2015_t + t.nox_2015_t + t.pm_2015_t + t.pvGenerationMWh + t.smokelessAreaKm2
        // A sum of finite numbers can still overflow to infinity: then the slow path looks.
        for g in goals { sum += g.value * 0 + g.margin * 0 }
        for tw in townships { sum += tw.energy2015Tce * 0 + tw.gdp2015 * 0 + tw.intensityChange * 0 }
        for m in measures { sum += m.energySavingTce * 0 + m.co2ReductionT * 0 + m.gdpChange * 0 }
        return sum.isFinite
    }

    /// A model error for a result that is not finite, naming the inputs that can cause it:
    /// a baseline divisor that is 0, else the output itself (growth rates are bounded by
    /// `ParameterRules`, so a huge rate is refused before evaluation with its own path).
    func nonFiniteIssue(baseline: Baseline) -> ModelIssue? {
        guard let (path, value) = firstNonFinite() else { return nil }
        let shown = value.isNaN ? "not a number" : (value > 0 ? "infinite" : "−infinite")
        if let divisor = baseline.divisorIssues().first {
            return ModelIssue(divisor.path, "\(divisor.message); the result \(path) came out \(shown)")
        }
        return ModelIssue(path, "the result is \(shown): an input is too large or a baseline value it divides by is 0; check the assumptions (growth.*, drift.*) and measure sizes")
    }
}
