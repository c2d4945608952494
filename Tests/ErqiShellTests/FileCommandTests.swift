import ErqiFiles
import ErqiModel
import Foundation
import Testing
@testable import ErqiShell

@Suite struct FileCommandTests {
    @Test func saveThenLoadRoundTrips() throws {
        let folder = Fixtures.temporaryFolder() + "/scenarios"
        let shell = Fixtures.shell(folder: folder)
        shell.run("add rooftop_pv as pv-mazhai", "set pv-mazhai.capacity_mw 3MW", "set pv-mazhai.township mazhai",
                  "set pv-mazhai.start_month oct", "assume growth.industry 8%", "option pv_accounting counted")
        let saved = shell.run("save gas-first")
        #expect(saved.output == "saved \(folder)/gas-first.json\n")
        #expect(!shell.session.isDirty)
        let text = try String(contentsOfFile: folder + "/gas-first.json", encoding: .utf8)
        #expect(text.contains("\"name\": \"gas-first\""))
        #expect(text == ScenarioCodec.text(shell.session.scenario))

        let other = Fixtures.shell(folder: folder)
        other.run("load gas-first")
        #expect(other.session.scenario == shell.session.scenario)
        #expect(other.session.document.file == folder + "/gas-first.json")
        #expect(!other.session.isDirty)
    }

    /// A scenario that extends another and drops inherited values (an assumption, a measure
    /// field, the option) saves them as null, and loads back as it was saved.
    @Test func droppedInheritedValuesSurviveSaveAndLoad() throws {
        let folder = Fixtures.temporaryFolder() + "/scenarios"
        let shell = Fixtures.shell(folder: folder)
        shell.run("add key_enterprises as kep", "set kep.saving_tce 20000", "set kep.start_month mar",
                  "assume growth.industry 10%", "option pv_accounting counted", "save parent")
        try #"{"format": "erqi-scenario", "version": 1, "name": "child", "extends": "parent", "measures": {}}"#
            .write(toFile: folder + "/child.json", atomically: true, encoding: .utf8)
        shell.run("load child", "assume growth.industry default", "unset kep.start_month", "option pv_accounting default", "save")
        let edited = shell.session.scenario
        #expect(edited.assumptions["growth.industry"] == nil && edited.pvAccounting == nil)
        let other = Fixtures.shell(folder: folder)
        other.run("load child")
        #expect(other.session.scenario == edited)
        #expect(other.session.scenario.measures[0].fields["start_month"] == nil)
    }

    @Test func saveRefusesToOverwriteAnotherScenarioWithoutBang() throws {
        let folder = Fixtures.scenariosCopy()
        let before = try String(contentsOfFile: folder + "/bau.json", encoding: .utf8)
        let shell = Fixtures.shell(folder: folder)
        shell.run("add motors")
        let refused = shell.execute(line: "save bau")
        #expect(refused.failed)
        #expect(refused.error?.contains("save! bau") == true)
        #expect(try String(contentsOfFile: folder + "/bau.json", encoding: .utf8) == before)
        #expect(shell.session.isDirty)
        shell.run("save! bau")
        #expect(try String(contentsOfFile: folder + "/bau.json", encoding: .utf8).contains("motors"))
    }

    @Test func savingToTheLoadedFileIsFine() throws {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("load plan-2015", "set motors.capacity_kw 25000")
        #expect(shell.execute(line: "save").error == nil)
        #expect(shell.execute(line: "save plan-2015").error == nil)
        let again = Fixtures.shell(folder: folder)
        again.run("load plan-2015")
        #expect(again.session.scenario.measures.first { $0.id == "motors" }?.fields["capacity_kw"] == .number(25000))
    }

    @Test func saveWithoutANameNeedsOneForANewScenario() {
        let shell = Fixtures.shell(folder: Fixtures.temporaryFolder())
        shell.run("add motors")
        #expect(shell.execute(line: "save").error?.contains("save NAME") == true)
    }

    @Test func loadingOverUnsavedChangesIsUndoable() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.run("add motors", "set motors.capacity_kw 100kW")
        let mine = shell.session.scenario
        let out = shell.run("load bau")
        #expect(out.output.contains("`undo` brings them back"))
        #expect(shell.session.scenario.name == "bau")
        shell.run("undo")
        #expect(shell.session.scenario == mine)
        #expect(shell.session.document.file == nil)
    }

    @Test func loadOfAMissingScenarioSuggests() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        let out = shell.execute(line: "load plan-2016")
        #expect(out.error?.contains("did you mean 'plan-2015'") == true)
    }

    @Test func scenariosListsTheFolder() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run(".mode csv")
        let out = shell.run("scenarios").output
        #expect(out.hasPrefix("name,title,measures,extends,state\n"))
        #expect(out.contains("bau,Business as usual (no measures),0,,\n"))
        #expect(out.contains("plan-2015,"))
    }

    @Test func hiddenScenarioFilesAreNeitherListedNorSuggested() throws {
        let folder = Fixtures.scenariosCopy()
        try "{}".write(toFile: folder + "/.plan-2016.json", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell(folder: folder)
        shell.run(".mode csv")
        #expect(!shell.run("scenarios").output.contains("plan-2016"))
        let out = shell.execute(line: "load plan-2016")
        #expect(out.error?.contains("did you mean 'plan-2015'") == true)
        #expect(Completer(session: shell.session).candidates(before: "load ", word: "").contains(".plan-2016") == false)
    }

    @Test func diffShowsChangesSinceLoad() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        #expect(shell.run("diff").output == "no changes since the scenario was loaded\n")
        shell.run("set motors.capacity_kw 30000", "remove tiered_pricing", "assume growth.industry 7%")
        let out = shell.run("diff").output
        #expect(out.contains("motors.capacity_kw"))
        #expect(out.contains("20000") && out.contains("30000"))
        #expect(out.contains("tiered_pricing"))
        #expect(out.contains("growth.industry"))
    }

    @Test func compareAgainstTheCurrentScenario() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015", "remove key_enterprises")
        let out = shell.execute(line: "compare plan-2015")
        #expect(out.error == nil, "\(out.error ?? "")")
        #expect(out.output.contains("current"))
        #expect(out.output.contains("plan-2015"))
    }

    @Test func onceAndOutputRedirect() throws {
        let dir = Fixtures.temporaryFolder()
        let shell = Fixtures.shell()
        shell.run(".mode csv", ".once \(dir)/goals.csv")
        let first = shell.run("goals")
        #expect(first.output.isEmpty)
        #expect(try String(contentsOfFile: dir + "/goals.csv", encoding: .utf8).hasPrefix("goal,label,value,op,limit,margin,unit,energy_gap_tce,met\n"))
        #expect(!shell.run("goals").output.isEmpty)
        shell.run(".output \(dir)/all.txt", "levers", "departments", ".output stdout")
        let all = try String(contentsOfFile: dir + "/all.txt", encoding: .utf8)
        #expect(all.hasPrefix("lever,chinese,task,"))
        #expect(all.contains("unit,measures,"))
        #expect(!shell.run("levers").output.isEmpty)
    }

    @Test func timerReportsOnStandardError() {
        let shell = Fixtures.shell()
        shell.run(".timer on")
        let out = shell.run("goals")
        #expect(out.notes.last?.hasPrefix("elapsed: ") == true)
        #expect(!out.output.contains("elapsed"))
    }
}

@Suite struct SessionOpeningTests {
    @Test func opensAScenarioWithNothingToUndo() throws {
        let folder = Fixtures.scenariosCopy()
        var warnings: [String] = []
        let session = try Session(baseline: Fixtures.baseline, opening: "plan-2015", scenariosFolder: folder, warnings: &warnings)
        #expect(session.scenario.measures.count == 18)
        #expect(!session.isDirty)
        #expect(session.undoCommands.isEmpty)
        #expect(warnings.isEmpty)
        #expect(throws: ShellError.self) {
            try Session(baseline: Fixtures.baseline, opening: "plan-2016", scenariosFolder: folder, warnings: &warnings)
        }
    }

    @Test func savingAScenarioThatExtendsWritesOnlyTheDifferences() throws {
        let folder = Fixtures.scenariosCopy()
        try #"{"format": "erqi-scenario", "version": 1, "name": "child", "extends": "plan-2015", "measures": {"motors": {"capacity_kw": 30000}}}"#
            .write(toFile: folder + "/child.json", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell(folder: folder)
        shell.run("load child", "remove tiered_pricing", "save")
        let text = try String(contentsOfFile: folder + "/child.json", encoding: .utf8)
        #expect(text.contains("\"extends\": \"plan-2015\""))
        #expect(text.contains("\"tiered_pricing\": null"))
        #expect(!text.contains("key_enterprises"))
        let again = Fixtures.shell(folder: folder)
        again.run("load child")
        #expect(again.session.scenario == shell.session.scenario)
    }

    @Test func folderSetting() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: Fixtures.temporaryFolder())
        shell.run(".folder \(folder)")
        #expect(shell.run(".folder").output == "scenarios folder: \(folder)\n")
        #expect(shell.execute(line: "load bau").error == nil)
        #expect(shell.execute(line: ".folder /no/such/folder").failed)
    }
}

@Suite struct LoadProblemTests {
    @Test func loadReportsEveryProblemOfTheFileAndKeepsTheSession() throws {
        let folder = Fixtures.temporaryFolder()
        try """
            {"format": "erqi-scenario", "version": 1, "name": "bad",
             "measures": {"pv": {"lever": "rooftop_pv", "capacity_mw": "15MW", "start_month": 14}}}
            """.write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell(folder: folder)
        shell.run("add motors")
        let before = shell.session.scenario
        let outcome = shell.execute(line: "load bad")
        #expect(outcome.failed)
        #expect(outcome.error?.contains("measures.pv.capacity_mw: expected a number ≥ 0 in MW, got \"15MW\"") == true)
        #expect(outcome.error?.contains("measures.pv.start_month: expected a whole month 1…13") == true)
        #expect(shell.session.scenario == before)
    }

    @Test func aPinOnAnotherBaselineVersionWarnsAndNamesBoth() throws {
        let folder = Fixtures.temporaryFolder()
        try """
            {"format": "erqi-scenario", "version": 1, "name": "pinned",
             "baseline": {"id": "erqi-2014", "sha256": "\(String(repeating: "0", count: 64))"}}
            """.write(toFile: folder + "/pinned.json", atomically: true, encoding: .utf8)
        let shell = Fixtures.shell(folder: folder)
        let outcome = shell.execute(line: "load pinned")
        #expect(!outcome.failed)
        let text = outcome.notes.joined(separator: "\n")
        #expect(text.contains("baseline.sha256") && text.contains("000000000000…") && text.contains(BaselineStore.embeddedSHA256.prefix(12)))
    }
}

/// `.help`, `clear`, and spreadsheets refused by `export` (issue 9).
@Suite struct ConventionCommandTests {
    @Test func dotHelpIsHelp() {
        let shell = Fixtures.shell()
        #expect(shell.run(".help").output == shell.run("help").output)
        #expect(shell.run(".help set").output == shell.run("help set").output)
    }

    @Test func clearOnlyOnATerminal() {
        let shell = Fixtures.shell()
        #expect(shell.run("clear").output.isEmpty)
        shell.terminal = { TerminalSize(columns: 80, rows: 24) }
        #expect(shell.run("clear").output == "\u{1B}[H\u{1B}[2J")
    }

    @Test(arguments: ["out.xlsx", "dir/Out.XLS", "x.ods", "brief.pdf"])
    func spreadsheetsAreRefused(file: String) {
        let dir = Fixtures.temporaryFolder()
        let out = Fixtures.shell().execute(line: "export \(dir)/\(file)")
        #expect(out.failed)
        #expect(out.error?.contains("write .csv") == true)
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/\(file)"))
    }
}
