import ErqiFiles
import ErqiModel
import Foundation
import Testing

@Suite struct EmbeddedBaselineTests {
    static let seedPath = repositoryRoot() + "/seeds/baseline-2014.json"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "seeds/baseline-2014.json is not written yet"))
    func embeddedTextIsTheSeedByteForByte() throws {
        let seed = try Data(contentsOf: URL(fileURLWithPath: Self.seedPath))
        let same = Array(EmbeddedBaseline.json.utf8) == [UInt8](seed)
        #expect(same, "EmbeddedBaseline.swift is stale: run `make embed` (scripts/embed-baseline.sh)")
    }

    /// Release builds skip `Baseline.validate()` for the embedded baseline at start-up; this is
    /// what allows it: the very text compiled in passes every check.
    @Test func embeddedBaselinePassesTheModelChecks() throws {
        let checked = try BaselineStore.embeddedChecked()
        #expect(checked.validate().isEmpty)
        #expect(try BaselineStore.embedded() == checked)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "seeds/baseline-2014.json is not written yet"))
    func embeddedBaselineDecodesAndRoundTrips() throws {
        let b = try BaselineStore.embedded()
        #expect(b.id == "erqi-2014")
        #expect(try BaselineStore.load(path: Self.seedPath) == b)
        #expect(try BaselineCodec.decode(BaselineCodec.text(b), file: "re") == b)
        #expect(BaselineStore.embeddedSHA256 == SHA256.hex(EmbeddedBaseline.json))
        // The seed is written canonically (docs/FORMATS.md: sorted keys, two-space indent), so
        // encoding the decoded baseline gives the seed back byte for byte.
        let canonical = BaselineCodec.text(b) == EmbeddedBaseline.json
        #expect(canonical, "seeds/baseline-2014.json is not in canonical form: rewrite it with BaselineCodec.text")
        // The seed's text survives parse → canonical write → parse → write unchanged.
        let once = JSONWriter.canonical(try JSONParser.parse(EmbeddedBaseline.json, file: "seed"))
        #expect(JSONWriter.canonical(try JSONParser.parse(once, file: "seed")) == once)
    }
}
