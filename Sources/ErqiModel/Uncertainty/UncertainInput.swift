/// What an uncertain key names: a baseline parameter (or the scenario's assumption of it) or a
/// numeric field of one of the scenario's measures.
public enum UncertainTarget: Equatable, Sendable {
    case parameter(String)
    case measureField(measureID: String, field: String)
}

/// One uncertain input of a scenario, resolved: its key, central value, valid range and
/// distribution in absolute values, ready to be sampled.
public struct UncertainInput: Equatable, Sendable {
    /// `growth.industry` or `pv-mazhai.capacity_mw`.
    public let key: String
    public let target: UncertainTarget
    /// The value the deterministic run uses.
    public let central: Double
    /// As written (in the baseline or the scenario).
    public let uncertainty: Uncertainty
    /// Whether the scenario's `uncertainty` (rather than the baseline) gave it.
    public let fromScenario: Bool
    public let range: ValueRange
    public let distribution: ResolvedDistribution
    /// `DrawRandom.keyHash(key)`, computed once.
    public let keyHash: UInt64

    public init(key: String, target: UncertainTarget, central: Double, uncertainty: Uncertainty,
                fromScenario: Bool, range: ValueRange, distribution: ResolvedDistribution) {
        self.key = key; self.target = target; self.central = central; self.uncertainty = uncertainty
        self.fromScenario = fromScenario; self.range = range; self.distribution = distribution
        self.keyHash = DrawRandom.keyHash(key)
    }

    /// The value of draw `draw` under `seed`: the distribution's quantile of the draw's uniform
    /// number. Depends on nothing else.
    @inline(__always)
    public func value(seed: UInt64, draw: UInt64) -> Double {
        distribution.quantile(DrawRandom.uniform(seed: seed, draw: draw, keyHash: keyHash))
    }

    /// The value at cumulative probability q (sensitivity uses 0.05 and 0.95).
    public func quantile(_ q: Double) -> Double { distribution.quantile(q) }
}
