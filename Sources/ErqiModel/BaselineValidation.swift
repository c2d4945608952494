extension Baseline {
    /// Semantic checks of docs/MODEL.md §7 on a decoded baseline: parameter ranges, shares that sum
    /// to 1, profiles with weight, and every key the model reads (through a trial compile).
    public func validate() -> [ModelIssue] {
        var issues: [ModelIssue] = []
        var seen: [String: Int] = [:]
        for (i, p) in parameters.enumerated() {
            if let problem = ParameterRules.problem(key: p.key, value: p.value) {
                issues.append(ModelIssue("parameters[\(i)] (\(p.key))", problem))
            }
            if let j = seen[p.key] {
                issues.append(ModelIssue("parameters[\(i)]", "duplicate key \(p.key), first at parameters[\(j)]"))
            }
            seen[p.key] = i
        }
        issues += uncertaintyIssues()
        if townships.isEmpty { issues.append(ModelIssue("townships", "expected at least one township")) }
        let values = self.values
        for family in ["energy_share", "va_share"] {
            for sector in Sector.allCases where family == "energy_share" || sector.producesValueAdded {
                var sum = 0.0
                for t in townships {
                    let key: ParameterKey = family == "energy_share" ? .energyShare(township: t.id, sector) : .valueAddedShare(township: t.id, sector)
                    sum += values[key.text] ?? 0
                }
                if abs(sum - 1) > 1e-6 {
                    issues.append(ModelIssue("parameters (township.*.\(family).\(sector.id))",
                        "shares over the \(townships.count) townships must sum to 1, got \(sum)"))
                }
            }
        }
        for name in profileNames {
            var sum = 0.0
            for m in 1...12 { sum += values[ParameterKey.profileWeight(profile: name, month: m).text] ?? 0 }
            if !(sum > 0) { issues.append(ModelIssue("parameters (profile.\(name).m01…m12)", "a profile needs a positive total weight")) }
        }
        if issues.isEmpty {
            do { _ = try CompiledScenario(baseline: self, scenario: Scenario(name: "validate")) } catch {
                issues += error.issues
            }
        }
        return issues
    }

    /// How many parameters are estimates rather than sourced.
    public var estimateCount: Int { parameters.filter(\.isEstimate).count }
}
