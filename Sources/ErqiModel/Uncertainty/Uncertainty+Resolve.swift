/// Why an uncertainty cannot be used for its key: the field at fault (`low`, `sd`, …; nil for
/// the whole) and what was expected.
public struct UncertaintyProblem: Error, Equatable, Sendable {
    public var field: String?
    public var message: String

    public init(_ field: String?, _ message: String) { self.field = field; self.message = message }
}

extension Uncertainty {
    /// The distribution in absolute values around `central`, checked against `range`: every
    /// value it can produce must be allowed there. Nothing is clamped: a distribution that
    /// reaches outside the range is refused with the range in the message.
    public func resolve(central: Double, range: ValueRange) -> Result<ResolvedDistribution, UncertaintyProblem> {
        do throws(UncertaintyProblem) {
            return .success(try resolved(central: central, range: range))
        } catch {
            return .failure(error)
        }
    }

    func resolved(central: Double, range: ValueRange) throws(UncertaintyProblem) -> ResolvedDistribution {
        let magnitude = abs(central)
        func absolute(_ x: Double, _ field: String) throws(UncertaintyProblem) -> Double {
            guard x.isFinite else { throw UncertaintyProblem(field, "expected a finite number, got \(formatNumber(x))") }
            return relative ? central + magnitude * x : x
        }
        func inside(_ x: Double, _ field: String, closure: Bool) throws(UncertaintyProblem) {
            let ok = closure ? range.containsInClosure(x) : range.contains(x)
            if !ok {
                let written = relative ? " (\(formatNumber(x)) from the central value \(formatNumber(central)))" : ""
                throw UncertaintyProblem(field, "the distribution reaches \(formatNumber(x))\(written), "
                                         + "outside the valid range \(range)")
            }
        }
        let integerOnly = "an integer field takes \"discrete\" or \"uniform\" (every whole number in low…high), not"
        switch distribution {
        case .uniform(let low, let high):
            let lo = try absolute(low, "low"), hi = try absolute(high, "high")
            if range.integer {
                guard lo == lo.rounded() else { throw UncertaintyProblem("low", "expected a whole number on an integer field, got \(formatNumber(lo))") }
                guard hi == hi.rounded() else { throw UncertaintyProblem("high", "expected a whole number on an integer field, got \(formatNumber(hi))") }
                guard lo <= hi else { throw UncertaintyProblem("high", "expected high ≥ low (\(formatNumber(lo))), got \(formatNumber(hi))") }
                try inside(lo, "low", closure: false)
                try inside(hi, "high", closure: false)
                return .integerUniform(low: lo, high: hi)
            }
            guard lo < hi else { throw UncertaintyProblem("high", "expected high above low (\(formatNumber(lo))), got \(formatNumber(hi))") }
            try inside(lo, "low", closure: true)
            try inside(hi, "high", closure: true)
            return .uniform(low: lo, high: hi)
        case .triangular(let low, let mode, let high):
            if range.integer { throw UncertaintyProblem("dist", "\(integerOnly) \"triangular\"") }
            let lo = try absolute(low, "low"), hi = try absolute(high, "high")
            let c = try mode.map { (m: Double) throws(UncertaintyProblem) -> Double in try absolute(m, "mode") } ?? central
            guard lo < hi else { throw UncertaintyProblem("high", "expected high above low (\(formatNumber(lo))), got \(formatNumber(hi))") }
            guard c >= lo && c <= hi else {
                let what = mode == nil ? "the central value \(formatNumber(c)) (the default mode)" : "mode \(formatNumber(c))"
                throw UncertaintyProblem(mode == nil ? nil : "mode", "expected the mode inside low…high (\(formatNumber(lo))…\(formatNumber(hi))), got \(what)")
            }
            try inside(lo, "low", closure: true)
            try inside(hi, "high", closure: true)
            return .triangular(low: lo, mode: c, high: hi)
        case .normal(let mean, let sd, let low, let high):
            if range.integer { throw UncertaintyProblem("dist", "\(integerOnly) \"normal\"") }
            guard sd.isFinite, sd > 0 else { throw UncertaintyProblem("sd", "expected a standard deviation > 0, got \(formatNumber(sd))") }
            let s = relative ? magnitude * sd : sd
            guard s > 0 else { throw UncertaintyProblem("sd", "a relative sd of a central value 0 is 0; give an absolute sd") }
            let mu = try mean.map { (m: Double) throws(UncertaintyProblem) -> Double in try absolute(m, "mean") } ?? central
            let lo = try low.map { (x: Double) throws(UncertaintyProblem) -> Double in try absolute(x, "low") } ?? -.infinity
            let hi = try high.map { (x: Double) throws(UncertaintyProblem) -> Double in try absolute(x, "high") } ?? .infinity
            if low != nil && high != nil && !(lo < hi) {
                throw UncertaintyProblem("high", "expected high above low (\(formatNumber(lo))), got \(formatNumber(hi))")
            }
            if low == nil && range.hasLowerLimit {
                throw UncertaintyProblem("low", "a normal without \"low\" can take any value, but this key's valid range is \(range); give \"low\" (at least \(formatNumber(range.lower)))")
            }
            if high == nil && range.hasUpperLimit {
                throw UncertaintyProblem("high", "a normal without \"high\" can take any value, but this key's valid range is \(range); give \"high\" (at most \(formatNumber(range.upper)))")
            }
            if low != nil { try inside(lo, "low", closure: true) }
            if high != nil { try inside(hi, "high", closure: true) }
            guard let n = NormalParameters(mean: mu, sd: s, low: lo, high: hi) else {
                throw UncertaintyProblem(nil, "the bounds \(formatNumber(lo))…\(formatNumber(hi)) hold almost none of the normal's probability (mean \(formatNumber(mu)), sd \(formatNumber(s)))")
            }
            return .normal(n)
        case .discrete(let values, let weights):
            if relative { throw UncertaintyProblem("relative", "\"relative\" reads low, mode, high, mean and sd; discrete values are absolute") }
            guard !values.isEmpty else { throw UncertaintyProblem("values", "expected at least one value") }
            for (i, v) in values.enumerated() {
                guard v.isFinite else { throw UncertaintyProblem("values[\(i)]", "expected a finite number, got \(formatNumber(v))") }
                if range.integer && v != v.rounded() {
                    throw UncertaintyProblem("values[\(i)]", "expected a whole number on an integer field, got \(formatNumber(v))")
                }
                try inside(v, "values[\(i)]", closure: false)
            }
            let w = weights ?? [Double](repeating: 1, count: values.count)
            guard w.count == values.count else {
                throw UncertaintyProblem("weights", "expected one weight per value (\(values.count)), got \(w.count)")
            }
            for (i, x) in w.enumerated() where !(x.isFinite && x > 0) {
                throw UncertaintyProblem("weights[\(i)]", "expected a weight > 0 (leave a value out rather than weigh it 0), got \(formatNumber(x))")
            }
            let total = w.reduce(0, +)
            var running = 0.0
            var cumulative = w.map { running += $0; return running / total }
            cumulative[cumulative.count - 1] = 1
            return .discrete(values: values, cumulative: cumulative)
        }
    }
}
