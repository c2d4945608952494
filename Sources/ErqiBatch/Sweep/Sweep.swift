public import ErqiModel
import ErqiRender

/// `erqi sweep`: a scenario evaluated at every combination of its axes' values.
public struct Sweep: Sendable {
    /// How an axis is applied to a copy of the scenario at each point.
    enum Slot: Sendable {
        case field(measure: Int, name: String)
        case assumption(String)
    }

    public var scenario: Scenario
    public var axes: [SweepAxis]
    let slots: [Slot]
    let baseline: Baseline

    /// Largest grid evaluated.
    public static let maximumPoints = 1_000_000

    /// Resolves each axis on `scenario` (a lever's name creates its measure) and checks the
    /// first value of each through the same edits as the shell's `set` and `assume`.
    public init(scenario: Scenario, axes: [SweepAxis], baseline: Baseline, file: String) throws(BatchError) {
        guard !axes.isEmpty else { throw BatchError("sweep: give at least one --vary KEY=FROM:TO:STEP") }
        var total = 1.0
        for a in axes { total *= Double(a.count) }
        guard total <= Double(Self.maximumPoints) else {
            throw BatchError("sweep: the grid has \(NumberFormat.fixed(total, decimals: 0, grouping: true)) points; at most \(NumberFormat.fixed(Double(Self.maximumPoints), decimals: 0, grouping: true))")
        }
        var seen: Set<String> = []
        var edited = scenario
        var slots: [Slot] = []
        for axis in axes {
            let label = "--vary \(axis.key)"
            guard seen.insert(axis.key).inserted else { throw BatchError("\(label): this key is varied twice") }
            do throws(EditError) {
                switch try ScenarioSetting.target(of: axis.key, in: edited, baseline: baseline) {
                case .option(let name):
                    throw EditError("\(name) is an option (offset or counted), not a number; use --set \(name)=… instead")
                case .assumption(let key):
                    try ScenarioEditor.assume(&edited, key: key, value: NumberFormat.full(axis.from), baseline: baseline)
                    slots.append(.assumption(key))
                case .measureField(let path):
                    let field = String(path.drop { $0 != "." }.dropFirst())
                    if MeasureTextFieldNames.all.contains(field) {
                        throw EditError("\(path): \(field) holds a name, not a number; only numeric fields can be varied")
                    }
                    try ScenarioEditor.set(&edited, path: path, value: NumberFormat.full(axis.from), baseline: baseline)
                    let id = String(path.prefix { $0 != "." })
                    slots.append(.field(measure: edited.measureIndex(id)!, name: field))
                }
            } catch {
                throw BatchError(error, file: file, argument: label)
            }
        }
        self.scenario = edited; self.axes = axes; self.slots = slots; self.baseline = baseline
    }

    /// Number of grid points.
    public var count: Int { axes.reduce(1) { $0 * $1.count } }

    /// The axis values of point `i`; the first axis varies slowest.
    public func values(at i: Int) -> [Double] {
        var rest = i
        var out = [Double](repeating: 0, count: axes.count)
        for a in axes.indices.reversed() {
            out[a] = axes[a].value(rest % axes[a].count)
            rest /= axes[a].count
        }
        return out
    }

    /// The scenario at point `i`.
    public func scenario(at i: Int) -> Scenario {
        var s = scenario
        for (slot, v) in zip(slots, values(at: i)) {
            switch slot {
            case .field(let m, let name): s.measures[m].fields[name] = .number(v)
            case .assumption(let key): s.assumptions[key] = v
            }
        }
        return s
    }

    /// Evaluates point `i` with `CompiledScenario` and `Projection`.
    public func evaluate(at i: Int) -> SweepPoint {
        let values = values(at: i)
        let s = scenario(at: i)
        let compiled: CompiledScenario
        do {
            compiled = try CompiledScenario(baseline: baseline, scenario: s)
        } catch {
            return SweepPoint(values: values, outputs: nil, problem: error.issues.map(\.description).joined(separator: "; "))
        }
        var p = Projection(for: compiled)
        guard compiled.evaluate(into: &p) else {
            return SweepPoint(values: values, outputs: nil,
                              problem: compiled.issue(for: p.failure!, baseline: baseline, scenario: s, projection: p).description)
        }
        return SweepPoint(values: values, outputs: SweepOutputs(compiled.result(p, baseline: baseline, scenario: s)), problem: nil)
    }

    /// Every point, evaluated on every core, in grid order. The scenario is compiled once and
    /// each point patches it (`PatchableScenario`); a point whose value the patch refuses is
    /// compiled on its own, so that its message is the one `run` would give.
    public func run() -> [SweepPoint] {
        guard let (start, handles) = patchable() else { return Parallel.map(count: count) { evaluate(at: $0) } }
        let total = count
        let chunks = min(total, 8 * max(1, Parallel.cores))
        let parts = Parallel.map(count: chunks) { c -> [SweepPoint] in
            var work = start
            var out: [SweepPoint] = []
            out.reserveCapacity((c + 1) * total / chunks - c * total / chunks)
            for i in (c * total / chunks)..<((c + 1) * total / chunks) {
                let values = values(at: i)
                var patched = true
                for (h, v) in zip(handles, values) {
                    do { try work.set(h, to: v) } catch { patched = false; break }
                }
                guard patched else { out.append(evaluate(at: i)); continue }
                if work.evaluate() {
                    out.append(SweepPoint(values: values, outputs: SweepOutputs(work.compiled, work.projection), problem: nil))
                } else {
                    out.append(SweepPoint(values: values, outputs: nil, problem: work.failureIssue?.description))
                }
            }
            return out
        }
        return parts.flatMap { $0 }
    }

    /// The scenario compiled once with a patch handle per axis, or nil when it does not compile
    /// or an axis cannot be patched (then every point is compiled on its own).
    func patchable() -> (PatchableScenario, [PatchHandle])? {
        guard let start = try? PatchableScenario(baseline: baseline, scenario: scenario) else { return nil }
        var handles: [PatchHandle] = []
        for slot in slots {
            let name: String
            switch slot {
            case .field(let m, let field): name = "measures.\(scenario.measures[m].id).\(field)"
            case .assumption(let key): name = "assumptions.\(key)"
            }
            guard let h = try? start.handle(name) else { return nil }
            handles.append(h)
        }
        return (start, handles)
    }
}

/// Text fields of a measure, which cannot be varied.
enum MeasureTextFieldNames {
    static let all = [CommonField.profile, CommonField.township, CommonField.sector, CommonField.note, CommonField.lever]
}

/// The headline outputs of one sweep point.
public struct SweepOutputs: Equatable, Sendable {
    public var intensityChange: Double
    public var energyGapTce: Double
    public var co2_2015_t: Double
    /// By WaterPollutant, t.
    public var water2015_t: [Double]
    public var allGoalsMet: Bool
    public var goalsMissed: Int

    /// The outputs of an evaluated projection, without building the named result.
    public init(_ compiled: CompiledScenario, _ p: Projection) {
        intensityChange = p.intensityChange
        energyGapTce = p.energyGapTce
        co2_2015_t = p.co2_2015
        water2015_t = [p.water2015[0], p.water2015[1], p.water2015[2], p.water2015[3]]
        goalsMissed = compiled.goalsMissed(p)
        allGoalsMet = goalsMissed == 0
    }

    public init(_ r: ScenarioResult) {
        let t = r.totals
        intensityChange = t.intensityChange
        energyGapTce = t.energyGapTce
        co2_2015_t = t.co2_2015_t
        water2015_t = [t.codHousehold2015_t, t.codIndustrial2015_t, t.nh3nHousehold2015_t, t.nh3nIndustrial2015_t]
        allGoalsMet = r.allGoalsMet
        goalsMissed = r.goals.filter { !$0.met }.count
    }
}

/// One grid point: its axis values and outputs, or why the scenario is invalid there.
public struct SweepPoint: Equatable, Sendable {
    public var values: [Double]
    public var outputs: SweepOutputs?
    public var problem: String?
}
