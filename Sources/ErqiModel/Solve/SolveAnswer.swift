/// The answer of a goal seek (docs/ANALYSIS.md §1).
public struct SolveAnswer: Equatable, Sendable {
    public var scenario: String
    public var goal: String
    public var target: String
    /// The target's value in the scenario (1 for `scale`).
    public var current: Double
    public var metAtCurrent: Bool
    /// False when the goal is missed at every sampled value.
    public var feasible: Bool
    /// True when the goal is met at every sampled value (then no `value`).
    public var metThroughout: Bool
    /// The met stretches `[from, to]` when "met" changes more than once along the samples.
    public var intervals: [[Double]]?
    /// v*, the boundary on the met side; when infeasible, the sampled value with the best margin.
    public var value: Double?
    /// `value − current`.
    public var change: Double?
    /// The goal's margin at `value` in its own unit (for `district` and `all`: the intensity goal's).
    public var marginAtValue: Double?
    public var intensityChangeAtValue: Double?
    /// For `district` and `all`: how many of their goals are missed at `value`.
    public var goalsMissedAtValue: Int?
    /// The range searched, after doubling or a refusal ended it.
    public var range: [Double]
    /// The refusal that ended the range (e.g. "BAU has 900 t of industry coal"), or nil.
    public var limit: String?
    /// The scenario with the target at `value` (nil when there is no v*), for `solve … apply`.
    public var solvedScenario: Scenario?

    public init(scenario: String, goal: String, target: String, current: Double, metAtCurrent: Bool, feasible: Bool,
                metThroughout: Bool, intervals: [[Double]]?, value: Double?, change: Double?, marginAtValue: Double?,
                intensityChangeAtValue: Double?, goalsMissedAtValue: Int? = nil, range: [Double], limit: String?,
                solvedScenario: Scenario? = nil) {
        self.scenario = scenario; self.goal = goal; self.target = target; self.current = current
        self.metAtCurrent = metAtCurrent; self.feasible = feasible; self.metThroughout = metThroughout
        self.intervals = intervals; self.value = value; self.change = change; self.marginAtValue = marginAtValue
        self.intensityChangeAtValue = intensityChangeAtValue; self.goalsMissedAtValue = goalsMissedAtValue
        self.range = range; self.limit = limit; self.solvedScenario = solvedScenario
    }

    /// True when there is a single answer v*.
    public var hasValue: Bool { feasible && !metThroughout && intervals == nil && value != nil }
}
