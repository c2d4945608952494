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
    /// Where entry j's value goes in `fill`'s output (the distribution's index in the list given).
    var targets: [Int] = []
    /// `sample(_:)`'s order: entries grouped by kind, each run drawn by a loop of its own.
    var runs: [(kind: Kind, entries: Range<Int>)] = []
    /// The least length of `fill`'s output.
    var outputWidth = 0
    /// The triangular entries' parameters by entry index, laid out so that a draw picks its leg
    /// by index arithmetic rather than a branch: `legs[2j]`, `legs[2j + 1]` are the rising and
    /// falling legs' products (mode − low, high − mode), `ends[2j]`, `ends[2j + 1]` low and
    /// high, `widths[j]` high − low, and `fallingAllowed[j]` 0 when the mode is the high end
    /// (every draw then on the rising leg), else 1. Unused for entries of other kinds.
    var legs: [Double] = []
    var ends: [Double] = []
    var widths: [Double] = []
    var fallingAllowed: [Int] = []

    /// The table of `distributions`, in their order.
    public init(_ distributions: [ResolvedDistribution]) {
        self.init(distributions, reading: nil)
    }

    /// The table of the distributions k with `reading[k]` true (all of them when nil). `fill`
    /// writes each at its index k and leaves the others as they are; entries are grouped by
    /// kind so that the draw loop runs over one kind at a time.
    public init(_ distributions: [ResolvedDistribution], reading: [Bool]?) {
        let kept = distributions.indices.filter { reading?[$0] ?? true }
        let kinds = kept.map { Self.kind(distributions[$0]) }
        // Stable by kind, so that entries of one kind keep the inputs' order.
        let order = kept.indices.sorted { (kinds[$0].rawValue, $0) < (kinds[$1].rawValue, $1) }
        for j in order {
            let k = kept[j]
            targets.append(k)
            switch distributions[k] {
            case .uniform(let low, let high): entries.append(Entry(kind: .uniform, p0: low, p1: high))
            case .integerUniform(let low, let high): entries.append(Entry(kind: .integerUniform, p0: low, p1: high))
            case .triangular(let a, let c, let b):
                // Width and the two legs, as the quantile computes them.
                entries.append(Entry(kind: .triangular, p0: a, p1: c, p2: b, p3: b - a, p4: c - a, p5: b - c))
            case .normal(let n):
                let kind: Kind = !n.isTruncated ? .normal : (n.mirrored ? .mirrored : .truncated)
                entries.append(Entry(kind: kind, p0: n.mean, p1: n.sd, p2: n.low, p3: n.high, p4: n.pLow, p5: n.pHigh))
            case .discrete(let v, let c):
                entries.append(Entry(kind: .discrete, start: values.count, count: v.count))
                values += v
                cumulative += c
            }
        }
        outputWidth = (targets.max() ?? -1) + 1
        for e in entries {
            legs += [e.p4, e.p5]; ends += [e.p0, e.p2]; widths.append(e.p3)
            fallingAllowed.append(e.kind == .triangular && e.p1 == e.p2 ? 0 : 1)
        }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].kind == entries[start].kind { end += 1 }
            runs.append((entries[start].kind, start..<end))
            start = end
        }
    }

    static func kind(_ d: ResolvedDistribution) -> Kind {
        switch d {
        case .uniform: .uniform
        case .integerUniform: .integerUniform
        case .triangular: .triangular
        case .normal(let n): !n.isTruncated ? .normal : (n.mirrored ? .mirrored : .truncated)
        case .discrete: .discrete
        }
    }

    /// How many distributions the table holds.
    public var count: Int { entries.count }

    /// The value of distribution `k` (its index in the list given) at cumulative probability q.
    public func quantile(_ k: Int, _ q: Double) -> Double {
        quantile(entries[targets.firstIndex(of: k)!], q)
    }

    /// The random streams of the table's entries, in its order: `DrawRandom.stream` of the seed
    /// and each input's key hash (`keyHashes` indexed as the distributions were given).
    public func streams(seed: UInt64, keyHashes: [UInt64]) -> [UInt64] {
        targets.map { DrawRandom.stream(seed: seed, keyHash: keyHashes[$0]) }
    }

    /// Every read input's value for one draw: `out[targets[j]]` is entry j's quantile of the
    /// uniform number `DrawRandom.uniform(stream: streams[j], drawWord: drawWord)`, with
    /// `streams` from `streams(seed:keyHashes:)`. The same values as `quantile`, drawn one
    /// kind at a time (triangular ones without a branch on the draw, see `triangular`).
    @inline(__always)
    public func fill(_ out: inout [Double], streams: [UInt64], drawWord: UInt64) {
        precondition(streams.count == entries.count && out.count >= outputWidth)
        entries.withUnsafeBufferPointer { e in
            streams.withUnsafeBufferPointer { s in
                targets.withUnsafeBufferPointer { t in
                    out.withUnsafeMutableBufferPointer { o in
                        for run in runs {
                            if run.kind == .triangular {
                                for j in run.entries {
                                    o[t[j]] = triangular(j, DrawRandom.uniform(stream: s[j], drawWord: drawWord))
                                }
                            } else {
                                for j in run.entries {
                                    o[t[j]] = quantile(e[j], DrawRandom.uniform(stream: s[j], drawWord: drawWord))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Triangular entry j's quantile at q, as `quantile(_:_:)` computes it, with the leg chosen
    /// by an index (0 rising, 1 falling) instead of a branch on the draw. A branch there is
    /// mispredicted about every other draw (x86 has no conditional move for doubles, so the
    /// compiler branches even on a select), and it was most of a draw's sampling time. Each
    /// operation is the scalar quantile's: s = |leg − q| is q or 1 − q exactly, the product is
    /// (s · width) · leg product, and low + 1·root or high + (−1)·root is low + root or
    /// high − root exactly.
    @inline(__always)
    func triangular(_ j: Int, _ q: Double) -> Double {
        let width = widths[j]
        let falling = !(q * width < legs[2 * j])
        let leg = Int(unsafeBitCast(falling, to: UInt8.self)) & fallingAllowed[j]
        let side = abs(Double(leg) - q)
        let root = (side * width * legs[2 * j + leg]).squareRoot()
        return ends[2 * j + leg] + (1 - 2 * Double(leg)) * root
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
