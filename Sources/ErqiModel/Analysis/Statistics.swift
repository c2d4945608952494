/// The statistics Monte Carlo reports (ANALYSIS.md §3): Wilson intervals, nearest-rank
/// percentiles, Spearman rank correlation.
public enum Statistics {
    /// z of a two-sided 95 % interval, Φ⁻¹(0.975).
    public static let z95 = 1.959963984540054

    /// The Wilson score interval of a proportion: `successes` of `trials`, at `z` (95 % by default).
    public static func wilson(successes: Int, trials: Int, z: Double = z95) -> (low: Double, high: Double)? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials), p = Double(successes) / n, z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        // At 0 or n successes the interval touches 0 or 1 exactly (rounding would leave a speck).
        return (successes == 0 ? 0 : max(0, centre - half), successes == trials ? 1 : min(1, centre + half))
    }

    /// The nearest-rank percentile of ascending `sorted`: the value at (1-based) index ⌈p·n⌉,
    /// and the first value for p = 0. Nil for no values.
    public static func nearestRank(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = (p * Double(sorted.count)).rounded(.up)
        let index = min(max(Int(rank), 1), sorted.count) - 1
        return sorted[index]
    }

    /// The nearest-rank percentiles `ps` of unsorted `values` (as `nearestRank` on the sorted
    /// values), by selection in O(n) rather than a full sort: the rank nearest the middle is
    /// selected first, and each later one only between the ranks already in place (a selection
    /// leaves smaller values before its index and larger ones after). Nil for no values.
    public static func nearestRanks(_ values: [Double], _ ps: [Double]) -> [Double]? {
        guard !values.isEmpty else { return nil }
        let n = values.count
        let ranks = ps.map { p in min(max(Int((p * Double(n)).rounded(.up)), 1), n) - 1 }
        if n >= bracketingThreshold, let found = bracketedOrderStatistics(values, ranks) { return found }
        var a = values
        var placed: [Int] = []
        var result = [Double](repeating: 0, count: ps.count)
        for i in ps.indices.sorted(by: { abs(2 * ranks[$0] - n) < abs(2 * ranks[$1] - n) }) {
            let k = ranks[i]
            let lo = (placed.filter { $0 < k }.max() ?? -1) + 1
            let hi = (placed.filter { $0 > k }.min() ?? n) - 1
            result[i] = placed.contains(k) ? a[k] : select(&a, k, lo, hi)
            placed.append(k)
        }
        return result
    }

    /// From this many values on, `nearestRanks` brackets its ranks from a sample first.
    static let bracketingThreshold = 50_000

    /// The order statistics `ranks` (0-based) of `values` in one pass: a sorted sample of
    /// evenly spaced values gives, for each rank, two values [low, high] that very likely
    /// enclose it; one pass counts the values below `low` and keeps those inside; the answer
    /// is then selected among the few kept. Exact whenever the bracket holds (the count below
    /// says so); nil when one does not, and the caller selects in the whole array instead.
    static func bracketedOrderStatistics(_ values: [Double], _ ranks: [Int]) -> [Double]? {
        let n = values.count, m = 4_096, margin = 96
        var sample = (0..<m).map { values[$0 * n / m] }
        sample.sort()
        // The sample rank of a value at rank k has sd √(m·p(1 − p)) ≤ 32: ±3 sd either side.
        let bounds = ranks.map { k -> (low: Double, high: Double) in
            let at = k * m / n
            return (sample[max(0, at - margin)], sample[min(m - 1, at + margin)])
        }
        var below = [Int](repeating: 0, count: ranks.count)
        var kept = [[Double]](repeating: [], count: ranks.count)
        values.withUnsafeBufferPointer { v in
            for r in ranks.indices {
                let (low, high) = bounds[r]
                var count = 0
                for x in v {
                    count += x < low ? 1 : 0
                    if x >= low && x <= high { kept[r].append(x) }
                }
                below[r] = count
            }
        }
        var result: [Double] = []
        for r in ranks.indices {
            let k = ranks[r] - below[r]
            guard k >= 0 && k < kept[r].count else { return nil }
            result.append(select(&kept[r], k))
        }
        return result
    }

    /// The value that would sit at index `k` if `a` were sorted ascending; reorders `a`.
    static func select(_ a: inout [Double], _ k: Int) -> Double { select(&a, k, 0, a.count - 1) }

    /// The value that would sit at index `k` if `a[lo…hi]` were sorted ascending, when every
    /// value before `lo` is at most and every value after `hi` at least those in it; reorders
    /// `a[lo…hi]` so that smaller values come before `k` and larger ones after.
    static func select(_ a: inout [Double], _ k: Int, _ lower: Int, _ upper: Int) -> Double {
        a.withUnsafeMutableBufferPointer { a in
            var lo = lower, hi = upper
            while lo < hi {
                // Median of three as the pivot, then a three-way partition around it.
                let mid = lo + (hi - lo) / 2
                let x = a[lo], y = a[mid], z = a[hi]
                let pivot = max(min(x, y), min(max(x, y), z))
                var lt = lo, i = lo, gt = hi
                while i <= gt {
                    let v = a[i]
                    if v < pivot { a[i] = a[lt]; a[lt] = v; lt += 1; i += 1 }
                    else if v > pivot { a[i] = a[gt]; a[gt] = v; gt -= 1 }
                    else { i += 1 }
                }
                if k < lt { hi = lt - 1 } else if k > gt { lo = gt + 1 } else { return pivot }
            }
            return a[k]
        }
    }

    /// Mean and (sample, n − 1) standard deviation; sd 0 for one value. Nil for none.
    public static func meanAndSD(_ values: [Double]) -> (mean: Double, sd: Double)? {
        guard !values.isEmpty else { return nil }
        var mean = 0.0, m2 = 0.0
        for (i, x) in values.enumerated() {
            let d = x - mean
            mean += d / Double(i + 1)
            m2 += d * (x - mean)
        }
        return (mean, values.count > 1 ? (m2 / Double(values.count - 1)).squareRoot() : 0)
    }

    /// Ranks 1…n, ties sharing their average rank. Ordered by a radix sort of the values' bits
    /// (exactly the order of `<`, −0 and +0 tied); with a NaN among them, by comparison as
    /// `comparisonRanks` does.
    public static func ranks(_ values: [Double]) -> [Double] {
        let n = values.count
        guard n > 1, n < Int(Int32.max), !values.contains(where: \.isNaN) else { return comparisonRanks(values) }
        // Keys whose unsigned order is the numbers' order: negatives flipped, positives' sign bit
        // set; sorted with their indices, a byte at a time from the lowest (stable passes).
        var keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n)
        var keys2 = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n)
        var order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        var order2 = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 257)
        defer { keys.deallocate(); keys2.deallocate(); order.deallocate(); order2.deallocate(); counts.deallocate() }
        values.withUnsafeBufferPointer { v in
            for i in 0..<n {
                let bits = (v[i] + 0.0).bitPattern  // −0 + 0 is +0
                keys[i] = bits >> 63 == 1 ? ~bits : bits | (1 << 63)
                order[i] = Int32(i)
            }
        }
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            counts.update(repeating: 0)
            for i in 0..<n { counts[Int((keys[i] >> shift) & 0xFF) + 1] += 1 }
            // A byte every key shares orders nothing.
            if counts.contains(n) { continue }
            for b in 1..<257 { counts[b] += counts[b - 1] }
            for i in 0..<n {
                let b = Int((keys[i] >> shift) & 0xFF)
                keys2[counts[b]] = keys[i]
                order2[counts[b]] = order[i]
                counts[b] += 1
            }
            swap(&keys, &keys2)
            swap(&order, &order2)
        }
        var ranks = [Double](repeating: 0, count: n)
        ranks.withUnsafeMutableBufferPointer { ranks in
            var i = 0
            while i < n {
                var j = i
                while j + 1 < n && keys[j + 1] == keys[i] { j += 1 }
                let average = Double(i + j) / 2 + 1
                for k in i...j { ranks[Int(order[k])] = average }
                i = j + 1
            }
        }
        return ranks
    }

    /// `ranks` by sorting (value, index) pairs with `<`: the reference.
    static func comparisonRanks(_ values: [Double]) -> [Double] {
        // Sorting (value, index) pairs orders ties by index, as a stable sort of indices would.
        var order = values.indices.map { (values[$0], $0) }
        order.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && order[j + 1].0 == order[i].0 { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k].1] = average }
            i = j + 1
        }
        return ranks
    }

    /// Pearson correlation; nil when either side does not vary or the lengths differ.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count > 1, let (mx, _) = meanAndSD(x), let (my, _) = meanAndSD(y) else { return nil }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Spearman's rank correlation (Pearson on average ranks); nil when a side does not vary.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        pearson(ranks(x), ranks(y))
    }
}
