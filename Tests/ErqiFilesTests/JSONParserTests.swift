import Testing
@testable import ErqiFiles

@Suite struct JSONParserTests {
    func parse(_ text: String) throws(FileErrors) -> JSONValue { try JSONParser.parse(text, file: "t.json") }

    /// The single error's text for bad input.
    func error(_ text: String) -> String {
        let errs = messages { () throws(FileErrors) in try parse(text) }
        return errs.first ?? "no error"
    }

    @Test func parsesEveryKindOfValueKeepingKeyOrder() throws {
        let v = try parse(#"{"b": [1, -2.5, 3e2], "a": {"x": true, "y": false, "z": null}, "s": "二七"}"#)
        guard case .object(let m) = v else { Issue.record("not an object"); return }
        #expect(m.map(\.key) == ["b", "a", "s"])
        #expect(v["b"] == .array([.number(1), .number(-2.5), .number(300)]))
        #expect(v["a"] == .object([("x", .bool(true)), ("y", .bool(false)), ("z", .null)]))
        #expect(v["s"] == .string("二七"))
    }

    @Test func scalarsAtTopLevelAndSurroundingWhitespace() throws {
        #expect(try parse(" \t\r\n 42 \n") == .number(42))
        #expect(try parse("\"x\"") == .string("x"))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object([]))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8), file: "b.json") == .array([.number(1)]))
    }

    @Test func numbersAreExactlySwiftDoubles() throws {
        let texts = ["0", "-0", "1", "0.1", "0.7143", "1e-05", "1E5", "1e+20", "123456789012345678901234567890",
                     "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308", "0.30000000000000004",
                     "29.3076", "-1062400", "1e-400", "9007199254740993"]
        for t in texts {
            guard case .number(let v) = try parse(t), let expected = Double(t) else {
                Issue.record("\(t) did not parse"); continue
            }
            #expect(v.bitPattern == expected.bitPattern, "\(t)")
        }
    }

    @Test func malformedNumbersAreRejected() {
        #expect(error("01") == "t.json: line 1, column 2: expected no leading zero in the number, got '1'")
        #expect(error("1.") == "t.json: line 1, column 3: expected a digit after the decimal point in the number, got the end of the file")
        #expect(error(".5") == "t.json: line 1, column 1: a number needs a digit before the decimal point")
        #expect(error("+1") == "t.json: line 1, column 1: a number may not start with '+'")
        #expect(error("1e") == "t.json: line 1, column 3: expected a digit in the exponent in the number, got the end of the file")
        #expect(error("-") == "t.json: line 1, column 2: expected a digit in the number, got the end of the file")
        #expect(error("1e400") == "t.json: line 1, column 1: number 1e400 is out of range")
        #expect(error("0x10").contains("expected the end of the file after the JSON value, got 'x'"))
    }

    @Test func nanAndInfinityAreRejected() {
        for t in ["NaN", "Infinity", "-Infinity", "[1, NaN]"] {
            #expect(error(t).contains("NaN and Infinity are not allowed in JSON"), "\(t)")
        }
    }

    @Test func errorsGiveLineAndColumn() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}"
        #expect(error(text) == "t.json: line 4, column 3: expected ',' or '}', got '\"'")
        #expect(error("[1 2]") == "t.json: line 1, column 4: expected ',' or ']', got '2'")
        #expect(error("{\"a\" 1}") == "t.json: line 1, column 6: expected ':' after the key, got '1'")
        #expect(error("{a: 1}") == "t.json: line 1, column 2: expected a string key in double quotes, got 'a'")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(error("{\"名称\": 1 2}") == "t.json: line 1, column 10: expected ',' or '}', got '2'")
    }

    @Test func duplicateKeysAreRejected() {
        #expect(error("{\n  \"a\": 1,\n  \"a\": 2\n}")
                == "t.json: line 3, column 3: duplicate key \"a\" (first at line 2, column 3)")
        #expect(error("[{\"x\": {\"k\": 1, \"k\": 1}}]").contains("duplicate key \"k\""))
    }

    @Test func trailingCommasAreRejected() {
        #expect(error("{\"a\": 1,}") == "t.json: line 1, column 8: trailing comma before '}'")
        #expect(error("[1, 2,\n]") == "t.json: line 1, column 6: trailing comma before ']'")
    }

    @Test func commentsAreRejected() {
        #expect(error("// note\n{}") == "t.json: line 1, column 1: comments are not allowed in JSON")
        #expect(error("{\"a\": 1 /* x */}") == "t.json: line 1, column 9: comments are not allowed in JSON")
        #expect(error("[1, /* x */ 2]").contains("comments are not allowed"))
    }

    @Test func emptyInputAndTrailingGarbage() {
        #expect(error("") == "t.json: line 1, column 1: the file is empty; expected a JSON value")
        #expect(error("  \n ") == "t.json: line 2, column 2: the file is empty; expected a JSON value")
        #expect(error("{} {}") == "t.json: line 1, column 4: expected the end of the file after the JSON value, got '{'")
        #expect(error("[1") == "t.json: line 1, column 3: expected ',' or ']', got the end of the file")
    }

    @Test func badLiteralsAndSingleQuotes() {
        #expect(error("True") == "t.json: line 1, column 1: expected a value, got 'True'")
        #expect(error("nul") == "t.json: line 1, column 1: expected a value, got 'nul'")
        #expect(error("'x'") == "t.json: line 1, column 1: strings need double quotes, got '")
    }

    @Test func stringEscapes() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try parse(#""\u4e8c\u4E03 \ud83d\ude00""#) == .string("二七 😀"))
        #expect(error(#""\x""#).contains("invalid escape '\\x' in string"))
        #expect(error(#""\u12""#).contains("expected 4 hex digits after \\u"))
        #expect(error(#""\ud83d""#).contains("lone surrogate \\uD83D"))
        #expect(error(#""\ude00""#).contains("lone surrogate \\uDE00"))
    }

    @Test func rawControlCharactersAndUnterminatedStrings() {
        #expect(error("\"a\nb\"") == "t.json: line 1, column 3: unterminated string: a string may not span lines (write \\n)")
        #expect(error("\"a\tb\"") == "t.json: line 1, column 3: control character U+0009 must be escaped in a string")
        #expect(error("\"abc") == "t.json: line 1, column 5: unterminated string: expected '\"', got the end of the file")
    }

    @Test func invalidUTF8IsRejected() {
        let bytes: [UInt8] = Array("[\"a".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        let errs = fileErrors { () throws(FileErrors) in try JSONParser.parse(bytes, file: "u.json") }
        #expect(errs.map(\.description) == ["u.json: line 1, column 4: invalid UTF-8 (byte 0xC3)"])
        // Overlong encoding and an encoded surrogate.
        #expect(!fileErrors { () throws(FileErrors) in try JSONParser.parse([0x22, 0xC0, 0xAF, 0x22], file: "u") }.isEmpty)
        #expect(!fileErrors { () throws(FileErrors) in try JSONParser.parse([0x22, 0xED, 0xA0, 0x80, 0x22], file: "u") }.isEmpty)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(error(deep).contains("nesting deeper than 256 levels"))
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(messages { () throws(FileErrors) in try parse(ok) }.isEmpty)
    }

    @Test func everyPrefixOfAValidDocumentFailsCleanly() {
        let doc = #"{"a": [1, 2.5e-3, "x\u00e9"], "b": {"c": null, "d": true}}"#
        for n in 0..<doc.utf8.count {
            let prefix = Array(doc.utf8.prefix(n))
            let errs = fileErrors { () throws(FileErrors) in try JSONParser.parse(prefix, file: "p") }
            #expect(errs.count == 1, "prefix \(n)")
        }
    }
}
