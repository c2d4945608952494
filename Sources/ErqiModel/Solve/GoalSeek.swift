/// Goal seek (docs/ANALYSIS.md §1): the value of one target at which a goal starts to be met,
/// found on a compiled scenario that is patched at every point.
public enum GoalSeek {
    /// Samples per range before bisection.
    public static let samples = 33
    /// Doublings tried for an unbounded upper end before giving up.
    public static let maximumDoublings = 64

    /// Solves `goal` by `target` on `scenario`, within `range` when given (LO…HI), else the
    /// target's valid range with an unbounded upper end found by doubling. Throws when the
    /// target or the range cannot be used (with what was expected).
    public static func solve(baseline: Baseline, scenario: Scenario, goal: SolveGoal, target: SolveTarget,
                             range: (Double, Double)? = nil) throws(ModelIssues) -> SolveAnswer {
        var probe = try makeProbe(baseline: baseline, scenario: scenario, goal: goal, target: target)
        let current: Double
        switch target {
        case .value: current = probe.work.value(probe.handles[0].handle)
        case .scale: current = 1
        }
        let atCurrent = probe.at(current)
        if case .refused(let why) = atCurrent { throw ModelIssues([ModelIssue("target", "the scenario itself is refused: \(why)")]) }

        // The range: given, or the valid one with its upper end found by doubling.
        let valid: PatchRange
        switch target {
        case .value: valid = probe.handles[0].handle.range
        case .scale: valid = PatchRange(lower: 0, upper: nil)
        }
        let integer: Bool
        if case .value = target { integer = valid.isInteger } else { integer = false }
        var lo: Double, hi: Double
        var limit: String?
        if let (a, b) = range {
            guard a.isFinite, b.isFinite, a < b else {
                throw ModelIssues([ModelIssue("range", "expected LO:HI with LO < HI, got \(formatNumber(a)):\(formatNumber(b))")])
            }
            lo = a; hi = b
        } else {
            guard let l = valid.lower, valid.lowerIncluded else {
                throw ModelIssues([ModelIssue("range", "\(target.text) has no closed lower end; give a range (LO:HI, or from LO to HI)")])
            }
            lo = l
            if let u = valid.upper {
                guard valid.upperIncluded else {
                    throw ModelIssues([ModelIssue("range", "\(target.text) has no closed upper end; give a range (LO:HI, or from LO to HI)")])
                }
                hi = u
            } else {
                guard case .evaluated(let low) = probe.at(lo) else {
                    throw ModelIssues([ModelIssue("range", "the model refuses \(target.text) = \(formatNumber(lo)): \(refusal(probe.at(lo)))")])
                }
                (hi, limit) = doubling(&probe, from: max(current, 1, lo), lowMet: low.met, lo: lo)
            }
        }
        if integer { lo = lo.rounded(.up); hi = hi.rounded(.down) }

        // Sample the range; a refusal ends it at the last value accepted.
        var points: [Double] = []
        var outcomes: [GoalStanding] = []
        for v in sampleValues(lo, hi, integer: integer) {
            let o = probe.at(v)
            guard case .evaluated(let s) = o else {
                if points.isEmpty {
                    throw ModelIssues([ModelIssue("range", "the model refuses \(target.text) = \(formatNumber(v)): \(refusal(o))")])
                }
                limit = refusal(o)
                hi = points.last!
                break
            }
            points.append(v); outcomes.append(s)
        }

        var answer = SolveAnswer(
            scenario: scenario.name, goal: goal.id(in: baseline), target: target.text, current: current,
            metAtCurrent: atCurrent.met, feasible: true, metThroughout: false, intervals: nil, value: nil, change: nil,
            marginAtValue: nil, intensityChangeAtValue: nil, range: [lo, hi], limit: limit)
        let changes = zip(outcomes, outcomes.dropFirst()).filter { $0.met != $1.met }.count
        if outcomes.allSatisfy(\.met) {
            answer.metThroughout = true
        } else if !outcomes.contains(where: \.met) {
            answer.feasible = false
            var best = 0
            for i in outcomes.indices where outcomes[i].isBetter(than: outcomes[best]) { best = i }
            fill(&answer, at: points[best], outcomes[best], current: current, goal: goal)
        } else if changes > 1 {
            var intervals: [[Double]] = []
            var start: Double?
            for (i, s) in outcomes.enumerated() {
                if s.met, start == nil { start = points[i] }
                if !s.met, let a = start { intervals.append([a, points[i - 1]]); start = nil }
            }
            if let a = start { intervals.append([a, points.last!]) }
            answer.intervals = intervals
        } else {
            let i = zip(outcomes, outcomes.dropFirst()).enumerated().first { $0.element.0.met != $0.element.1.met }!.offset
            let metFirst = outcomes[i].met
            var met = metFirst ? points[i] : points[i + 1], miss = metFirst ? points[i + 1] : points[i]
            while true {
                let gap = abs(met - miss)
                if integer ? gap <= 1 : gap <= 1e-9 * max(1, abs(met)) { break }
                var mid = (met + miss) / 2
                if integer { mid = mid.rounded(.down) }
                if mid == met || mid == miss { break }
                if probe.at(mid).met { met = mid } else { miss = mid }
            }
            guard case .evaluated(let s) = probe.at(met) else { return answer }
            fill(&answer, at: met, s, current: current, goal: goal)
            answer.solvedScenario = probe.work.scenario(applying: probe.handles.map(\.handle))
        }
        return answer
    }

    static func fill(_ a: inout SolveAnswer, at v: Double, _ s: GoalStanding, current: Double, goal: SolveGoal) {
        a.value = v
        a.change = v - current
        a.marginAtValue = s.margin
        a.intensityChangeAtValue = s.intensityChange
        if goal == .district || goal == .all { a.goalsMissedAtValue = s.missed }
    }

    static func refusal(_ o: ProbeOutcome) -> String {
        if case .refused(let why) = o { return why }
        return ""
    }

    /// The upper end for an unbounded target: doubling from `start` until "met" differs from
    /// its value at the lower end or the model refuses (then the last value accepted, and the
    /// refusal as the limit).
    static func doubling(_ probe: inout GoalSeekProbe, from start: Double, lowMet: Bool, lo: Double) -> (Double, String?) {
        var x = start > lo ? start : max(2 * lo, lo + 1)
        var lastAccepted = lo
        for _ in 0..<maximumDoublings {
            let o = probe.at(x)
            guard case .evaluated(let s) = o else { return (lastAccepted, refusal(o)) }
            lastAccepted = x
            if s.met != lowMet { return (x, nil) }
            x *= 2
        }
        return (lastAccepted, "no change found up to \(formatNumber(lastAccepted)) after \(maximumDoublings) doublings")
    }

    /// 33 evenly spaced values from `lo` to `hi` (every integer when an integer range has fewer).
    static func sampleValues(_ lo: Double, _ hi: Double, integer: Bool) -> [Double] {
        if integer {
            let count = hi - lo + 1
            if count <= Double(samples) { return stride(from: lo, through: hi, by: 1).map { $0 } }
            var out: [Double] = []
            for i in 0..<samples {
                let v = (lo + (hi - lo) * Double(i) / Double(samples - 1)).rounded()
                if out.last != v { out.append(v) }
            }
            return out
        }
        if hi <= lo { return [lo] }
        return (0..<samples).map { $0 == samples - 1 ? hi : lo + (hi - lo) * Double($0) / Double(samples - 1) }
    }

    /// The patchable scenario and the handles the target writes; a lever's name without a
    /// measure adds the measure with the lever's defaults, a count not given is given as 0.
    static func makeProbe(baseline: Baseline, scenario: Scenario, goal: SolveGoal, target: SolveTarget) throws(ModelIssues) -> GoalSeekProbe {
        var s = scenario
        switch target {
        case .value(let name):
            let path = name.hasPrefix("measures.") ? String(name.dropFirst("measures.".count)) : name
            if !name.hasPrefix("assumptions."), let dot = path.firstIndex(of: ".") {
                let id = String(path[..<dot]), field = String(path[path.index(after: dot)...])
                if let i = s.measureIndex(id) {
                    if field.hasPrefix("count."), s.measures[i].fields[field] == nil { s.measures[i].fields[field] = .number(0) }
                } else if let lever = LeverKind(id: id), name.hasPrefix("measures.") || baseline.value(name) == nil {
                    var m = Measure(id: id, lever: lever)
                    if field.hasPrefix("count.") { m.fields[field] = .number(0) }
                    s.measures.append(m)
                }
            }
            let work = try PatchableScenario(baseline: baseline, scenario: s)
            do {
                return GoalSeekProbe(work: work, goal: goal, handles: [(try work.handle(name), nil)])
            } catch {
                throw ModelIssues([error])
            }
        case .scale(let ids):
            let work = try PatchableScenario(baseline: baseline, scenario: s)
            var handles: [(handle: PatchHandle, base: Double?)] = []
            for id in ids {
                guard let i = s.measureIndex(id) else {
                    throw ModelIssues([ModelIssue("target", "scale: no measure '\(id)'\(Suggestions.hint(id, s.measures.map(\.id)))")])
                }
                for field in s.measures[i].fields.keys.sorted() where SolveTarget.sizeFields.contains(field) || field.hasPrefix("count.") {
                    do {
                        let h = try work.handle("measures.\(id).\(field)")
                        handles.append((h, work.value(h)))
                    } catch {
                        throw ModelIssues([error])
                    }
                }
            }
            guard !handles.isEmpty else {
                throw ModelIssues([ModelIssue("target", "\(target.text): the measures have no size field to scale")])
            }
            return GoalSeekProbe(work: work, goal: goal, handles: handles)
        }
    }
}
