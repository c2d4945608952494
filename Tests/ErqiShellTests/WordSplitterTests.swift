import Testing
@testable import ErqiShell

@Suite struct WordSplitterTests {
    @Test func splitsOnBlanksAndKeepsQuotedText() throws {
        #expect(try WordSplitter.words("set  a.b   15MW") == ["set", "a.b", "15MW"])
        #expect(try WordSplitter.words(#"save "my scenario" 'x y'"#) == ["save", "my scenario", "x y"])
        #expect(try WordSplitter.words(#"set a.note "say \"hi\"""#) == ["set", "a.note", #"say "hi""#])
        #expect(try WordSplitter.words("a ''") == ["a", ""])
    }

    @Test func semicolonIsAnOrdinaryCharacter() throws {
        #expect(try WordSplitter.words("goals; result") == ["goals;", "result"])
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: ShellError.self) { try WordSplitter.words("save \"abc") }
    }

    @Test func commentsAndBlankLines() {
        #expect(WordSplitter.isBlankOrComment("   # note"))
        #expect(WordSplitter.isBlankOrComment("  "))
        #expect(!WordSplitter.isBlankOrComment("goals # not a comment line"))
    }
}
