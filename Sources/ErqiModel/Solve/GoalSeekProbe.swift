/// One evaluation of a goal seek: the model refused the value, or the goal's standing there.
enum ProbeOutcome: Equatable, Sendable {
    case refused(String)
    case evaluated(GoalStanding)

    var met: Bool { if case .evaluated(let s) = self { s.met } else { false } }
    var standing: GoalStanding? { if case .evaluated(let s) = self { s } else { nil } }
}

/// How a goal (or a set of goals) stands at one value.
struct GoalStanding: Equatable, Sendable {
    var met: Bool
    /// The goal's margin in its own unit; for `district` and `all`, the intensity goal's.
    var margin: Double
    /// Goals of the set missed (0 or 1 for one goal).
    var missed: Int
    var intensityChange: Double

    /// Better for an infeasible answer: fewer goals missed, then the larger margin.
    func isBetter(than other: GoalStanding) -> Bool {
        missed != other.missed ? missed < other.missed : margin > other.margin
    }
}

/// Sets the target to a value on a patchable scenario and evaluates the goal there: no
/// re-reading or re-compiling per point.
struct GoalSeekProbe {
    var work: PatchableScenario
    let goal: SolveGoal
    /// The handles the target writes, with each one's value at k = 1 for `scale` (nil for a
    /// single value, written as is).
    let handles: [(handle: PatchHandle, base: Double?)]
    var evaluations = 0

    mutating func at(_ v: Double) -> ProbeOutcome {
        evaluations += 1
        do {
            for (h, base) in handles {
                var x = base.map { $0 * v } ?? v
                if base != nil && h.range.isInteger { x = x.rounded() }
                try work.set(h, to: x)
            }
        } catch {
            return .refused(error.description)
        }
        guard work.evaluate() else { return .refused(work.failureIssue?.description ?? "the model refuses this value") }
        return .evaluated(standing())
    }

    func standing() -> GoalStanding {
        let c = work.compiled, p = work.projection
        let intensity = c.check(.intensity, p)
        switch goal {
        case .one(let g):
            let check = c.check(g, p)
            return GoalStanding(met: check.met, margin: check.margin, missed: check.met ? 0 : 1, intensityChange: p.intensityChange)
        case .district, .all:
            var missed = 0
            for g in GoalID.district where !c.check(g, p).met { missed += 1 }
            if goal == .all { for t in 0..<c.townshipCount where !c.check(.township(t), p).met { missed += 1 } }
            return GoalStanding(met: missed == 0, margin: intensity.margin, missed: missed, intensityChange: p.intensityChange)
        }
    }
}
