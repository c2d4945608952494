/// "Did you mean" for mistyped names.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = max(2, w.count / 3)
        if d <= limit { return name }
        if let prefixHit = candidates.first(where: { $0.hasPrefix(word) && !word.isEmpty }) { return prefixHit }
        return nil
    }

    /// ` (did you mean 'x'?)` or an empty string.
    public static func hint(_ word: String, _ candidates: [String]) -> String {
        guard let c = closest(to: word, in: candidates) else { return "" }
        return " (did you mean '\(c)'?)"
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
