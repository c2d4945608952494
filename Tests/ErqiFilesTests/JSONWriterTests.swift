import Foundation
import Testing
@testable import ErqiFiles

@Suite struct JSONWriterTests {
    @Test func canonicalLayout() {
        let v: JSONValue = .object([
            ("b", .array([.number(1), .number(2.5), .string("x")])),
            ("a", .object([("z", .null), ("y", .bool(true))])),
            ("e", .array([])), ("d", .object([])),
            ("c", .array([.object([("k", .number(1))])])),
        ])
        let expected = """
        {
          "a": {
            "y": true,
            "z": null
          },
          "b": [
            1,
            2.5,
            "x"
          ],
          "c": [
            {
              "k": 1
            }
          ],
          "d": {},
          "e": []
        }

        """
        #expect(JSONWriter.canonical(v) == expected)
        #expect(JSONWriter.compact(v) == #"{"a":{"y":true,"z":null},"b":[1,2.5,"x"],"c":[{"k":1}],"d":{},"e":[]}"#)
    }

    @Test func keysSortByUTF8Bytes() {
        let v: JSONValue = .object([("马寨", .number(1)), ("b", .number(2)), ("B", .number(3)), ("a.b", .number(4)), ("a", .number(5))])
        #expect(JSONWriter.compact(v) == #"{"B":3,"a":5,"a.b":4,"b":2,"马寨":1}"#)
    }

    @Test func stringsEscapeOnlyQuotesBackslashesAndControls() {
        #expect(JSONWriter.quoted("二七区 \"x\" \\ / é 😀") == #""二七区 \"x\" \\ / é 😀""#)
        #expect(JSONWriter.quoted("\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F}") == #""\n\r\t\b\f\u0001\u001f"# + "\u{7F}\"")
    }

    @Test func numbersAreShortestRoundTrip() {
        let cases: [(Double, String)] = [
            (15, "15"), (15.0, "15"), (-3, "-3"), (0, "0"), (-0.0, "0"), (0.1, "0.1"), (0.7143, "0.7143"),
            (1e-5, "1e-05"), (5e20, "5e+20"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (9.007199254740994e15, "9.007199254740994e+15"), (999_999_999_999_999, "999999999999999"),
            (1.5e15, "1500000000000000.0"), (123.456, "123.456"), (1e-7, "1e-07"), (2.5e-10, "2.5e-10"),
            (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"), (Double.leastNonzeroMagnitude, "5e-324"),
            (0.30000000000000004, "0.30000000000000004"),
        ]
        for (v, text) in cases {
            #expect(JSONNumberText.format(v) == text, "\(v)")
            #expect(JSONNumberText.isValid(text), "\(text)")
        }
        #expect(JSONNumberText.format(.nan) == "null")
        #expect(JSONNumberText.format(.infinity) == "null")
    }

    @Test func writtenNumbersAreValidJSONAndReadBackExactly() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let v = Double(bitPattern: rng.next())
            guard v.isFinite else { continue }
            let text = JSONNumberText.format(v)
            #expect(JSONNumberText.isValid(text), "\(text)")
            let back = try JSONParser.parse(text, file: "n")
            #expect(back == .number(v) || (v == 0 && back == .number(0)), "\(text)")
        }
        for e in -30...30 {
            let v = pow(10.0, Double(e)) * 1.25
            #expect(JSONNumberText.isValid(JSONNumberText.format(v)), "\(v)")
        }
    }

    @Test func numberGrammar() {
        for ok in ["0", "-0", "1.5", "1e5", "1E-5", "1e+05", "-12.5e-3"] { #expect(JSONNumberText.isValid(ok), "\(ok)") }
        for bad in ["", "01", "1.", ".1", "+1", "1e", "1e+", "--1", "1.5.2", "NaN", "inf", "0x1", "1 "] {
            #expect(!JSONNumberText.isValid(bad), "\(bad)")
        }
    }

    @Test func parseWriteParseWriteIsByteIdentical() throws {
        let messy = #"{"z":[1,2.50,3E2,1e-5,{"b":null,"a":"二七 \u00e9\n"}],"a":{"y":[],"x":{}},"n":-0.0,"big":12345678901234567890}"#
        let first = JSONWriter.canonical(try JSONParser.parse(messy, file: "m"))
        let second = JSONWriter.canonical(try JSONParser.parse(first, file: "m"))
        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
        #expect(first.contains("\"二七 é\\n\""))
        #expect(first.contains("\"big\": 1.2345678901234567e+19"))
    }
}
