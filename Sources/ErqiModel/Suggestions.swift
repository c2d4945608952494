/// "Did you mean" for mistyped names.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
    ///
    /// Only a candidate within `max(2, length / 3)` edits counts, so one whose length differs by
    /// more (or by no less than the best so far) is skipped without computing its distance: a
    /// file of many mistyped keys then costs a length comparison per key for most candidates,
    /// not a full edit distance (fuzzing found import spending most of its time here).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        let limit = max(2, w.count / 3)
        var best: (String, Int)?
        for c in candidates {
            let lower = Array(c.lowercased().unicodeScalars)
            let bound = min(limit, best.map { $0.1 - 1 } ?? limit)
            // The distance is at least the difference in length.
            if abs(lower.count - w.count) > bound { continue }
            let d = distance(w, lower, atMost: bound)
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
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
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
