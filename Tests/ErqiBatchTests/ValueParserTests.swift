import ErqiTestSupport
import Testing
@testable import ErqiBatch

/// The shell's value parser: the byte-wise split agrees with the character-wise one on any
/// text, and long inputs (a fuzzing finding) are read in one pass.
@Suite struct ValueParserTests {
    @Test func splitReadsNumberAndUnit() {
        #expect(ValueParser.split("15.5MW") == ("15.5", "MW"))
        #expect(ValueParser.split("2.14万tce") == ("2.14", "万tce"))
        #expect(ValueParser.split("21,400 tce") == ("21,400", "tce"))
        #expect(ValueParser.split("-1e-3") == ("-1e-3", ""))
        #expect(ValueParser.split("1e") == ("1", "e"))
        #expect(ValueParser.split("5,") == ("5", ","))
        // A digit with a combining mark is one character that is not an ASCII digit.
        #expect(ValueParser.split("1\u{301}5") == ("", "1\u{301}5"))
        #expect(ValueParser.split("15\u{301}MW") == ("1", "5\u{301}MW"))
    }

    /// 50,000 random texts over the characters that matter (digits, signs, separators, units,
    /// combining marks, CJK, spaces, CR LF): the fast path gives what the character-wise
    /// reading gives.
    @Test func byteSplitAgreesWithCharacterSplit() {
        let pieces: [String] = ["0", "1", "9", "1", "7", ".", ",", "-", "+", "e", "E", " ", "\t", "\r\n", "\r", "MW", "%",
                                "万", "\u{301}", "\u{20E3}", "\u{FE0F}", "\u{200D}", "a", "k", "é", "1\u{301}"]
        var rng = SeededGenerator(seed: 13)
        for _ in 0..<50_000 {
            let n = Int.random(in: 0...12, using: &rng)
            let text = (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let fast = ValueParser.split(text), slow = ValueParser.splitByCharacter(text)
            #expect(fast == slow, "\(text.debugDescription)")
            if fast != slow { return }
        }
    }

    @Test func monthReadsOneNumberNamePair() throws {
        #expect(try ValueParser.month("09-sep", field: "m") == 9)
        #expect(try ValueParser.month("13-never", field: "m") == 13)
        #expect(try ValueParser.month("9-sep-x", field: "m") == 9)
        #expect(throws: EditError.self) { try ValueParser.month("08-sep", field: "m") }
        #expect(throws: EditError.self) { try ValueParser.month("1-1-jan", field: "m") }
    }

    /// Finding of the `value` target: `1-1-1-…-jan` read the rest again at every dash (a copy
    /// of the text and a stack frame each), and 4 KiB fields ran at ~1,000 inputs a second.
    /// 200,000 dashes are now one pass and an error; a 100,000-digit number is read once.
    @Test func longFieldsAreReadInOnePass() throws {
        let dashes = String(repeating: "1-", count: 200_000) + "jan"
        #expect(throws: EditError.self) { try ValueParser.month(dashes, field: "start_month") }
        let digits = String(repeating: "1", count: 100_000) + "MW"
        let (number, unit) = ValueParser.split(digits)
        #expect(number.utf8.count == 100_000 && unit == "MW")
        #expect(throws: EditError.self) { try ValueParser.number(digits, unit: "MW", field: "capacity_mw") }
    }
}
