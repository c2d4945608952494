/// The quantile functions of many inputs as plain numbers, for the Monte Carlo loop: no enum
/// payloads or arrays are copied per value. Gives exactly `ResolvedDistribution.quantile`'s
/// values (the same operations in the same order).
public struct QuantileTable: Sendable {
    enum Kind: UInt8, Sendable { case uniform, integerUniform, triangular, normal, truncated, mirrored, discrete }

    struct Entry: Sendable {
        var kind: Kind
        var p0 = 0.0, p1 = 0.0, p2 = 0.0, p3 = 0.0, p4 = 0.0, p5 = 0.0
        var start = 0, count = 0
    }

    var entries: [Entry] = []
    var values: [Double] = []
    var cumulative: [Double] = []

    /// The table of `distributions`, in their order.
    public init(_ distributions: [ResolvedDistribution]) {
        for d in distributions {
            switch d {
            case .uniform(let low, let high): entries.append(Entry(kind: .uniform, p0: low, p1: high))
            case .integerUniform(let low, let high): entries.append(Entry(kind: .integerUniform, p0: low, p1: high))
            case .triangular(let a, let c, let b): entries.append(Entry(kind: .triangular, p0: a, p1: c, p2: b))
            case .normal(let n):
                let kind: Kind = !n.isTruncated ? .normal : (n.mirrored ? .mirrored : .truncated)
                entries.append(Entry(kind: kind, p0: n.mean, p1: n.sd, p2: n.low, p3: n.high, p4: n.pLow, p5: n.pHigh))
            case .discrete(let v, let c):
                entries.append(Entry(kind: .discrete, start: values.count, count: v.count))
                values += v
                cumulative += c
            }
        }
    }

    /// How many distributions the table holds.
    public var count: Int { entries.count }

    /// The value of distribution `k` at cumulative probability q.
    @inline(__always)
    public func quantile(_ k: Int, _ q: Double) -> Double {
        quantile(entries[k], q)
    }

    /// Every input's value for one draw: `out[k]` is distribution k's quantile of the uniform
    /// number `DrawRandom.uniform(stream: streams[k], drawWord: drawWord)`.
    @inline(__always)
    public func fill(_ out: inout [Double], streams: [UInt64], drawWord: UInt64) {
        precondition(out.count == entries.count && streams.count == entries.count)
        entries.withUnsafeBufferPointer { e in
            streams.withUnsafeBufferPointer { s in
                out.withUnsafeMutableBufferPointer { o in
                    for k in 0..<e.count {
                        o[k] = quantile(e[k], DrawRandom.uniform(stream: s[k], drawWord: drawWord))
                    }
                }
            }
        }
    }

    @inline(__always)
    func quantile(_ e: Entry, _ q: Double) -> Double {
        switch e.kind {
        case .uniform:
            return e.p0 + q * (e.p1 - e.p0)
        case .integerUniform:
            let n = e.p1 - e.p0 + 1
            var i = (q * n).rounded(.up) - 1
            if i > 0 && i / n >= q { i -= 1 }
            return e.p0 + min(max(i, 0), n - 1)
        case .triangular:
            let a = e.p0, c = e.p1, b = e.p2
            let width = b - a
            if q * width < c - a || (c == b) {
                return a + (q * width * (c - a)).squareRoot()
            }
            return b - ((1 - q) * width * (b - c)).squareRoot()
        case .normal:
            return min(max(e.p0 + e.p1 * StandardNormal.quantile(q), e.p2), e.p3)
        case .truncated:
            return min(max(e.p0 + e.p1 * StandardNormal.quantile(e.p4 + q * (e.p5 - e.p4)), e.p2), e.p3)
        case .mirrored:
            return min(max(e.p0 + e.p1 * -StandardNormal.quantile(e.p4 + (1 - q) * (e.p5 - e.p4)), e.p2), e.p3)
        case .discrete:
            for i in e.start..<(e.start + e.count) where cumulative[i] >= q { return values[i] }
            return values[e.start + e.count - 1]
        }
    }
}
