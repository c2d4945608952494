/// Finds and checks the uncertain inputs of a scenario on a baseline (ANALYSIS.md §2): every
/// baseline parameter's `uncertainty`, overridden key by key by the scenario's (whose
/// `certain` entries remove them).
public enum UncertainInputs {
    /// Every uncertain input, sorted by key, with every problem found (paths as in a scenario
    /// file: `uncertainty.<key>.<field>`, or `assumptions.<key>` when an assumption moves a
    /// baseline distribution's central value where that distribution no longer fits).
    public static func resolve(baseline: Baseline, scenario: Scenario) -> (inputs: [UncertainInput], issues: [ModelIssue]) {
        var settings: [String: (uncertainty: Uncertainty, fromScenario: Bool)] = [:]
        for p in baseline.parameters {
            if let u = p.uncertainty { settings[p.key] = (u, false) }
        }
        for (key, setting) in scenario.uncertainty {
            switch setting {
            case .certain: settings[key] = nil
            case .uncertain(let u): settings[key] = (u, true)
            }
        }
        var inputs: [UncertainInput] = []
        var issues: [ModelIssue] = []
        for key in settings.keys.sorted() {
            let (u, fromScenario) = settings[key]!
            switch check(key: key, uncertainty: u, baseline: baseline, scenario: scenario, fromScenario: fromScenario) {
            case .success(let input): inputs.append(input)
            case .failure(let issue): issues.append(issue)
            }
        }
        return (inputs, issues)
    }

    /// The uncertain inputs, or every problem.
    public static func inputs(baseline: Baseline, scenario: Scenario) throws(ModelIssues) -> [UncertainInput] {
        let (inputs, issues) = resolve(baseline: baseline, scenario: scenario)
        if !issues.isEmpty { throw ModelIssues(issues) }
        return inputs
    }

    /// Problems of the scenario's own `uncertainty` entries (what a deterministic run checks;
    /// baseline distributions were checked with the baseline).
    public static func scenarioIssues(baseline: Baseline, scenario: Scenario) -> [ModelIssue] {
        var issues: [ModelIssue] = []
        for key in scenario.uncertainty.keys.sorted() {
            // A `certain` entry only silences; it is not checked, so that one left behind by
            // a removed measure does no harm.
            if case .uncertain(let u) = scenario.uncertainty[key]!,
               case .failure(let issue) = check(key: key, uncertainty: u, baseline: baseline, scenario: scenario, fromScenario: true) {
                issues.append(issue)
            }
        }
        return issues
    }

    /// `uncertainty` on `key` resolved against the scenario, or the problem with its path.
    public static func check(key: String, uncertainty: Uncertainty, baseline: Baseline, scenario: Scenario,
                             fromScenario: Bool = true) -> Result<UncertainInput, ModelIssue> {
        let base = fromScenario ? path(key) : "assumptions.\(key)"
        let found: UncertainKey
        switch target(key, baseline: baseline, scenario: scenario) {
        case .success(let t): found = t
        case .failure(let problem): return .failure(ModelIssue(base, problem.message))
        }
        switch uncertainty.resolve(central: found.central, range: found.range) {
        case .success(let d):
            return .success(UncertainInput(key: key, target: found.target, central: found.central, uncertainty: uncertainty,
                                           fromScenario: fromScenario, range: found.range, distribution: d))
        case .failure(let problem):
            if fromScenario {
                return .failure(ModelIssue(problem.field.map { "\(base).\($0)" } ?? base, problem.message))
            }
            return .failure(ModelIssue(base, "the baseline's uncertainty of \(key) does not fit the assumed value \(formatNumber(found.central))"
                                       + (problem.field.map { " (\($0))" } ?? "") + ": \(problem.message)"))
        }
    }

    static let textFields = [CommonField.profile, CommonField.township, CommonField.sector, CommonField.note]

    /// The JSON path of a scenario's uncertainty entry.
    public static func path(_ key: String) -> String { "uncertainty.\(key)" }

    /// What `key` names, its central value and its valid range; or why it cannot be uncertain.
    public static func target(_ key: String, baseline: Baseline, scenario: Scenario) -> Result<UncertainKey, UncertaintyProblem> {
        func failure(_ message: String) -> Result<UncertainKey, UncertaintyProblem> { .failure(UncertaintyProblem(nil, message)) }
        func success(_ t: UncertainTarget, _ c: Double, _ r: ValueRange) -> Result<UncertainKey, UncertaintyProblem> {
            .success(UncertainKey(target: t, central: c, range: r))
        }
        if let p = baseline.parameter(key) {
            for fixed in ["township.", "profile.", "goal."] where key.hasPrefix(fixed) {
                return failure("\(fixed.dropLast()) parameters cannot be uncertain (township shares must keep summing to 1; "
                                + "profiles and goals are not estimates of the world)")
            }
            return success(.parameter(key), scenario.assumptions[key] ?? p.value, ParameterRules.range(key: key))
        }
        guard let dot = key.firstIndex(of: "."), let m = scenario.measures.first(where: { $0.id == key[..<dot] }) else {
            let candidates = Array(baseline.keys) + scenario.measures.map(\.id)
            return failure("unknown key: expected a parameter key (growth.industry) or ID.FIELD of one of the scenario's "
                            + "measures (pv-mazhai.capacity_mw)" + Suggestions.hint(key, candidates))
        }
        let field = String(key[key.index(after: dot)...])
        let spec = m.lever.spec
        func assumed(_ k: String) -> Double { scenario.assumptions[k] ?? baseline.value(k) ?? 0 }
        if textFields.contains(field) {
            return failure("\(field) is a word, not a number, and cannot be uncertain")
        }
        if field == CommonField.startMonth {
            return success(.measureField(measureID: m.id, field: field),
                             m.number(field) ?? Double(spec.defaultStartMonth), .closed(1, 13, integer: true))
        }
        guard let f = spec.field(field) else {
            let names = spec.fields.filter { $0.kind != .vehicleCount }.map(\.name) + [CommonField.startMonth]
                + (spec.fields.contains { $0.kind == .vehicleCount } ? baseline.vehicleClasses.map { "count.\($0.id)" } : [])
            return failure("\(m.lever.id) has no numeric field '\(field)'\(Suggestions.hint(field, names)); fields: "
                            + names.joined(separator: ", "))
        }
        let target = UncertainTarget.measureField(measureID: m.id, field: field)
        switch f.kind {
        case .vehicleCount:
            let cls = String(field.dropFirst("count.".count))
            guard baseline.vehicleClassIndex(cls) != nil else {
                return failure("unknown vehicle class '\(cls)'" + Suggestions.hint(cls, baseline.vehicleClasses.map(\.id)))
            }
            let upper = m.lever == .yellowLabel ? assumed("vehicle.\(cls).yellow_stock") : .infinity
            return success(target, m.number(field) ?? 0, ValueRange(lower: 0, upper: upper, integer: true))
        case .quantity(_, let maximum):
            var central = m.number(field)
            if central == nil {
                switch f.defaultValue {
                case .zero: central = 0
                case .parameter(let k): central = assumed(k.key)
                }
            }
            return success(target, central ?? 0, ValueRange(lower: 0, upper: maximum ?? .infinity))
        }
    }
}

/// What an uncertain key names, its central value and the values it accepts.
public struct UncertainKey: Equatable, Sendable {
    public var target: UncertainTarget
    public var central: Double
    public var range: ValueRange
}
