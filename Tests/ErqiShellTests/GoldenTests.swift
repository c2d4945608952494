import Testing
@testable import ErqiShell

/// Whole outputs on the embedded baseline, compared with Golden/*.txt.
@Suite struct GoldenTests {
    @Test func leversTable() {
        Golden.check(Fixtures.shell().run("levers").output, "levers.txt")
    }

    @Test func goalsOfTheEmptyScenario() {
        Golden.check(Fixtures.shell().run("goals").output, "goals-bau.txt")
    }

    @Test func goalsOfThePlan() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        Golden.check(shell.run("goals").output, "goals-plan-2015.txt")
    }

    @Test func helpOverview() {
        Golden.check(Fixtures.shell().run("help").output, "help.txt")
    }

    @Test func explainAMeasure() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        Golden.check(shell.run("explain c2g-heat-source").output, "explain-c2g-heat-source.txt")
    }
}
