import ErqiRender
import Testing

/// Issue 13, item 5: control characters are shown, not obeyed.
@Suite struct TerminalEscapeTests {
    @Test func controlsAreShownAsEscapes() {
        #expect(TerminalEscape.escape("a\u{1B}]0;pwned\u{7}b") == #"a\e]0;pwned\u{7}b"#)
        #expect(TerminalEscape.escape("\u{1B}]52;c;aGk=\u{7}") == #"\e]52;c;aGk=\u{7}"#)
        #expect(TerminalEscape.escape("x\u{1B}[2Jy") == #"x\e[2Jy"#)
        #expect(TerminalEscape.escape("ok\r\u{1B}[K") == #"ok\u{d}\e[K"#)
        #expect(TerminalEscape.escape("\u{9B}31m\u{7F}\u{0}") == #"\u{9b}31m\u{7f}\u{0}"#)
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "二七区 plan\n\tmotors: 25,000 kW — ±3 % «ok» \u{A0}é\n"
        #expect(!TerminalEscape.needsEscaping(text))
        #expect(TerminalEscape.escape(text) == text)
    }

    @Test func colourPassesWhenKeptAndNothingElseDoes() {
        #expect(TerminalEscape.escape("\u{1B}[31mMISSED\u{1B}[0m", keepingColour: true) == "\u{1B}[31mMISSED\u{1B}[0m")
        #expect(TerminalEscape.escape("\u{1B}[1;32mmet\u{1B}[0m", keepingColour: true) == "\u{1B}[1;32mmet\u{1B}[0m")
        #expect(TerminalEscape.escape("\u{1B}[31mx", keepingColour: false) == #"\e[31mx"#)
        #expect(TerminalEscape.escape("a\u{1B}[2Jb\u{1B}]0;t\u{7}", keepingColour: true) == #"a\e[2Jb\e]0;t\u{7}"#)
        #expect(TerminalEscape.escape("\u{1B}[H\u{1B}[31m", keepingColour: true) == "\\e[H\u{1B}[31m")
        #expect(TerminalEscape.escape("\u{1B}[", keepingColour: true) == #"\e["#)
    }
}
