/// A goal of docs/MODEL.md §6, typed: the district's goals and each township's.
public enum GoalID: Hashable, Sendable {
    case intensity
    case water(WaterPollutant)
    case smokelessArea
    case keyEnterprises
    /// Index of the township in the baseline.
    case township(Int)

    /// The district's goals, in result order (townships follow, in baseline order).
    public static let district: [GoalID] = [.intensity] + WaterPollutant.allCases.map { .water($0) } + [.smokelessArea, .keyEnterprises]

    /// The goal's id in results and commands (`intensity`, `cod_household`, `township.mazhai`).
    public func id(in baseline: Baseline) -> String {
        switch self {
        case .intensity: "intensity"
        case .water(let w): w.id
        case .smokelessArea: "smokeless_area"
        case .keyEnterprises: "key_enterprises"
        case .township(let t): baseline.index.townshipGoalIDs[t]
        }
    }

    /// The goal with this id on `baseline`, or nil.
    public init?(id: String, baseline: Baseline) {
        switch id {
        case "intensity": self = .intensity
        case "smokeless_area": self = .smokelessArea
        case "key_enterprises": self = .keyEnterprises
        default:
            if let w = WaterPollutant.allCases.first(where: { $0.id == id }) { self = .water(w); return }
            guard let t = baseline.index.townshipGoalIDs.firstIndex(of: id) else { return nil }
            self = .township(t)
        }
    }

    /// Every goal id of `baseline`, district first.
    public static func all(in baseline: Baseline) -> [GoalID] {
        district + baseline.townships.indices.map { .township($0) }
    }
}

/// A goal checked against one projection: value, limit, met and margin in the goal's unit.
public struct GoalCheck: Equatable, Sendable {
    public var value: Double
    public var limit: Double
    public var direction: GoalDirection
    public var met: Bool
    /// Positive: room to spare; negative: shortfall.
    public var margin: Double

    /// Met within a relative slack of 1e-9, so that 30.63 + 2.2 meets 32.83.
    public init(value: Double, limit: Double, direction: GoalDirection) {
        self.value = value; self.limit = limit; self.direction = direction
        let slack = goalTolerance * max(abs(limit), 1)
        met = direction == .atMost ? value <= limit + slack : value >= limit - slack
        margin = direction == .atMost ? limit - value : value - limit
    }
}

extension CompiledScenario {
    /// Checks `goal` on an evaluated projection; reads no strings, allocates nothing.
    public func check(_ goal: GoalID, _ p: Projection) -> GoalCheck {
        switch goal {
        case .intensity: GoalCheck(value: p.intensityChange, limit: goals.intensityChange, direction: .atMost)
        case .water(let w): GoalCheck(value: p.water2015[w.rawValue], limit: goals.water[w.rawValue], direction: .atMost)
        case .smokelessArea: GoalCheck(value: p.smokelessAreaByDeadlineKm2, limit: goals.smokelessAreaKm2, direction: .atLeast)
        case .keyEnterprises: GoalCheck(value: p.keyEnterprisesTce, limit: goals.keyEnterprisesTce, direction: .atLeast)
        case .township(let t): GoalCheck(value: p.townshipIntensityChange[t], limit: townshipTargets[t], direction: .atMost)
        }
    }

    /// How many goals (district and townships) an evaluated projection misses.
    public func goalsMissed(_ p: Projection) -> Int {
        var missed = 0
        for g in GoalID.district where !check(g, p).met { missed += 1 }
        for t in 0..<townshipCount where !check(.township(t), p).met { missed += 1 }
        return missed
    }
}
