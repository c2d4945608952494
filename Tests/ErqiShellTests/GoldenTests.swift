import ErqiTestSupport
import Testing
@testable import ErqiShell

/// Whole outputs on the embedded baseline, compared with Golden/*.txt.
@Suite struct GoldenTests {
    @Test func leversTable() {
        Golden.check(Fixtures.shell().run("levers").output, "levers.txt", target: "ErqiShellTests")
    }

    @Test func goalsOfTheEmptyScenario() {
        Golden.check(Fixtures.shell().run("goals").output, "goals-bau.txt", target: "ErqiShellTests")
    }

    @Test func goalsOfThePlan() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        Golden.check(shell.run("goals").output, "goals-plan-2015.txt", target: "ErqiShellTests")
    }

    @Test func helpOverview() {
        Golden.check(Fixtures.shell().run("help").output, "help.txt", target: "ErqiShellTests")
    }

    @Test func explainAMeasure() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        Golden.check(shell.run("explain c2g-heat-source").output, "explain-c2g-heat-source.txt", target: "ErqiShellTests")
    }
}
