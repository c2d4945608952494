import ErqiModel
import Testing
@testable import ErqiShell

@Suite struct EditCommandTests {
    @Test func addSetsAnIdAndSetAcceptsUnits() {
        let shell = Fixtures.shell()
        let added = shell.execute(line: "add rooftop_pv as pv-mazhai")
        #expect(added.error == nil)
        #expect(added.output.contains("added pv-mazhai"))
        let set = shell.execute(line: "set pv-mazhai.capacity_mw 15000kW")
        #expect(set.error == nil)
        #expect(shell.session.scenario.measures[0].fields["capacity_mw"] == .number(15))
        #expect(set.output.hasPrefix("pv-mazhai.capacity_mw = 15 MW (was 0 MW (default))"))
        #expect(set.output.contains("intensity "))
        #expect(set.output.contains("goals"))
        shell.run("set pv-mazhai.capacity_mw 15MW")
        #expect(shell.session.scenario.measures[0].fields["capacity_mw"] == .number(15))
    }

    @Test func setOnALeverNameCreatesTheMeasure() {
        let shell = Fixtures.shell()
        shell.run("set rooftop_pv.capacity_mw 15MW")
        #expect(shell.session.scenario.measures.map(\.id) == ["rooftop_pv"])
    }

    @Test func monthsByName() {
        let shell = Fixtures.shell()
        shell.run("add smokeless_zone", "set smokeless_zone.area_km2 2.2km2", "set smokeless_zone.start_month sep")
        #expect(shell.session.scenario.measures[0].fields["start_month"] == .number(9))
    }

    @Test func wrongUnitNamesTheExpectedUnitAndChangesNothing() {
        let shell = Fixtures.shell()
        shell.run("set rooftop_pv.capacity_mw 2MW")
        let before = shell.session.scenario
        let out = shell.execute(line: "set rooftop_pv.capacity_mw 15km2")
        #expect(out.failed)
        #expect(out.error?.contains("expected MW") == true)
        #expect(shell.session.scenario == before)
        #expect(out.errorText.hasPrefix("error: "))
    }

    @Test func modelValidationErrorsKeepTheSession() {
        let shell = Fixtures.shell()
        shell.run("add industrial_efficiency")
        let out = shell.execute(line: "set industrial_efficiency.percent 1.5")
        #expect(out.failed)
        #expect(out.error?.contains("fraction") == true)
        #expect(shell.session.scenario.measures[0].fields.isEmpty)
    }

    @Test func unsetAndRemove() {
        let shell = Fixtures.shell()
        shell.run("add coal_to_gas", "set coal_to_gas.hours 3000h")
        let unset = shell.execute(line: "unset coal_to_gas.hours")
        #expect(unset.error == nil)
        #expect(unset.output.contains("(default: boiler.hours)"))
        #expect(shell.session.scenario.measures[0].fields["hours"] == nil)
        shell.run("remove coal_to_gas")
        #expect(shell.session.scenario.measures.isEmpty)
        #expect(shell.execute(line: "remove coal_to_gas").error?.contains("no measure") == true)
    }

    @Test func assumeAndDefault() {
        let shell = Fixtures.shell()
        let out = shell.run("assume growth.industry 6%")
        #expect(shell.session.scenario.assumptions["growth.industry"] == 0.06)
        #expect(out.output.contains("assumed"))
        shell.run("assume growth.industry default")
        #expect(shell.session.scenario.assumptions.isEmpty)
    }

    @Test func optionPVAccounting() {
        let shell = Fixtures.shell()
        shell.run("option pv_accounting counted")
        #expect(shell.session.scenario.pvAccounting == .counted)
        shell.run("option pv_accounting default")
        #expect(shell.session.scenario.pvAccounting == nil)
        #expect(shell.execute(line: "option pv_accounting both").failed)
    }

    @Test(arguments: [
        ("sett rooftop_pv.capacity_mw 1", "did you mean 'set'"),
        ("add roftop_pv", "did you mean 'rooftop_pv'"),
        ("set rooftop_pv.capacity 15MW", "did you mean 'capacity_mw'"),
        ("assume growth.industy 5%", "did you mean 'growth.industry'"),
        ("show growth.industy", "did you mean 'growth.industry'"),
        ("explain intensty", "did you mean 'intensity'"),
        ("help sav", "did you mean 'save'"),
        (".mode mardown", "did you mean 'markdown'"),
    ])
    func didYouMean(line: String, hint: String) {
        let out = Fixtures.shell().execute(line: line)
        #expect(out.failed)
        #expect(out.error?.contains(hint) == true, "\(out.error ?? "no error")")
    }

    @Test func afterAChangeTheImpactShowsTheValueBefore() {
        let shell = Fixtures.shell()
        shell.run("goals")
        let out = shell.run("set key_enterprises.saving_tce 21400")
        #expect(out.output.contains("(was "))
        #expect(out.output.contains("goals") || out.output.contains("All"))
    }

    @Test func commentsAndBlankLinesDoNothing() {
        let shell = Fixtures.shell()
        #expect(shell.execute(line: "# a comment") == CommandOutcome())
        #expect(shell.execute(line: "   ") == CommandOutcome())
        #expect(shell.session.history.isEmpty)
    }

    @Test func quitAndExit() {
        #expect(Fixtures.shell().execute(line: "quit").quit)
        #expect(Fixtures.shell().execute(line: "exit").quit)
    }
}
