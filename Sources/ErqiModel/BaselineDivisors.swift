extension Baseline {
    /// The baseline quantities the model divides by, each checked to be positive: the
    /// district's 2014 energy and GDP (intensity), each sector's 2014 energy with its fuels
    /// summed (sector shares of measures) is left to evaluation, and each township's 2014 energy
    /// and value added (township intensity change). A zero here would print `nan` or `inf`.
    public func divisorIssues() -> [ModelIssue] {
        guard let compiled = try? CompiledScenario(baseline: self, scenario: Scenario(name: "validate")) else { return [] }
        var p = Projection(for: compiled)
        _ = compiled.evaluate(into: &p)
        var issues: [ModelIssue] = []
        if !(p.energy2014Tce > 0) {
            issues.append(ModelIssue("parameters (energy.*)",
                "the district's 2014 energy must be above 0 tce (intensity divides by it), got \(formatNumber(p.energy2014Tce))"))
        }
        if !(p.gdp2014 > 0) {
            issues.append(ModelIssue("parameters (gdp.*)",
                "the district's 2014 GDP must be above 0 (intensity divides by it), got \(formatNumber(p.gdp2014))"))
        }
        for (t, township) in townships.enumerated() where t < p.townshipEnergy2014.count {
            if !(p.townshipEnergy2014[t] > 0) {
                issues.append(ModelIssue("parameters (township.\(township.id).energy_share.*)",
                    "township \(township.id)'s 2014 energy must be above 0 tce (its intensity change divides by it), got \(formatNumber(p.townshipEnergy2014[t]))"))
            }
            if !(p.townshipValueAdded2014[t] > 0) {
                issues.append(ModelIssue("parameters (township.\(township.id).va_share.*)",
                    "township \(township.id)'s 2014 value added must be above 0 (its intensity change divides by it), got \(formatNumber(p.townshipValueAdded2014[t]))"))
            }
        }
        return issues
    }
}
