/// A probability distribution as a file or the shell states it, before it is resolved
/// against the central value of its key (ANALYSIS.md §2).
///
/// Fields left nil take the central value: a triangular's `mode`, a normal's `mean`.
public enum Distribution: Equatable, Sendable {
    /// Every value in [low, high] equally likely (every whole number, on an integer field).
    case uniform(low: Double, high: Double)
    /// The triangle on [low, high] peaking at `mode` (nil: the central value).
    case triangular(low: Double, mode: Double?, high: Double)
    /// Normal with `sd` around `mean` (nil: the central value), truncated to the bounds given.
    case normal(mean: Double?, sd: Double, low: Double?, high: Double?)
    /// One of `values`, with `weights` (nil: equal weights).
    case discrete(values: [Double], weights: [Double]?)

    /// The `dist` name in files and at the shell.
    public var kind: DistributionKind {
        switch self {
        case .uniform: .uniform
        case .triangular: .triangular
        case .normal: .normal
        case .discrete: .discrete
        }
    }
}

/// The four distribution families, by their `dist` name.
public enum DistributionKind: String, CaseIterable, Equatable, Sendable {
    case uniform, triangular, normal, discrete

    /// The name in files and commands.
    public var id: String { rawValue }

    /// The fields the family takes besides `dist` and `relative`, in file order.
    public var fieldNames: [String] {
        switch self {
        case .uniform: ["low", "high"]
        case .triangular: ["low", "mode", "high"]
        case .normal: ["mean", "sd", "low", "high"]
        case .discrete: ["values", "weights"]
        }
    }
}

/// The uncertainty of one input: a distribution, read as absolute values or, with
/// `relative`, as fractions of the central value (low −0.2: 20 % below it; sd 0.1: 10 % of it).
public struct Uncertainty: Equatable, Sendable, CustomStringConvertible {
    public var distribution: Distribution
    /// Low, mode, high, mean and sd are fractions of the central value's magnitude.
    public var relative: Bool

    public init(_ distribution: Distribution, relative: Bool = false) {
        self.distribution = distribution; self.relative = relative
    }

    /// As written, in the shell's words: `triangular low 0.07 high 0.11`, `normal sd 0.1 low -1 relative`.
    public var description: String {
        var parts = [distribution.kind.id]
        func put(_ name: String, _ x: Double?) { if let x { parts.append("\(name) \(formatNumber(x))") } }
        switch distribution {
        case .uniform(let low, let high): put("low", low); put("high", high)
        case .triangular(let low, let mode, let high): put("low", low); put("mode", mode); put("high", high)
        case .normal(let mean, let sd, let low, let high): put("mean", mean); put("sd", sd); put("low", low); put("high", high)
        case .discrete(let values, let weights):
            parts += values.map(formatNumber)
            if let weights { parts.append("weights"); parts += weights.map(formatNumber) }
        }
        if relative { parts.append("relative") }
        return parts.joined(separator: " ")
    }
}

/// A scenario's word on one key's uncertainty: a distribution, or `certain` (JSON `null`),
/// which makes a key certain that the baseline or the parent scenario made uncertain.
public enum UncertaintySetting: Equatable, Sendable {
    case certain
    case uncertain(Uncertainty)

    /// The uncertainty, or nil for `certain`.
    public var uncertainty: Uncertainty? {
        if case .uncertain(let u) = self { return u }
        return nil
    }
}
