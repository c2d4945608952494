/// One of the plan's 29 tasks (重点任务) with its lead and cooperating units.
public struct PlanTask: Equatable, Sendable {
    public var number: Int
    /// The plan's Chinese title.
    public var title: String
    public var englishTitle: String
    /// 牵头单位.
    public var lead: String
    /// 配合单位.
    public var cooperating: [String]
    /// The levers that model the task; empty for institutional tasks.
    public var levers: [LeverKind]
    /// Why no lever models the task, when none does.
    public var whyNoLever: String?

    public init(number: Int, title: String, englishTitle: String, lead: String, cooperating: [String],
                levers: [LeverKind], whyNoLever: String?) {
        self.number = number; self.title = title; self.englishTitle = englishTitle; self.lead = lead
        self.cooperating = cooperating; self.levers = levers; self.whyNoLever = whyNoLever
    }
}
