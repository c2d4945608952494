public import ErqiModel

/// One `--set KEY=VALUE` applied to every scenario of a batch.
///
/// `KEY` is `ID.FIELD` (a measure field, through `ScenarioEditor.set`; a lever's name creates
/// that measure), a parameter key (an assumption, through `ScenarioEditor.assume`),
/// `pv_accounting` (an option), or `actuals.…` (a year-to-date figure, the month they run to
/// or their source, through `ActualsEditor.set`). A key that is both a measure field and a parameter key
/// (`motors.hours` when the scenario has a `motors` measure) sets the measure's field; write
/// `measures.ID.FIELD`, `assumptions.KEY` or `options.pv_accounting` to say which.
public struct ScenarioSetting: Equatable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) { self.key = key; self.value = value }

    /// Parses `KEY=VALUE`.
    public static func parse(_ argument: String) throws(BatchError) -> ScenarioSetting {
        guard let eq = argument.firstIndex(of: "="), eq != argument.startIndex else {
            throw BatchError("--set \(argument): expected KEY=VALUE (e.g. pv-mazhai.capacity_mw=15, growth.industry=0.08, pv_accounting=counted)")
        }
        let value = String(argument[argument.index(after: eq)...])
        guard !value.isEmpty else { throw BatchError("--set \(argument): missing a value after '='") }
        return ScenarioSetting(key: String(argument[..<eq]), value: value)
    }

    /// The argument as typed.
    public var argument: String { "\(key)=\(value)" }

    /// What a key names in a scenario.
    public enum Target: Equatable, Sendable {
        /// `ID.FIELD` of a measure (or of a lever's measure to create).
        case measureField(String)
        /// A parameter key.
        case assumption(String)
        /// A scenario option.
        case option(String)
        /// A key under `actuals` (`through_month`, `source`, `energy_tce.SECTOR`, `value_added.SECTOR`).
        case actual(String)
    }

    /// What `key` names in `scenario` on `baseline`; the error lists what it could have meant.
    public static func target(of key: String, in scenario: Scenario, baseline: Baseline) throws(EditError) -> Target {
        if key == "pv_accounting" { return .option(key) }
        if key.hasPrefix("options.") { return .option(String(key.dropFirst("options.".count))) }
        if key.hasPrefix("assumptions.") { return .assumption(String(key.dropFirst("assumptions.".count))) }
        if key.hasPrefix("measures.") { return .measureField(String(key.dropFirst("measures.".count))) }
        if key.hasPrefix("actuals.") {
            guard scenario.measureIndex("actuals") == nil else {
                throw EditError("\(key): the scenario has a measure named actuals as well as year-to-date figures; write measures.\(key) for the measure's field")
            }
            return .actual(String(key.dropFirst("actuals.".count)))
        }
        let head = key.split(separator: ".", maxSplits: 1).first.map(String.init) ?? key
        if key.contains("."), scenario.measureIndex(head) != nil { return .measureField(key) }
        if baseline.parameter(key) != nil { return .assumption(key) }
        if key.contains("."), LeverKind(id: head) != nil { return .measureField(key) }
        let candidates = scenario.measures.map(\.id) + baseline.parameters.map(\.key) + ["pv_accounting"] + ActualsEditor.keys
        let measures = scenario.measures.map(\.id)
        throw EditError("unknown key '\(key)'\(Suggestions.hint(key, candidates)): expected MEASURE.FIELD "
            + "(measures: \(measures.isEmpty ? "none" : measures.joined(separator: ", "))), a lever's name with a field, "
            + "a parameter key (see the baseline), pv_accounting or actuals.through_month, actuals.energy_tce.SECTOR, actuals.value_added.SECTOR, actuals.source")
    }

    /// Applies the setting; a rejected value leaves `scenario` unchanged.
    public func apply(to scenario: inout Scenario, baseline: Baseline) throws(EditError) {
        switch try Self.target(of: key, in: scenario, baseline: baseline) {
        case .measureField(let path): try ScenarioEditor.set(&scenario, path: path, value: value, baseline: baseline)
        case .assumption(let k): try ScenarioEditor.assume(&scenario, key: k, value: value, baseline: baseline)
        case .option(let name): try ScenarioEditor.option(&scenario, name: name, value: value)
        case .actual(let path): try ActualsEditor.set(&scenario, path: path, value: value)
        }
    }
}
