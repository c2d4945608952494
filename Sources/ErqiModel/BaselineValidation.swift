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
        issues += sectorProfileIssues(values)
        if issues.isEmpty {
            do { _ = try CompiledScenario(baseline: self, scenario: Scenario(name: "validate")) } catch {
                issues += error.issues
            }
        }
        if issues.isEmpty { issues += divisorIssues() }
        return issues
    }

    /// A sector's monthly shape (`profile.energy.<sector>`, `profile.va.<sector>`) is all twelve
    /// months with a positive total, or absent (flat).
    func sectorProfileIssues(_ values: [String: Double]) -> [ModelIssue] {
        var issues: [ModelIssue] = []
        for kind in SectorProfileKind.allCases {
            for s in Sector.allCases where kind == .energy || s.producesValueAdded {
                let months = (1...12).map { values[ParameterKey.sectorProfile(kind, s, month: $0).text] }
                let given = months.compactMap { $0 }
                if given.isEmpty { continue }
                let path = "parameters (profile.\(kind.id).\(s.id).m01…m12)"
                if given.count < 12 {
                    let missing = (1...12).filter { months[$0 - 1] == nil }.map { ParameterKey.sectorProfile(kind, s, month: $0).text }
                    issues.append(ModelIssue(path, "a monthly shape needs all twelve months; missing \(missing.joined(separator: ", "))"))
                } else if !(given.reduce(0, +) > 0) {
                    issues.append(ModelIssue(path, "a monthly shape needs a positive total weight"))
                }
            }
        }
        for p in parameters where p.key.hasPrefix("profile.va.residential.") {
            issues.append(ModelIssue("parameters (\(p.key))", "residential has no value added, so no value-added shape"))
        }
        return issues
    }

    /// How many parameters are estimates rather than sourced.
    public var estimateCount: Int { parameters.filter(\.isEstimate).count }
}
