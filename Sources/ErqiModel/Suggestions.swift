/// "Did you mean" for mistyped names.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
    ///
    /// Only a candidate within `max(2, length / 3)` edits counts, so most are skipped before
    /// any edit distance: one whose length differs by more (or by no less than the best so far),
    /// then one whose letters differ by more (counted in 32 buckets: every edit changes a
    /// bucket's surplus or deficit by at most one). The distance itself stops at the bound and
    /// reuses its rows. A file of many mistyped keys then costs a few passes over each key's
    /// bytes per candidate (fuzzing found `baseline import` spending most of its time here).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        let limit = max(2, w.count / 3)
        var wordBuckets = [Int](repeating: 0, count: 32)
        for s in w { wordBuckets[Int(s.value & 31)] += 1 }
        var best: (String, Int)?
        var lower: [Unicode.Scalar] = []
        var buckets = wordBuckets
        var rows = ([Int](), [Int]())
        for c in candidates {
            let bound = min(limit, best.map { $0.1 - 1 } ?? limit)
            if bound < 0 { break }  // an exact match: nothing can be closer
            lower.removeAll(keepingCapacity: true)
            if c.utf8.allSatisfy({ $0 < 0x80 }) {
                // The distance is at least the difference in length.
                if abs(c.utf8.count - w.count) > bound { continue }
                for b in c.utf8 { lower.append(Unicode.Scalar(b >= 65 && b <= 90 ? b + 32 : b)) }
            } else {
                lower.append(contentsOf: c.lowercased().unicodeScalars)
                if abs(lower.count - w.count) > bound { continue }
            }
            for i in 0..<32 { buckets[i] = wordBuckets[i] }
            for s in lower { buckets[Int(s.value & 31)] -= 1 }
            var surplus = 0, deficit = 0
            for n in buckets { if n > 0 { surplus += n } else { deficit -= n } }
            if max(surplus, deficit) > bound { continue }
            let d = distance(w, lower, atMost: bound, rows: &rows)
            if d <= bound { best = (c, d) }
        }
        if let (name, _) = best { return name }
        if let prefixHit = candidates.first(where: { $0.hasPrefix(word) && !word.isEmpty }) { return prefixHit }
        return nil
    }

    /// ` (did you mean 'x'?)` or an empty string.
    public static func hint(_ word: String, _ candidates: [String]) -> String {
        guard let c = closest(to: word, in: candidates) else { return "" }
        return " (did you mean '\(c)'?)"
    }

    /// Levenshtein distance when it is at most `bound`; otherwise some number above `bound`
    /// (`bound + 1` as soon as a whole row exceeds it: a row's smallest entry never shrinks in
    /// the rows after it).
    /// Counted in Unicode scalars (as many as characters for the names erqi suggests: keys, ids,
    /// Chinese names), which compare as integers rather than as grapheme clusters.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int = .max - 1) -> Int {
        var rows = ([Int](), [Int]())
        return distance(a, b, atMost: bound, rows: &rows)
    }

    /// `distance(_:_:atMost:)` with its two rows kept by the caller, so that a search over many
    /// candidates allocates them once.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int,
                         rows: inout ([Int], [Int])) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = rows.0, cur = rows.1
        rows = ([], [])
        defer { rows = (prev, cur) }
        prev.removeAll(keepingCapacity: true)
        prev.append(contentsOf: 0...b.count)
        cur.removeAll(keepingCapacity: true)
        cur.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            cur[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                rowMinimum = min(rowMinimum, cur[j])
            }
            if rowMinimum > bound { return bound + 1 }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
