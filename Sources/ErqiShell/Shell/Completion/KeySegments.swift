/// Completion of dotted keys one segment at a time: `growth.` offers `growth.industry`, …;
/// `energy.` offers `energy.industry.`, …. When only one deeper segment fits, its keys are
/// offered instead, so that a line editor extends the word to the common prefix.
enum KeySegments {
    static func next(_ word: String, in keys: [String]) -> [String] {
        var prefix = word
        while true {
            let segments = Set(keys.filter { $0.hasPrefix(prefix) }.map { segment(after: prefix, in: $0) })
            if segments.count == 1, let only = segments.first, only.hasSuffix("."), only != prefix {
                prefix = only
                continue
            }
            return segments.sorted()
        }
    }

    /// `key` cut after the first `.` following `prefix` (or whole).
    static func segment(after prefix: String, in key: String) -> String {
        let rest = key.dropFirst(prefix.count)
        guard let dot = rest.firstIndex(of: ".") else { return key }
        return prefix + rest[...dot]
    }
}
