extension Baseline {
    /// Problems of the parameters' `uncertainty`: keys that cannot be uncertain, and
    /// distributions that are malformed or reach outside the key's valid range.
    public func uncertaintyIssues() -> [ModelIssue] {
        var issues: [ModelIssue] = []
        let empty = Scenario(name: "baseline")
        for (i, p) in parameters.enumerated() {
            guard let u = p.uncertainty else { continue }
            let base = "parameters[\(i)].uncertainty"
            switch UncertainInputs.target(p.key, baseline: self, scenario: empty) {
            case .failure(let problem):
                issues.append(ModelIssue(base, "\(p.key): \(problem.message)"))
            case .success(let t):
                if case .failure(let problem) = u.resolve(central: p.value, range: t.range) {
                    issues.append(ModelIssue(problem.field.map { "\(base).\($0)" } ?? base, "\(p.key): \(problem.message)"))
                }
            }
        }
        return issues
    }

    /// How many parameters carry an uncertainty.
    public var uncertainCount: Int { parameters.filter { $0.uncertainty != nil }.count }
}
