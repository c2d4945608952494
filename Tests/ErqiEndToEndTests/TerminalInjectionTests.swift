import ErqiTestSupport
import Foundation
import Testing

/// Issue 13, item 5, with the real binary: a scenario whose title, description, note and
/// measure id carry terminal control sequences, and a file name that does.
@Suite struct TerminalInjectionTests {
    static let osc = "\u{1B}]0;pwned\u{7}"

    static func hostile(_ folder: TemporaryFolder) throws -> String {
        try folder.write("evil.json", """
            {"format": "erqi-scenario", "version": 1, "name": "evil",
             "title": "T\\u001b]0;pwned\\u0007", "description": "D\\u001b[2J",
             "extends": "plan-2015", "assumptions": {},
             "measures": {"motors": {"note": "N\\r\\u001b[K\\u001b]52;c;aGk=\\u0007"}}}
            """)
        return folder.file("evil.json")
    }

    @Test func runAndCheckPrintNoRawControls() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let evil = try Self.hostile(folder)
        for arguments in [["run", evil], ["run", evil, "--format", "markdown"], ["check", evil], ["diff", folder.file("plan-2015.json"), evil]] {
            let r = try Cli.runOnSeed(arguments)
            #expect(!r.stdout.unicodeScalars.contains("\u{1B}"), "\(arguments)")
            #expect(!r.stderr.unicodeScalars.contains("\u{1B}"), "\(arguments)")
            #expect(!r.stdout.unicodeScalars.contains("\u{7}"), "\(arguments)")
        }
        let shown = try Cli.runOnSeed(["diff", folder.file("plan-2015.json"), evil])
        #expect(shown.stdout.contains(#"\e]52;c;aGk=\u{7}"#), "\(shown.stdout)")
    }

    @Test func aFileNameWithControlsIsEscapedInErrors() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let name = "x\(Self.osc).json"
        try folder.write(name, "{ not json")
        let r = try Cli.run(["run", folder.file(name)])
        #expect(r.status == 2)
        #expect(!r.stderr.unicodeScalars.contains("\u{1B}"))
        #expect(r.stderr.contains(#"x\e]0;pwned\u{7}.json"#))
    }

    @Test func theShellShowsTitlesAndNotesEscaped() throws {
        let folder = try TemporaryFolder.withScenarios()
        defer { folder.remove() }
        let evil = try Self.hostile(folder)
        let r = try Cli.run(["--no-init", "--baseline", Cli.baselinePath, "-c", "load \(evil); show motors; info; scenarios"],
                            in: folder.path)
        #expect(!r.stdout.unicodeScalars.contains("\u{1B}"))
        #expect(!r.stderr.unicodeScalars.contains("\u{1B}"))
        #expect(r.stdout.contains(#"\e]0;pwned\u{7}"#) || r.stdout.contains(#"\e]52"#), "\(r.stdout)\n\(r.stderr)")
    }
}
