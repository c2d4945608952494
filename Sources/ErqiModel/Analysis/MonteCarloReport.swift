/// What a Monte Carlo run reports (docs/ANALYSIS.md §3), ready to be written as JSON or as a
/// table: goal probabilities, output summaries, drivers and the inputs drawn.
public struct MonteCarloReport: Equatable, Sendable {
    /// One goal's probability of being met over the valid draws.
    public struct GoalProbability: Equatable, Sendable {
        public var id: String
        public var probability: Double
        public var ci95: [Double]
        /// The verdict in the central case (every input at its central value, the deterministic
        /// run); nil when not known.
        public var metInCentralCase: Bool?
        /// The goal's margin in the central case, in its own unit (positive: room to spare);
        /// nil for `district` and `all`, which have no single unit, or when not known.
        public var centralMargin: Double?

        public init(id: String, probability: Double, ci95: [Double], metInCentralCase: Bool? = nil, centralMargin: Double? = nil) {
            self.id = id; self.probability = probability; self.ci95 = ci95; self.metInCentralCase = metInCentralCase
            self.centralMargin = centralMargin
        }
    }

    /// One output's summary.
    public struct OutputRow: Equatable, Sendable {
        public var key: String
        public var summary: OutputSummary
        public init(key: String, summary: OutputSummary) { self.key = key; self.summary = summary }
    }

    /// One input's Spearman ρ with intensity change and with the energy gap (nil: undefined).
    public struct Driver: Equatable, Sendable {
        public var input: String
        public var rhoIntensityChange: Double?
        public var rhoEnergyGapTce: Double?
        public init(input: String, rhoIntensityChange: Double?, rhoEnergyGapTce: Double?) {
            self.input = input; self.rhoIntensityChange = rhoIntensityChange; self.rhoEnergyGapTce = rhoEnergyGapTce
        }

        /// max(|ρ₁|, |ρ₂|), 0 where undefined.
        public var strength: Double { max(abs(rhoIntensityChange ?? 0), abs(rhoEnergyGapTce ?? 0)) }
    }

    /// An input and its distribution as written.
    public struct Input: Equatable, Sendable {
        public var input: String
        public var uncertainty: Uncertainty
        public init(input: String, uncertainty: Uncertainty) { self.input = input; self.uncertainty = uncertainty }
    }

    public var scenario: String
    public var draws: Int
    public var valid: Int
    public var invalid: Int
    public var invalidReason: String?
    public var seed: UInt64
    public var partial: Bool
    public var goals: [GoalProbability]
    public var outputs: [OutputRow]
    public var drivers: [Driver]
    public var inputs: [Input]

    public init(scenario: String, draws: Int, valid: Int, invalid: Int, invalidReason: String?, seed: UInt64, partial: Bool,
                goals: [GoalProbability], outputs: [OutputRow], drivers: [Driver], inputs: [Input]) {
        self.scenario = scenario; self.draws = draws; self.valid = valid; self.invalid = invalid
        self.invalidReason = invalidReason; self.seed = seed; self.partial = partial; self.goals = goals
        self.outputs = outputs; self.drivers = drivers; self.inputs = inputs
    }

    /// The report of `draws` made over `inputs`: `goalIDs` and `outputKeys` in the order the
    /// evaluator filled them (`MonteCarloKeys`), `central` the deterministic result for the
    /// verdicts beside the probabilities. Drivers sorted by the larger |ρ|, ties by key. The
    /// outputs' summaries and the inputs' rank correlations are computed through `loop`.
    public init(scenario: String, seed: UInt64, inputs: [UncertainInput], draws d: MonteCarloDraws, goalIDs: [String],
                outputKeys: [String], central: ScenarioResult?, loop: ConcurrentLoop = Concurrently.serial) {
        var centralMet: [String: Bool] = [:]
        var centralMargin: [String: Double] = [:]
        if let central {
            var district = true, all = true
            for g in central.goals {
                centralMet[g.id] = g.met
                centralMargin[g.id] = g.margin
                all = all && g.met
                if !g.id.hasPrefix("township.") { district = district && g.met }
            }
            centralMet["district"] = district
            centralMet["all"] = all
        }
        var goals: [GoalProbability] = []
        for (g, id) in goalIDs.enumerated() {
            guard let (p, ci) = d.probability(goal: g) else { continue }
            goals.append(GoalProbability(id: id, probability: p, ci95: [ci.low, ci.high], metInCentralCase: centralMet[id],
                                        centralMargin: centralMargin[id]))
        }
        let summaries = Concurrently.collect(outputKeys.count, loop) { d.summary(output: $0) }
        var outputs: [OutputRow] = []
        for (k, key) in outputKeys.enumerated() {
            if let s = summaries[k] { outputs.append(OutputRow(key: key, summary: s)) }
        }
        let rho = d.rankCorrelations(inputs: inputs, seed: seed, outputs: [0, 1], loop: loop)
        let drivers = inputs.indices.map { Driver(input: inputs[$0].key, rhoIntensityChange: rho[$0][0], rhoEnergyGapTce: rho[$0][1]) }
            .sorted { $0.strength > $1.strength || ($0.strength == $1.strength && $0.input < $1.input) }
        self.init(scenario: scenario, draws: d.draws, valid: d.valid, invalid: d.invalid, invalidReason: d.mostFrequentInvalidReason,
                  seed: seed, partial: d.partial, goals: goals, outputs: outputs, drivers: drivers,
                  inputs: inputs.map { Input(input: $0.key, uncertainty: $0.uncertainty) })
    }
}
