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
                case .actual:
                    throw EditError("\(axis.key): year-to-date figures are not varied by sweep; give them with --set \(axis.key)=…")
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
        let result = compiled.result(p, baseline: baseline, scenario: s)
        if !p.outputsAreFinite || result.firstNonFinite() != nil {
            // What `run` says of this scenario: the model error naming the input.
            var problem = result.firstNonFinite().map { "\($0.path): the result is not finite (\($0.value))" } ?? "the result is not finite"
            do { _ = try Engine.project(baseline: baseline, scenario: s) } catch {
                problem = error.issues.map(\.description).joined(separator: "; ")
            }
            return SweepPoint(values: values, outputs: nil, problem: problem, nonFinite: true)
        }
        return SweepPoint(values: values, outputs: SweepOutputs(result), problem: nil)
    }

    /// The error for the first point whose result is not finite, naming the file and the axis
    /// values that gave it (status 2, as `run` refuses such a scenario); nil when there is none.
    public func nonFiniteError(in points: [SweepPoint], file: String) -> BatchError? {
        guard let bad = points.first(where: \.nonFinite) else { return nil }
        let at = zip(axes, bad.values).map { "\($0.key)=\(NumberFormat.full($1))" }.joined(separator: " ")
        return BatchError("\(file): at --vary \(at): \(bad.problem ?? "the result is not finite")")
    }

    /// Every point, evaluated on every core, in grid order. The scenario is compiled once and
    /// each point patches it (`PatchableScenario`); a point whose value the patch refuses is
    /// compiled on its own, so that its message is the one `run` would give.
    public func run() -> [SweepPoint] { run(0..<count) }

    /// The points in `range`, evaluated on every core in grid order (what `run()` does for all;
    /// `erqi sweep` streams its machine formats a window of points at a time).
    public func run(_ range: Range<Int>) -> [SweepPoint] {
        guard let (start, handles) = patchable() else { return Parallel.map(count: range.count) { evaluate(at: range.lowerBound + $0) } }
        let total = range.count
        let first = range.lowerBound
        let chunks = min(total, 8 * max(1, Parallel.cores))
        let parts = Parallel.map(count: chunks) { c -> [SweepPoint] in
            var work = start
            var out: [SweepPoint] = []
            out.reserveCapacity((c + 1) * total / chunks - c * total / chunks)
            for i in (first + c * total / chunks)..<(first + (c + 1) * total / chunks) {
                let values = values(at: i)
                var patched = true
                for (h, v) in zip(handles, values) {
                    do { try work.set(h, to: v) } catch { patched = false; break }
                }
                guard patched else { out.append(evaluate(at: i)); continue }
                if work.evaluate() {
                    // A point whose outputs are not all finite is evaluated again on its own,
                    // which names the input that caused it.
                    guard work.projection.outputsAreFinite else { out.append(evaluate(at: i)); continue }
                    out.append(SweepPoint(values: values, outputs: SweepOutputs(work.compiled, work.projection, baseline: baseline), problem: nil))
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
    /// The ids of the goals missed, in the result's order.
    public var missedGoals: [String]

    /// The outputs of an evaluated projection, without building the named result.
    public init(_ compiled: CompiledScenario, _ p: Projection, baseline: Baseline) {
        intensityChange = p.intensityChange
        energyGapTce = p.energyGapTce
        co2_2015_t = p.co2_2015
        water2015_t = [p.water2015[0], p.water2015[1], p.water2015[2], p.water2015[3]]
        goalsMissed = compiled.goalsMissed(p)
        allGoalsMet = goalsMissed == 0
        // The ids are named only for the points that miss something.
        missedGoals = allGoalsMet ? [] : GoalID.all(in: baseline).filter { !compiled.check($0, p).met }.map { $0.id(in: baseline) }
    }

    public init(_ r: ScenarioResult) {
        let t = r.totals
        intensityChange = t.intensityChange
        energyGapTce = t.energyGapTce
        co2_2015_t = t.co2_2015_t
        water2015_t = [t.codHousehold2015_t, t.codIndustrial2015_t, t.nh3nHousehold2015_t, t.nh3nIndustrial2015_t]
        allGoalsMet = r.allGoalsMet
        missedGoals = r.goals.filter { !$0.met }.map(\.id)
        goalsMissed = missedGoals.count
    }
}

/// One grid point: its axis values and outputs, or why the scenario is invalid there.
public struct SweepPoint: Equatable, Sendable {
    public var values: [Double]
    public var outputs: SweepOutputs?
    public var problem: String?
    /// The model evaluated the point but its result is not finite (`inf`, `nan`): not a row of
    /// the table but an error of the whole sweep (`Sweep.nonFiniteError`).
    public var nonFinite = false
}
