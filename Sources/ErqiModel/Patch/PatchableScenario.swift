/// A compiled scenario with its projection, whose measure fields and parameters are patched
/// by index (`PatchHandle`) and re-evaluated: the fast path of sweeps, goal seek and sampling.
///
/// Resolve handles once (`handle(_:)`), then `set(_:to:)` and `evaluate()` as often as
/// needed: neither looks up a string nor allocates. Business as usual is recomputed only
/// after a patch of a parameter it reads; parameters patched are loaded once per evaluation.
public struct PatchableScenario: Sendable {
    public let baseline: Baseline
    /// The scenario as compiled (its measures' ids name the results); patches are not written
    /// back into it: `scenario(applying:)` does that.
    public let scenario: Scenario
    public internal(set) var compiled: CompiledScenario
    /// The last evaluation's state and results.
    public internal(set) var projection: Projection
    var bauCurrent = false
    var loadNeeded = false

    /// Compiles `scenario` on `baseline`; throws every problem found, as `CompiledScenario` does.
    public init(baseline: Baseline, scenario: Scenario) throws(ModelIssues) {
        self.baseline = baseline
        self.scenario = scenario
        compiled = try CompiledScenario(baseline: baseline, scenario: scenario)
        projection = Projection(for: compiled)
    }

    /// Evaluates with every patch applied. False, with `projection.failure` set, when the model
    /// refuses the values (docs/MODEL.md §7); `failureIssue` says why in words.
    @discardableResult
    public mutating func evaluate() -> Bool {
        if loadNeeded { compiled.load(); loadNeeded = false }
        if !bauCurrent {
            compiled.computeBAU(into: &projection)
            bauCurrent = true
        }
        return compiled.evaluateFromBAU(into: &projection)
    }

    /// The current value behind a handle.
    public func value(_ h: PatchHandle) -> Double {
        switch h.target {
        case .parameter(let slot, _): compiled.inputs[slot]
        case .inert(let key): compiled.assumedValue(key, scenario: scenario, baseline: baseline)
        case .field(let m, let f): compiled.measures[m].sizes[f]
        case .vehicleCount(_, let t): compiled.vehicleTerms[t].count
        case .startMonth(let m): Double(compiled.measures[m].startMonth)
        }
    }

    /// Sets the value behind a handle after checking it; a refused value changes nothing.
    /// The error's path is the handle's name.
    public mutating func set(_ h: PatchHandle, to v: Double) throws(ModelIssue) {
        if let problem = h.problem(v) { throw ModelIssue(h.name, problem) }
        switch h.target {
        case .parameter(let slot, _):
            guard compiled.inputs[slot] != v else { return }
            compiled.inputs[slot] = v
            loadNeeded = true
            if h.entersBAU { bauCurrent = false }
        case .inert:
            break
        case .field(let m, let f):
            compiled.measures[m].sizes[f] = v
            compiled.measures[m].defaultSlots[f] = -1
            compiled.measures[m].rebuildEffect()
        case .vehicleCount(_, let t):
            if let c = h.stockClass {
                let stock = compiled.inputs[compiled.layout.vehicle(c, .yellowStock)]
                var total = v
                for m in compiled.measures where m.kind == .yellowLabel {
                    for i in m.vehicles where i != t && compiled.vehicleTerms[i].classIndex == c { total += compiled.vehicleTerms[i].count }
                }
                if total > stock {
                    let cls = baseline.vehicleClasses[c].id
                    throw ModelIssue(h.name, "retires \(formatNumber(total)) \(cls) vehicles; vehicle.\(cls).yellow_stock is \(formatNumber(stock))")
                }
            }
            compiled.vehicleTerms[t].count = v
        case .startMonth(let m):
            compiled.measures[m].startMonth = Int(v)
            compiled.measures[m].fraction = compiled.fraction(startMonth: Int(v), profile: compiled.measures[m].profile)
        }
    }

    /// Writes parameter slot `slot` without the checks of `set(_:to:)`: for values already known
    /// to be valid (Monte Carlo draws, whose distributions were checked against the key's range).
    /// `entersBAU` as the slot's handle says.
    @inline(__always)
    public mutating func setParameter(slot: Int, entersBAU: Bool, to v: Double) {
        guard compiled.inputs[slot] != v else { return }
        compiled.inputs[slot] = v
        loadNeeded = true
        if entersBAU { bauCurrent = false }
    }

    /// Why the last evaluation failed, naming the measures involved; nil when it did not.
    public var failureIssue: ModelIssue? {
        projection.failure.map { compiled.issue(for: $0, baseline: baseline, scenario: scenario, projection: projection) }
    }

    /// The named result of the last successful evaluation.
    public func result() -> ScenarioResult {
        compiled.result(projection, baseline: baseline, scenario: scenario)
    }

    /// `scenario` with the current values behind `handles` written into it (a measure field
    /// as the measure's field, a parameter as an assumption).
    public func scenario(applying handles: [PatchHandle]) -> Scenario {
        var s = scenario
        for h in handles {
            let v = value(h)
            switch h.target {
            case .parameter(_, let key): s.assumptions[key.text] = v
            case .inert(let key): s.assumptions[key] = v
            case .field(let m, let f): s.measures[m].fields[compiled.measures[m].kind.spec.fields[f].name] = .number(v)
            case .vehicleCount(let m, let t):
                s.measures[m].fields["count.\(baseline.vehicleClasses[compiled.vehicleTerms[t].classIndex].id)"] = .number(v)
            case .startMonth(let m): s.measures[m].fields[CommonField.startMonth] = .number(v)
            }
        }
        return s
    }
}

extension CompiledScenario {
    /// A parameter's value with the scenario's assumption applied (for keys the model does not read).
    func assumedValue(_ key: String, scenario: Scenario, baseline: Baseline) -> Double {
        scenario.assumptions[key] ?? baseline.value(key) ?? 0
    }
}
