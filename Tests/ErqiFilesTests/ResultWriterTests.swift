import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
import Testing

/// The byte writers give exactly the bytes of the `JSONValue` writers they replace on the fast path.
@Suite struct ResultWriterTests {
    /// Every shipped scenario, projected on the seed baseline.
    static func shippedResults() throws -> [ScenarioResult] {
        let root = Repository.root
        let baseline = try BaselineStore.load(path: root + "/seeds/baseline-2014.json")
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/scenarios")
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 6)
        return try names.map { try Engine.project(baseline: baseline, scenario: ScenarioLoader.load(path: root + "/scenarios/" + $0)) }
    }

    static func text(_ body: (inout ByteText) -> Void) -> String {
        var t = ByteText()
        body(&t)
        return String(decoding: t.bytes, as: UTF8.self)
    }

    @Test func canonicalAndLinesMatchTheTreeWriterOnEveryShippedScenario() throws {
        for r in try Self.shippedResults() {
            #expect(Self.text { ResultWriter.canonical(r, into: &$0) } == ResultCodec.text(r), "\(r.scenario)")
            #expect(Self.text { ResultWriter.line(r, into: &$0) } == ResultCodec.line(r), "\(r.scenario)")
        }
    }

    @Test func arrayElementsJoinIntoTheCanonicalArray() throws {
        let results = try Self.shippedResults()
        let joined = "[\n" + results.map { r in Self.text { ResultWriter.arrayElement(r, into: &$0) } }.joined(separator: ",\n") + "\n]\n"
        #expect(joined == ResultCodec.text(results))
    }

    @Test func oddResultsStillMatch() throws {
        var r = try ResultFixture.plan()
        r.scenario = "quote \" backslash \\ tab \t newline \n bell \u{07} 二七"
        r.warnings = ["", "a\u{1F}b", "é"]
        r.measures = []
        r.departments = []
        r.totals.gdp2015 = .nan
        r.totals.co2_2015_t = -.infinity
        r.totals.pm_2015_t = 1e300
        r.totals.so2_2015_t = -0.0
        r.totals.nox_2015_t = 5e-324
        #expect(Self.text { ResultWriter.canonical(r, into: &$0) } == ResultCodec.text(r))
        #expect(Self.text { ResultWriter.line(r, into: &$0) } == ResultCodec.line(r))
    }

    @Test func numbersAreWrittenAsTheTextWriters() {
        var g = SeededGenerator(seed: 10)
        var values: [Double] = [0, -0.0, 1, -1, 0.1, 1e15, 1e15 - 1, -1e15, 1e16, 123456789012345.6, 1e-5, 5e-324,
                                .greatestFiniteMagnitude, -.leastNormalMagnitude, .nan, .infinity, -.infinity,
                                Double(Int64.max), 9007199254740993]
        for _ in 0..<20_000 {
            switch Int.random(in: 0..<3, using: &g) {
            case 0: values.append(Double(bitPattern: g.next()))
            case 1: values.append(Double.random(in: -1e7...1e7, using: &g))
            default: values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &g)) / 100)
            }
        }
        for v in values {
            #expect(Self.text { $0.append(jsonNumber: v) } == JSONNumberText.format(v), "\(v)")
            #expect(Self.text { $0.append(number: v) } == formatNumber(v), "\(v)")
        }
    }

    @Test func stringsAreEscapedAsTheTextWriter() {
        var g = SeededGenerator(seed: 11)
        var strings = ["", "plain", "\"", "\\", "\u{0}", "\u{7F}", "二七区 ₂ 🌱", "a\r\nb"]
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 0..<12, using: &g)).map { _ in
                Unicode.Scalar([0x22, 0x5C, 0x0A, 0x01, 0x41, 0x4E8C, 0x1F331][Int.random(in: 0..<7, using: &g)])!
            }
            strings.append(String(String.UnicodeScalarView(scalars)))
        }
        for s in strings {
            #expect(Self.text { $0.append(jsonString: s) } == JSONWriter.quoted(s))
        }
    }

    @Test func integersOfEverySize() {
        for v: Int64 in [0, 7, -7, 10, 99, 100, 1_000_000, -123_456_789, .max, .min + 1, .min] {
            #expect(Self.text { $0.append(integer: v) } == String(v))
        }
    }
}
