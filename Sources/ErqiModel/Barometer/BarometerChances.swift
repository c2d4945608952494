extension Barometer {
    /// A goal's probability of being met over the valid Monte Carlo draws, with its 95 % Wilson
    /// interval (docs/ANALYSIS.md §3).
    public struct Chance: Equatable, Sendable {
        public var probability: Double
        public var ci95Low: Double
        public var ci95High: Double

        public init(probability: Double, ci95Low: Double, ci95High: Double) {
            self.probability = probability; self.ci95Low = ci95Low; self.ci95High = ci95High
        }
    }

    /// How the chances were drawn: draws asked and made, valid draws, the seed, and the chance
    /// that every district goal (every goal but the townships') is met together.
    public struct MonteCarloSummary: Equatable, Sendable {
        /// Draws made.
        public var draws: Int
        /// Draws the model accepted; the chances are shares of these.
        public var valid: Int
        public var seed: UInt64
        /// Stopped before every draw asked for was made.
        public var partial: Bool
        /// Every district goal met in the same draw; nil when unknown.
        public var allDistrictGoals: Chance?

        public init(draws: Int, valid: Int, seed: UInt64, partial: Bool, allDistrictGoals: Chance?) {
            self.draws = draws; self.valid = valid; self.seed = seed; self.partial = partial
            self.allDistrictGoals = allDistrictGoals
        }
    }

    /// Sets each entry's chance from a Monte Carlo report of the same scenario (goals matched by
    /// id; an entry the report lacks keeps no chance) and records how it was drawn.
    public mutating func attach(_ report: MonteCarloReport) {
        var byID: [String: Chance] = [:]
        for g in report.goals where g.ci95.count == 2 {
            byID[g.id] = Chance(probability: g.probability, ci95Low: g.ci95[0], ci95High: g.ci95[1])
        }
        for i in entries.indices { entries[i].chance = byID[entries[i].goal.id] }
        monteCarlo = MonteCarloSummary(draws: report.draws, valid: report.valid, seed: report.seed, partial: report.partial,
                                       allDistrictGoals: byID["district"])
    }

    /// The barometer as read back from its JSON: entries graded as written, chances included.
    public init(scenario: String, throughMonth: Int?, entries: [Entry], monteCarlo: MonteCarloSummary?) {
        self.scenario = scenario; self.throughMonth = throughMonth; self.entries = entries; self.monteCarlo = monteCarlo
    }
}

extension Barometer.Entry {
    /// An entry as read back from JSON (the grade as written, not recomputed).
    public init(goal: GoalResult, band: Double, grade: Grade, chance: Barometer.Chance?, monthlySavingNeededTce: Double?) {
        self.goal = goal; self.band = band; self.grade = grade; self.monthlySavingNeededTce = monthlySavingNeededTce
        self.chance = chance
    }
}

extension GoalResult {
    /// A goal result as read back from a file (the barometer's JSON), every figure as written.
    public init(id: String, label: String, direction: GoalDirection, value: Double, limit: Double, margin: Double, met: Bool,
                unit: String) {
        self.init(id: id, label: label, value: value, limit: limit, direction: direction, met: met, margin: margin, unit: unit)
    }
}
