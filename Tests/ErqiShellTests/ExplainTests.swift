import ErqiModel
import Testing
@testable import ErqiShell

/// `explain` re-derives each measure with docs/MODEL.md §4; these tests hold it to the engine.
@Suite struct ExplainTests {
    static func planShell(_ extra: [String] = []) -> Shell {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        for line in extra { shell.run(line) }
        return shell
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test(arguments: [
        [String](),
        ["option pv_accounting counted"],
        ["add new_projects", "set new_projects.energy_tce 5000", "set new_projects.value_added 9000", "set new_projects.start_month apr",
         "assume growth.industry 5%", "assume coef.tce.electricity 0.315"],
        ["remove yellow_label", "add yellow_label as yl-2", "set yl-2.count.bus 4", "set yl-2.count.taxi 1", "set yl-2.replacement 0.5"],
    ])
    func derivedNumbersEqualTheEngine(extra: [String]) throws {
        let shell = Self.planShell(extra)
        let result = try shell.session.result()
        let explainer = Explainer(baseline: shell.session.baseline, scenario: shell.session.scenario, result: result)
        #expect(result.measures.count == shell.session.scenario.measures.count)
        for (i, engine) in result.measures.enumerated() {
            let n = explainer.derivedNumbers(i)
            let id = engine.id
            #expect(Self.close(n.fraction, engine.fractionOfYear), "\(id) fraction")
            #expect(Self.close(n.energySavingTce, engine.energySavingTce), "\(id) tce \(n.energySavingTce) vs \(engine.energySavingTce)")
            #expect(Self.close(n.co2ReductionT, engine.co2ReductionT), "\(id) co2")
            #expect(Self.close(-n.air[0], engine.so2ReductionT), "\(id) so2")
            #expect(Self.close(-n.air[1], engine.noxReductionT), "\(id) nox")
            #expect(Self.close(-n.air[2], engine.pmReductionT), "\(id) pm")
            for w in 0..<4 { #expect(Self.close(-n.water[w], engine.waterReductionT[w]), "\(id) water \(w)") }
            #expect(Self.close(n.valueAdded.reduce(0, +), engine.gdpChange), "\(id) value added")
            #expect(Self.close(n.pvMWh, engine.pvGenerationMWh), "\(id) pv")
        }
    }

    @Test func everyTopicExplains() throws {
        let shell = Self.planShell()
        var topics = Explainer.quantities + shell.session.scenario.measures.map(\.id)
        topics += shell.session.baseline.townships.map { "township.\($0.id)" }
        for topic in topics {
            let out = shell.execute(line: "explain \(topic)")
            #expect(out.error == nil, "\(topic): \(out.error ?? "")")
            #expect(out.output.contains("parameters read"), "\(topic)")
        }
    }

    @Test func townshipAndWaterExplanationsMatchTheResult() throws {
        let shell = Self.planShell()
        let r = try shell.session.result()
        let mazhai = r.townships.first { $0.id == "mazhai" }!
        let text = shell.run("explain township.mazhai").output
        #expect(text.contains(ExplainNumber.percent(mazhai.intensityChange)))
        #expect(text.contains("energy gap = E15 − (E14 / VA14) · (1 + target) · VA15"))
        #expect(text.contains("= \(ExplainNumber.text(mazhai.energyGapTce)) tce"))
        let cod = r.goal("cod_household")!
        #expect(shell.run("explain cod_household").output.contains("2015 = \(ExplainNumber.text(cod.value)) t"))
        let co2 = shell.run("explain co2").output
        #expect(co2.contains("total \(ExplainNumber.text(r.totals.co2_2015_t)) t"))
    }

    @Test func estimatesAndAssumptionsAreMarked() {
        let shell = Self.planShell(["assume boiler.hours 4000"])
        let text = shell.run("explain c2g-mazhai-boilers").output
        #expect(text.contains("[estimate]"))
        #expect(text.contains("ASSUMED (baseline"))
        #expect(text.contains("frac = Σ w[9…12]"))
    }

    @Test func unknownTopicSuggests() {
        let out = Self.planShell().execute(line: "explain township.mazai")
        #expect(out.error?.contains("did you mean 'township.mazhai'") == true)
    }
}
