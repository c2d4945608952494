/// A distribution in absolute values, checked, with what its quantile function needs
/// precomputed (ANALYSIS.md §4).
public enum ResolvedDistribution: Equatable, Sendable {
    case uniform(low: Double, high: Double)
    /// Every whole number in low…high equally likely.
    case integerUniform(low: Double, high: Double)
    case triangular(low: Double, mode: Double, high: Double)
    case normal(NormalParameters)
    /// `cumulative[i]` is the weight of values[0…i] over the total; the last is exactly 1.
    case discrete(values: [Double], cumulative: [Double])

    /// The value at cumulative probability q ∈ (0, 1).
    ///
    /// Uniform: low + q(high − low). Triangular: its inverse CDF. Normal: mean + sd·Φ⁻¹(q), or
    /// with bounds Φ⁻¹(Φ(a) + q(Φ(b) − Φ(a))) on the standardised bounds. Discrete: the first
    /// value whose cumulative weight reaches q. Integer uniform: the smallest whole number whose
    /// cumulative probability reaches q.
    public func quantile(_ q: Double) -> Double {
        switch self {
        case .uniform(let low, let high):
            return low + q * (high - low)
        case .integerUniform(let low, let high):
            let n = high - low + 1
            var k = (q * n).rounded(.up) - 1
            if k > 0 && k / n >= q { k -= 1 }
            return low + min(max(k, 0), n - 1)
        case .triangular(let a, let c, let b):
            let width = b - a
            if q * width < c - a || (c == b) {
                return a + (q * width * (c - a)).squareRoot()
            }
            return b - ((1 - q) * width * (b - c)).squareRoot()
        case .normal(let n):
            return n.quantile(q)
        case .discrete(let values, let cumulative):
            for i in cumulative.indices where cumulative[i] >= q { return values[i] }
            return values[values.count - 1]
        }
    }

    /// The smallest and largest value the distribution can take (±∞ for an unbounded normal).
    public var support: (low: Double, high: Double) {
        switch self {
        case .uniform(let low, let high), .integerUniform(let low, let high), .triangular(let low, _, let high):
            return (low, high)
        case .normal(let n): return (n.low, n.high)
        case .discrete(let values, _): return (values.min()!, values.max()!)
        }
    }
}

/// A normal distribution, possibly truncated, with Φ at its standardised bounds precomputed.
public struct NormalParameters: Equatable, Sendable {
    public let mean: Double
    public let sd: Double
    /// −∞ when not truncated below.
    public let low: Double
    /// +∞ when not truncated above.
    public let high: Double
    /// The bounds are handled in mirror image (x ↦ −x) so that Φ works in the lower tail,
    /// where it keeps its precision.
    let mirrored: Bool
    let pLow: Double
    let pHigh: Double

    /// Nil when the bounds leave the normal no probability to speak of (< 1e-300).
    public init?(mean: Double, sd: Double, low: Double = -.infinity, high: Double = .infinity) {
        self.mean = mean; self.sd = sd; self.low = low; self.high = high
        let a = (low - mean) / sd, b = (high - mean) / sd
        mirrored = a > 0
        if mirrored {
            pLow = StandardNormal.cdf(-b); pHigh = StandardNormal.cdf(-a)
        } else {
            pLow = StandardNormal.cdf(a); pHigh = StandardNormal.cdf(b)
        }
        if !(pHigh - pLow > 1e-300) { return nil }
    }

    /// Whether bounds cut the normal.
    public var isTruncated: Bool { low > -.infinity || high < .infinity }

    /// The value at cumulative probability q, kept inside the bounds against rounding.
    public func quantile(_ q: Double) -> Double {
        let z: Double
        if !isTruncated {
            z = StandardNormal.quantile(q)
        } else if mirrored {
            z = -StandardNormal.quantile(pLow + (1 - q) * (pHigh - pLow))
        } else {
            z = StandardNormal.quantile(pLow + q * (pHigh - pLow))
        }
        return min(max(mean + sd * z, low), high)
    }
}
