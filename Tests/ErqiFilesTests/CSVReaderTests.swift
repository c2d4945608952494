import ErqiFiles
import Testing

@Suite struct CSVReaderTests {
    func parse(_ text: String) throws(FileErrors) -> [[String]] { try CSVReader.parse(text, file: "t.csv").map(\.fields) }

    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let rows = try parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"]])
    }

    @Test func rowNumbersCountRecordsNotLines() throws {
        let records = try CSVReader.parse("h\n\"a\nb\"\nc\n", file: "t.csv")
        #expect(records.map(\.row) == [1, 2, 3])
    }

    @Test func crlfBomAndNoFinalNewline() throws {
        #expect(try parse("\u{FEFF}a,b\r\n1,2\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func emptyFieldsAndBlankLines() throws {
        #expect(try parse("a,,c\n\n,\n") == [["a", "", "c"], ["", ""]])
    }

    @Test func unclosedQuoteNamesRowAndColumn() {
        let errors = fileErrors { () throws(FileErrors) in try parse("a,b\n1,\"open\n") }
        #expect(errors.map(\.path) == ["row 2, column 2"])
        #expect(errors.first?.message.contains("not closed") == true)
    }

    @Test func strayQuotesAreErrors() {
        #expect(fileErrors { () throws(FileErrors) in try parse("a,b\"c\n") }.map(\.path) == ["row 1, column 2"])
        #expect(fileErrors { () throws(FileErrors) in try parse("\"a\"b\n") }.map(\.path) == ["row 1, column 1"])
    }

    @Test func writerOutputReadsBackUnchanged() throws {
        let rows = [["plain", "with, comma", "quote \" inside", "line\r\nbreak", " padded ", "万元"]]
        for style in [CSVWriter.Style.plain, .excel] {
            let text = CSVWriter(style: style).text(header: ["a", "b", "c", "d", "e", "f"], rows: rows)
            #expect(try parse(text) == [["a", "b", "c", "d", "e", "f"]] + rows)
            #expect(text.hasPrefix("\u{FEFF}") == style.byteOrderMark)
            #expect(text.hasSuffix(style.crlf ? "\r\n" : "\n"))
        }
    }

    @Test func excelStyleHasBomAndCrlfOnEveryLine() {
        let text = CSVWriter(style: .excel).text(header: ["k"], rows: [["1"], ["2"]])
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text == "\u{FEFF}k\r\n1\r\n2\r\n")
    }
}

@Suite struct CSVTextTests {
    /// 万元 and 区统计局 in GBK.
    static let gbkWanYuan: [UInt8] = [0xCD, 0xF2, 0xD4, 0xAA]
    static let gbkBureau: [UInt8] = [0xC7, 0xF8, 0xCD, 0xB3, 0xBC, 0xC6, 0xBE, 0xD6]

    @Test func utf8IsReadAsIs() throws {
        let (text, encoding) = try CSVText.decode(Array("万元".utf8), file: "t.csv")
        #expect(text == "万元" && encoding == .utf8)
    }

    @Test func gbkIsRecognisedAndDecoded() throws {
        let bytes = Array("unit,".utf8) + Self.gbkWanYuan + Array(",".utf8) + Self.gbkBureau + [0x0A]
        #expect(CSVText.looksLikeGB18030(bytes))
        let (text, encoding) = try CSVText.decode(bytes, file: "t.csv")
        #expect(encoding == .gb18030)
        #expect(text == "unit,万元,区统计局\n")
    }

    @Test func otherEncodingsAreRefusedWithAdvice() {
        // Latin-1 "café" then a lone 0x80: not UTF-8, not GB18030.
        let errors = fileErrors { () throws(FileErrors) in try CSVText.decode([0x63, 0x61, 0x66, 0xE9, 0x0A, 0x80], file: "t.csv") }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("neither UTF-8 nor GBK/GB18030") == true)
        #expect(errors.first?.message.contains("CSV UTF-8") == true)
    }
}
