import ErqiBatch
import ErqiModel
import Testing
@testable import ErqiShell

/// Typed values that used to mean something other than what the analyst meant (issue 9).
@Suite struct ValueReadingTests {
    func number(_ shell: Shell, _ id: String, _ field: String) -> Double? {
        shell.session.scenario.measures.first { $0.id == id }?.fields[field]?.number
    }

    @Test func aSignedMonthIsAShift() {
        let shell = Fixtures.shell()
        shell.run("add coal_to_gas as c2g", "set c2g.start_month sep")
        let out = shell.run("set c2g.start_month +3")
        #expect(number(shell, "c2g", "start_month") == 12)
        #expect(out.output.hasPrefix("c2g.start_month = 12 (dec) (was 9 (sep); +3 months)"))
        shell.run("set c2g.start_month -2")
        #expect(number(shell, "c2g", "start_month") == 10)
    }

    @Test func aShiftPastDecemberIsNotIn2015AndSaysSo() {
        let shell = Fixtures.shell()
        shell.run("add coal_to_gas as c2g", "set c2g.start_month sep")
        let out = shell.run("set c2g.start_month +5")
        #expect(number(shell, "c2g", "start_month") == 13)
        #expect(out.output.contains("past dec"))
        #expect(out.notes.contains { $0.contains("not in force in 2015") })
        let again = shell.execute(line: "set c2g.start_month +1")
        #expect(again.failed)
        #expect(again.error?.contains("no month to shift from") == true)
        shell.run("set c2g.start_month feb")
        #expect(shell.execute(line: "set c2g.start_month -3").error?.contains("before jan") == true)
    }

    @Test func relativeChangesOnNumbers() {
        let shell = Fixtures.shell()
        shell.run("set rooftop_pv.capacity_mw 10MW")
        let up = shell.run("set rooftop_pv.capacity_mw +10%")
        #expect(abs(number(shell, "rooftop_pv", "capacity_mw")! - 11) < 1e-9)
        #expect(up.output.contains("(was 10 MW; ×1.1)"))
        shell.run("set rooftop_pv.capacity_mw -500kW")
        #expect(abs(number(shell, "rooftop_pv", "capacity_mw")! - 10.5) < 1e-9)
        shell.run("set rooftop_pv.capacity_mw *2")
        #expect(abs(number(shell, "rooftop_pv", "capacity_mw")! - 21) < 1e-9)
        shell.run("set rooftop_pv.capacity_mw +4")
        #expect(abs(number(shell, "rooftop_pv", "capacity_mw")! - 25) < 1e-9)
    }

    @Test func aRelativeChangeStartsFromTheDefault() {
        let shell = Fixtures.shell()
        shell.run("add coal_to_gas")
        let hours = Fixtures.baseline.parameter("boiler.hours")!.value
        shell.run("set coal_to_gas.hours +100")
        #expect(number(shell, "coal_to_gas", "hours") == hours + 100)
    }

    @Test func assumeTakesAFactorButASignIsAValue() {
        let shell = Fixtures.shell()
        let growth = Fixtures.baseline.parameter("growth.industry")!.value
        shell.run("assume growth.industry *0.5")
        #expect(shell.session.scenario.assumptions["growth.industry"] == growth * 0.5)
        shell.run("assume growth.industry -1%")
        #expect(shell.session.scenario.assumptions["growth.industry"] == -0.01)
    }

    @Test func aBarePercentIsRefusedWithBothReadings() {
        let shell = Fixtures.shell()
        shell.run("add industrial_efficiency")
        let out = shell.execute(line: "set industrial_efficiency.percent 0.6")
        #expect(out.failed)
        #expect(out.error?.contains("0.6%") == true)
        #expect(out.error?.contains("60%") == true)
        #expect(shell.session.scenario.measures[0].fields.isEmpty)
        let ok = shell.run("set industrial_efficiency.percent 0.6%")
        #expect(shell.session.scenario.measures[0].fields["percent"] == .number(0.006))
        #expect(ok.output.hasPrefix("industrial_efficiency.percent = 0.006 (0.6 %)"))
        shell.run("set industrial_efficiency.percent 0")
        #expect(shell.session.scenario.measures[0].fields["percent"] == .number(0))
    }

    @Test func otherFractionsEchoTheirPercentage() {
        let shell = Fixtures.shell()
        let out = shell.run("set motors.gain 0.3")
        #expect(out.output.hasPrefix("motors.gain = 0.3 (30 %)"))
    }

    @Test(arguments: [("21,400", 21_400.0), ("1,400.5", 1_400.5), ("2.14万tce", 21_400), ("2.14 万tce", 21_400), ("21400tce", 21_400)])
    func groupedDigitsAndUnitsWithOrWithoutASpace(text: String, tce: Double) {
        let shell = Fixtures.shell()
        shell.run("set key_enterprises.saving_tce \(text)")
        #expect(abs(number(shell, "key_enterprises", "saving_tce")! - tce) < 1e-6)
    }

    @Test(arguments: ["21,40", "2,14", "1,0000"])
    func badGroupingIsRefused(text: String) {
        let out = Fixtures.shell().execute(line: "set key_enterprises.saving_tce \(text)")
        #expect(out.failed)
        #expect(out.error?.contains("expected a number") == true)
    }

    @Test func addSaysTheDefaultsTaken() {
        let out = Fixtures.shell().run("add rooftop_pv")
        #expect(out.output.contains("defaults taken: start_month 1 (jan), sector "))
        #expect(out.output.contains("township all"))
    }
}
