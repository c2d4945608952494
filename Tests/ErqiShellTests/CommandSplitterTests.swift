import ErqiTestSupport
import Testing
@testable import ErqiShell

/// `-c` text into commands, with the prompt's quoting rules.
@Suite struct CommandSplitterTests {
    @Test func splitsOnSemicolonsOutsideQuotesAndDropsEmptyCommands() {
        #expect(CommandSplitter.split("load plan-2015; goals") == ["load plan-2015", "goals"])
        #expect(CommandSplitter.split("  goals ;; ;result;") == ["goals", "result"])
        #expect(CommandSplitter.split("") == [])
        #expect(CommandSplitter.split(#"save "a;b"; set x.note 'c;d'"#) == [#"save "a;b""#, "set x.note 'c;d'"])
    }

    @Test func anEscapedDoubleQuoteDoesNotCloseTheQuote() throws {
        let commands = CommandSplitter.split(#"set motors.note "a\"; b"; goals"#)
        #expect(commands == [#"set motors.note "a\"; b""#, "goals"])
        #expect(try WordSplitter.words(commands[0]) == ["set", "motors.note", #"a"; b"#])
    }

    @Test func backslashOutsideDoubleQuotesIsOrdinary() {
        #expect(CommandSplitter.split(#"set a.note 'x\'; goals"#) == [#"set a.note 'x\'"#, "goals"])
        #expect(CommandSplitter.split(#"a\; b"#) == [#"a\"#, "b"])
    }

    @Test func anUnclosedQuoteKeepsTheRestInOneCommandForTheWordSplitterToReject() {
        let commands = CommandSplitter.split(#"goals; save "x; y"#)
        #expect(commands == ["goals", #"save "x; y"#])
        #expect(throws: ShellError.self) { try WordSplitter.words(commands[1]) }
    }

    @Test func trimsUnicodeSpacesButNotNewlines() {
        #expect(CommandSplitter.split("\u{3000}goals\t; result ") == ["goals", "result"])
        #expect(CommandSplitter.split("goals\n") == ["goals\n"])
    }

    /// Commands whose words are written with `WordSplitter.quote` (words holding `;`, quotes,
    /// backslashes and blanks) and joined with `;` come back as the same words.
    @Test func roundTripsQuotedWordsThroughBothSplitters() throws {
        var random = SeededGenerator(seed: 11)
        let pieces = ["a", "b c", ";", "\"", "'", "\\", "x.note", "\\\"", "二七"]
        func word() -> String {
            (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        for _ in 0..<500 {
            let commands = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...3, using: &random)).map { _ in word() }
            }
            let text = commands.map { $0.map(WordSplitter.quote).joined(separator: " ") }.joined(separator: "; ")
            let split = CommandSplitter.split(text)
            #expect(try split.map { try WordSplitter.words($0) } == commands, "\(text)")
        }
    }
}
