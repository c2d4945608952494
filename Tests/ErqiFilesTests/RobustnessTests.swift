import ErqiFiles
import ErqiTestSupport
import Testing

@Suite struct RobustnessTests {
    /// Random byte edits of valid files: every outcome is a value or FileErrors, never a crash,
    /// and every error names the file.
    @Test func mutatedFilesNeverCrash() {
        var rng = SeededGenerator(seed: 2015)
        let alphabet = Array(#"{}[],:"\ 0123456789.eE+-tfnulxé"#.utf8) + [0x00, 0x0A, 0xFF, 0xC3]
        for original in [Array(gasFirst.utf8), Array(smallBaseline.utf8)] {
            for _ in 0..<1500 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let i = Int.random(in: 0..<bytes.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: bytes.remove(at: i)
                    case 1: bytes.insert(alphabet.randomElement(using: &rng) ?? 0x20, at: i)
                    default: bytes[i] = alphabet.randomElement(using: &rng) ?? 0x20
                    }
                }
                let errs = fileErrors { () throws(FileErrors) in
                    let json = try JSONParser.parse(bytes, file: "f.json")
                    if json["format"] == .string("erqi-baseline") {
                        _ = try BaselineCodec.decode(json, file: "f.json")
                    } else {
                        _ = try ScenarioCodec.decode(json, file: "f.json").merged(onto: nil, file: "f.json")
                    }
                }
                #expect(errs.allSatisfy { $0.file == "f.json" && !$0.message.isEmpty })
            }
        }
    }
}
