import ErqiFiles
import ErqiModel
import Foundation
import Testing
@testable import ErqiShell

@Suite struct ExportCommandTests {
    @Test func exportWritesTheResultInTheFormOfTheExtension() throws {
        let folder = Fixtures.temporaryFolder()
        let shell = Fixtures.shell()
        shell.run("add key_enterprises", "set key_enterprises.saving_tce 21400")
        #expect(shell.run("export \(folder)/r.json").output == "exported untitled to \(folder)/r.json\n")
        let json = try JSONParser.parse(try String(contentsOfFile: folder + "/r.json", encoding: .utf8), file: "r.json")
        #expect(json["format"]?.stringValue == "erqi-result")
        #expect(json["totals"]?["energy_gap_tce"]?.numberValue == (try shell.session.result()).totals.energyGapTce)
        shell.run("export \(folder)/r.csv")
        let csv = try String(contentsOfFile: folder + "/r.csv", encoding: .utf8)
        #expect(csv.hasPrefix("key,quantity,y2014,y2015,limit,margin,status\n"))
        shell.run("export \(folder)/r.md")
        #expect(try String(contentsOfFile: folder + "/r.md", encoding: .utf8).contains("| quantity |"))
    }

    @Test func exportNeverOverwritesWithoutBang() throws {
        let folder = Fixtures.temporaryFolder()
        try "keep\n".write(toFile: folder + "/r.json", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell()
        let refused = shell.execute(line: "export \(folder)/r.json")
        #expect(refused.failed && refused.error?.contains("export! ") == true)
        #expect(try String(contentsOfFile: folder + "/r.json", encoding: .utf8) == "keep\n")
        shell.run("export! \(folder)/r.json")
        #expect(try String(contentsOfFile: folder + "/r.json", encoding: .utf8).contains("erqi-result"))
    }

    @Test func exportCompletesPaths() {
        let completer = Completer(session: Fixtures.shell().session)
        #expect(completer.candidates(before: "", word: "exp").contains("export"))
        #expect(completer.candidates(before: "export ", word: "Sourc").contains("Sources/"))
    }
}
