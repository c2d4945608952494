import ErqiTestSupport
import Testing
@testable import ErqiModel

/// "Did you mean": the pruned search (length gap, a distance cut off at the bound) picks what a
/// full edit distance against every candidate picks. Fuzzing `baseline import` found most of
/// its time spent here, comparing each unknown key with all 494 of the baseline's.
@Suite struct SuggestionsTests {
    /// The search before pruning: the first candidate at the smallest distance, if within
    /// `max(2, length / 3)`, else the first one the word begins.
    static func reference(_ word: String, _ candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for c in candidates {
            let d = Suggestions.distance(w, Array(c.lowercased().unicodeScalars))
            if best == nil || d < best!.1 { best = (c, d) }
        }
        if let (name, d) = best, d <= max(2, w.count / 3) { return name }
        return candidates.first { $0.hasPrefix(word) && !word.isEmpty }
    }

    @Test func typosFindTheirKey() {
        let keys = ["gdp.industry", "gdp.construction", "gdp.agriculture", "energy.industry.coal"]
        #expect(Suggestions.closest(to: "gdp.industri", in: keys) == "gdp.industry")
        #expect(Suggestions.closest(to: "GDP.Construktion", in: keys) == "gdp.construction")
        #expect(Suggestions.closest(to: "energy", in: keys) == "energy.industry.coal")
        #expect(Suggestions.closest(to: "something else entirely", in: keys) == nil)
        #expect(Suggestions.hint("gdp.industri", keys) == " (did you mean 'gdp.industry'?)")
    }

    @Test func aBoundedDistanceIsExactWithinTheBoundAndAboveItBeyond() {
        let pairs = [("township.mazhai.industry_share", "township.huaihe.va_share.public"), ("gdp.industri", "gdp.industry"),
                     ("abc", "xyz"), ("马寨", "马寨镇")]
        for (x, y) in pairs {
            let a = Array(x.unicodeScalars), b = Array(y.unicodeScalars)
            let full = Suggestions.distance(a, b)
            for bound in 0...(full + 3) {
                let d = Suggestions.distance(a, b, atMost: bound)
                #expect(bound >= full ? d == full : d > bound, "\(x) → \(y), bound \(bound): \(d), full \(full)")
            }
        }
        // Unrelated words stop early: the first row already exceeds a bound of 0.
        #expect(Suggestions.distance(Array("abc".unicodeScalars), Array("xyz".unicodeScalars), atMost: 0) == 1)
    }

    @Test func prunedSearchAgreesWithTheFullSearchOnRandomWords() {
        var random = SeededGenerator(seed: 13)
        let alphabet = Array("abcdeAB._马寨") // few letters, so that near misses are common
        func word(_ length: Int) -> String { String((0..<length).map { _ in alphabet.randomElement(using: &random)! }) }
        for _ in 0..<2000 {
            let candidates = (0..<Int.random(in: 0...12, using: &random)).map { _ in word(Int.random(in: 0...9, using: &random)) }
            let typed = Bool.random(using: &random) && !candidates.isEmpty
                ? String(candidates.randomElement(using: &random)!.dropLast(Int.random(in: 0...2, using: &random))) + word(Int.random(in: 0...1, using: &random))
                : word(Int.random(in: 0...10, using: &random))
            #expect(Suggestions.closest(to: typed, in: candidates) == Self.reference(typed, candidates), "\(typed) in \(candidates)")
        }
    }
}
