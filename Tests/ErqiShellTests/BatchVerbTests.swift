import Foundation
import Testing
@testable import ErqiShell

/// `run`, `check` and `sweep` at the prompt with the command line's options (issue 9).
@Suite struct BatchVerbTests {
    func planShell() -> Shell {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        return shell
    }

    @Test func runWorksOnTheCurrentScenarioByDefault() {
        let shell = planShell()
        shell.run("set pv-mazhai.capacity_mw *2")
        let out = shell.run("run").output
        #expect(out.contains("Scenario plan-2015 (current)"))
        #expect(out.contains("Intensity"))
    }

    @Test func runTakesSetFormatAndNames() {
        let shell = planShell()
        let out = shell.run("run current bau --set growth.industry=8% --format csv").output
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("scenario,file,"))
        #expect(lines[2].hasPrefix("bau,"))
        // --format is for this command only.
        #expect(shell.session.settings.format == .table)
    }

    @Test func runHonoursModeAndOnce() throws {
        let shell = planShell()
        let file = Fixtures.temporaryFolder() + "/run.jsonl"
        shell.run(".mode jsonl", ".once \(file)")
        let out = shell.run("run")
        #expect(out.output.isEmpty)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("{") && text.split(separator: "\n").count == 1)
    }

    @Test func checkListsMissedGoals() {
        let shell = planShell()
        let out = shell.run("check current bau")
        #expect(out.output.contains("current (plan-2015): 15 of 24 goals missed"))
        #expect(out.output.contains("township.houzhai"))
        #expect(!out.failed)
    }

    @Test func sweepOnTheCurrentScenarioNamesTheMissedGoalsAndWritesOutput() throws {
        let shell = planShell()
        let file = Fixtures.temporaryFolder() + "/pv.csv"
        let out = shell.run("sweep --vary pv-mazhai.capacity_mw=0:10:5 --format csv --output \(file)")
        #expect(out.output == "wrote \(file)\n")
        let csv = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(csv.count == 4)
        #expect(csv[0].contains("goals_missed,missed_goals"))
        #expect(csv[1].contains("township.houzhai"))
    }

    @Test(arguments: [
        ("run --frobnicate", "unknown option '--frobnicate'"),
        ("run --format xml", "unknown format 'xml'"),
        ("run nosuch", "no scenario 'nosuch'"),
        ("sweep", "--vary"),
        ("sweep --vary nosuch.x=0:1:1", "nosuch"),
        ("run --set growth.industry", "expected KEY=VALUE"),
        ("run --baseline b.json", "keeps the baseline"),
    ])
    func mistakesAreNamed(line: String, message: String) {
        let out = planShell().execute(line: line)
        #expect(out.failed)
        #expect(out.error?.contains(message) == true, "\(out.error ?? "")")
    }
}

extension BatchVerbTests {
    @Test func checkFollowsTheModeForPrograms() {
        let shell = planShell()
        shell.run(".mode csv")
        let lines = shell.run("check current").output.split(separator: "\n")
        #expect(lines.first == "scenario,file,goal,value,op,limit,margin,unit")
        #expect(lines.count == 1 + 15)
        #expect(lines.contains { $0.hasPrefix("plan-2015,current,township.houzhai,") })
    }
}
