import ErqiFiles
import ErqiModel
import Foundation
import Testing
@testable import ErqiShell

/// `uncertain KEY DIST …` and `certain KEY`: parsed in the key's units, checked (nothing
/// clamped), shown, saved with the scenario, undoable, with help and completion.
@Suite struct UncertaintyCommandTests {
    func shell() -> Shell {
        let s = Fixtures.shell()
        s.run("add rooftop_pv as pv-mazhai", "set pv-mazhai.capacity_mw 15MW")
        return s
    }

    @Test func triangularOnAnAssumption() {
        let s = shell()
        let out = s.run("uncertain growth.industry triangular 0.07 0.09 0.11")
        #expect(s.session.scenario.uncertainty["growth.industry"] == .uncertain(Uncertainty(.triangular(low: 0.07, mode: 0.09, high: 0.11))))
        #expect(out.output.hasPrefix("growth.industry ~ triangular 0.07 … 0.09 … 0.11 (from this scenario)"))
        #expect(out.output.contains("(was: growth.industry ~ triangular"))
        // Percent on a fraction key is the fraction itself, as with `assume`.
        s.run("uncertain growth.industry uniform 7% 11%")
        #expect(s.session.scenario.uncertainty["growth.industry"] == .uncertain(Uncertainty(.uniform(low: 0.07, high: 0.11))))
    }

    @Test func normalWithPercentOfTheValueAndUnits() {
        let s = shell()
        s.run("uncertain pv-mazhai.capacity_mw normal sd 10% low 0")
        #expect(s.session.scenario.uncertainty["pv-mazhai.capacity_mw"]
                == .uncertain(Uncertainty(.normal(mean: nil, sd: 1.5, low: 0, high: nil))))
        s.run("uncertain pv-mazhai.capacity_mw uniform 10000kW 20MW")
        #expect(s.session.scenario.uncertainty["pv-mazhai.capacity_mw"] == .uncertain(Uncertainty(.uniform(low: 10, high: 20))))
        s.run("uncertain pv-mazhai.capacity_mw triangular -0.2 0.1 relative")
        #expect(s.session.scenario.uncertainty["pv-mazhai.capacity_mw"]
                == .uncertain(Uncertainty(.triangular(low: -0.2, mode: nil, high: 0.1), relative: true)))
    }

    @Test func integerFieldsAndDiscrete() {
        let s = shell()
        s.run("uncertain pv-mazhai.start_month uniform mar sep")
        #expect(s.session.scenario.uncertainty["pv-mazhai.start_month"] == .uncertain(Uncertainty(.uniform(low: 3, high: 9))))
        s.run("uncertain pv-mazhai.start_month discrete 6 9 13 weights 1 2 1")
        #expect(s.session.scenario.uncertainty["pv-mazhai.start_month"]
                == .uncertain(Uncertainty(.discrete(values: [6, 9, 13], weights: [1, 2, 1]))))
    }

    @Test func refusalsNameTheProblemAndChangeNothing() {
        let s = shell()
        let before = s.session.scenario
        let cases: [(String, String)] = [
            ("uncertain pv-mazhai.capacity_mw normal sd 2", "valid range is ≥ 0"),
            ("uncertain pv-mazhai.start_month triangular 3 5 9", "integer field"),
            ("uncertain pv-mazhai.start_month uniform 0 9", "whole numbers 1…13"),
            ("uncertain growth.industry uniforn 1 2", "did you mean 'uniform'"),
            ("uncertain growth.industri uniform 0 1", "did you mean"),
            ("uncertain township.mazhai.energy_share.industry uniform 0 0.1", "cannot be uncertain"),
            ("uncertain growth.industry triangular 0.07", "usage"),
            ("uncertain growth.industry normal sd 0.01 lo -0.5", "normal takes mean, sd, low, high, not 'lo'"),
            ("uncertain pv-mazhai.capacity_mw uniform 5km2 10", "unit 'km2' does not fit"),
        ]
        for (line, expected) in cases {
            let out = s.execute(line: line)
            #expect(out.error?.contains(expected) == true, "\(line): \(out.error ?? "no error")")
        }
        #expect(s.session.scenario == before)
    }

    @Test func certainSilencesTheBaselineAndUndoBringsItBack() {
        let s = shell()
        #expect(Fixtures.baseline.parameter("growth.industry")?.uncertainty != nil)
        s.run("certain growth.industry")
        #expect(s.session.scenario.uncertainty["growth.industry"] == .certain)
        #expect(s.run("show growth.industry").output.contains("growth.industry is certain in this scenario"))
        #expect(s.execute(line: "certain growth.industry").error?.contains("already certain") == true)
        s.run("undo")
        #expect(s.session.scenario.uncertainty["growth.industry"] == nil)
        #expect(s.run("show growth.industry").output.contains("growth.industry ~ triangular"))
        // A scenario's own entry is dropped, not silenced.
        s.run("uncertain pv-mazhai.capacity_mw uniform 10 20", "certain pv-mazhai.capacity_mw")
        #expect(s.session.scenario.uncertainty["pv-mazhai.capacity_mw"] == nil)
        s.run("undo")
        #expect(s.session.scenario.uncertainty["pv-mazhai.capacity_mw"] != nil)
    }

    @Test func showListsTheInputsAndRemoveDropsAMeasuresEntries() {
        let s = shell()
        s.run("uncertain pv-mazhai.capacity_mw uniform 10 20")
        #expect(s.run("show pv-mazhai").output.contains("pv-mazhai.capacity_mw ~ uniform 10 … 20 (from this scenario); 5th–95th percentile 10.5 … 19.5"))
        let table = s.run("show uncertainty").output
        #expect(table.contains("Uncertain inputs (\(Fixtures.baseline.uncertainCount + 1))"))
        #expect(table.contains("pv-mazhai.capacity_mw"))
        s.run("remove pv-mazhai")
        #expect(s.session.scenario.uncertainty.isEmpty)
    }

    @Test func savedWithTheScenarioAndLoadedBack() throws {
        let folder = Fixtures.temporaryFolder() + "/scenarios"
        let s = Fixtures.shell(folder: folder)
        s.run("add rooftop_pv as pv-mazhai", "set pv-mazhai.capacity_mw 15MW",
              "uncertain pv-mazhai.capacity_mw normal sd 10% low 0", "certain growth.industry", "save unc")
        let text = try String(contentsOfFile: folder + "/unc.json", encoding: .utf8)
        #expect(text.contains("\"growth.industry\": null"))
        let other = Fixtures.shell(folder: folder)
        other.run("load unc")
        #expect(other.session.scenario == s.session.scenario)
    }

    @Test func helpAndCompletion() {
        let s = shell()
        #expect(s.run("help uncertain").output.contains("uncertain growth.industry triangular 0.07 0.09 0.11"))
        #expect(s.run("help certain").output.contains("certain KEY"))
        let c = Completer(session: s.session)
        #expect(c.candidates(before: "", word: "uncer") == ["uncertain"])
        #expect(c.candidates(before: "uncertain ", word: "growth.ind") == ["growth.industry"])
        #expect(c.candidates(before: "uncertain ", word: "pv-mazhai.ca") == ["pv-mazhai.capacity_mw"])
        #expect(!c.candidates(before: "uncertain ", word: "pv-mazhai.").contains("pv-mazhai.note"))
        #expect(c.candidates(before: "uncertain ", word: "township.").isEmpty)
        #expect(c.candidates(before: "uncertain growth.industry ", word: "tri") == ["triangular"])
        #expect(c.candidates(before: "uncertain growth.industry normal ", word: "s") == ["sd"])
        #expect(c.candidates(before: "certain ", word: "growth.ind") == ["growth.industry"])
    }
}

/// `diff` lists changed uncertainty entries beside the other inputs.
@Suite struct UncertaintyDiffTests {
    @Test func diffShowsUncertaintyChanges() {
        let s = Fixtures.shell()
        s.run("uncertain growth.industry uniform 0.08 0.1", "certain growth.commercial")
        let out = s.run("diff").output
        #expect(out.contains("uncertainty.growth.industry"))
        #expect(out.contains("uniform low 0.08 high 0.1"))
        #expect(out.contains("uncertainty.growth.commercial"))
        #expect(out.contains("certain"))
    }

    @Test func describedInTheShellsWords() {
        #expect(Uncertainty(.normal(mean: nil, sd: 0.1, low: -1, high: nil), relative: true).description == "normal sd 0.1 low -1 relative")
        #expect(Uncertainty(.discrete(values: [1, 2], weights: [1, 3])).description == "discrete 1 2 weights 1 3")
    }
}
