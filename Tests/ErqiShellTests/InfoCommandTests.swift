import ErqiFiles
import ErqiModel
import Testing
@testable import ErqiShell

@Suite struct InfoCommandTests {
    @Test func showAMeasureMarksDefaults() {
        let shell = Fixtures.shell()
        shell.run("add coal_to_gas", "set coal_to_gas.capacity_tph 40")
        let out = shell.run("show coal_to_gas").output
        #expect(out.contains("plan task 4, lead unit 区发改统计局"))
        #expect(out.contains("default (boiler.hours)"))
        #expect(out.contains("capacity_tph"))
        #expect(out.contains("fraction of 2015"))
    }

    @Test func showALever() {
        let out = Fixtures.shell().run("show yellow_label").output
        #expect(out.contains("淘汰黄标车"))
        #expect(out.contains("count.CLASS"))
        #expect(out.contains("yellow_label.replacement"))
    }

    @Test func showAParameterWithItsSourceAndAssumption() {
        let shell = Fixtures.shell()
        let key = "coef.tce.electricity"
        let p = shell.session.baseline.parameter(key)!
        #expect(shell.run("show \(key)").output.hasPrefix("\(key) = \(formatNumber(p.value)) \(p.unit)\nsource: "))
        shell.run("assume \(key) 0.315")
        #expect(shell.run("show \(key)").output.contains("assumed in this scenario: 0.315"))
        #expect(shell.run("show growth.").output.contains("growth.industry"))
    }

    @Test func sourcesListsEstimates() {
        let shell = Fixtures.shell()
        let out = shell.run("sources").output
        #expect(out.contains("Estimated parameters (\(shell.session.baseline.estimateCount) of"))
        #expect(shell.run("sources gdp.").output.contains("gdp.industry"))
        #expect(shell.execute(line: "sources gpd.").error?.contains("did you mean") == true)
    }

    @Test func tasksFromTheProvider() {
        let out = Fixtures.shell().run("tasks").output
        #expect(out.contains("加快淘汰落后产能"))
        #expect(out.contains("— (institutional)"))
        let none = Shell(session: Session(baseline: Fixtures.baseline))
        #expect(none.execute(line: "tasks").failed)
    }

    @Test func planTaskListDecodesTheSeed() throws {
        let text = try String(contentsOfFile: Fixtures.root + "/seeds/plan-tasks.json", encoding: .utf8)
        let tasks = try PlanTaskCodec.decode(text, file: "plan-tasks.json")
        #expect(tasks.count == 29)
        #expect(tasks.map(\.number) == Array(1...29))
    }

    @Test func everyCommandHasHelp() {
        let shell = Fixtures.shell()
        for spec in Command.allCases.map(\.spec) {
            let out = shell.run("help \(spec.name)").output
            #expect(out.hasPrefix("usage: \(spec.usage)"))
            #expect(out.contains("example:"))
            #expect(shell.run("help").output.contains(spec.usage))
        }
    }

    @Test func modesRenderTables() {
        let shell = Fixtures.shell()
        shell.run(".mode json")
        #expect(shell.run("departments").output.hasPrefix("["))
        shell.run(".mode markdown")
        #expect(shell.run("goals").output.hasPrefix("| goal |"))
        #expect(shell.run(".mode").output == "mode markdown\n")
    }

    @Test func resultTownshipsMeasures() {
        let shell = Fixtures.shell()
        #expect(shell.run("result").output.contains("Intensity"))
        #expect(shell.run("townships").output.contains("马寨镇"))
        #expect(shell.run("measures").output.contains("business as usual"))
    }
}
