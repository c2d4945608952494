import Foundation
import Testing
@testable import ErqiShell

@Suite struct CompletionTests {
    let shell: Shell = {
        let s = Fixtures.shell(folder: Fixtures.scenariosCopy())
        s.run("add rooftop_pv as pv-mazhai", "set pv-mazhai.capacity_mw 3")
        return s
    }()
    var completer: Completer { Completer(session: shell.session) }

    @Test func commandNamesAtTheStart() {
        #expect(completer.candidates(before: "", word: "so") == ["solve", "source", "sources"])
        #expect(completer.candidates(before: "solve ", word: "int") == ["intensity"])
        #expect(completer.candidates(before: "solve intensity ", word: "") == ["by"])
        #expect(completer.candidates(before: "", word: "sa") == ["save", "save!"])
        #expect(completer.candidates(before: "", word: ".m") == [".mode"])
    }

    @Test func leversAfterAdd() {
        #expect(completer.candidates(before: "add ", word: "ro") == ["rooftop_pv"])
        #expect(completer.candidates(before: "add rooftop_pv ", word: "") == ["as"])
    }

    @Test func measureFieldsAfterSet() {
        let c = completer.candidates(before: "set ", word: "pv-")
        #expect(c.contains("pv-mazhai.capacity_mw"))
        #expect(c.allSatisfy { $0.hasPrefix("pv-mazhai.") })
        #expect(completer.candidates(before: "set ", word: "pv-mazhai.ca") == ["pv-mazhai.capacity_mw"])
        #expect(completer.candidates(before: "set ", word: "coal_to_gas.h") == ["coal_to_gas.hours"])
        #expect(completer.candidates(before: "set ", word: "yellow_label.count.b") == ["yellow_label.count.bus"])
        #expect(completer.candidates(before: "unset ", word: "") == ["pv-mazhai.capacity_mw"])
    }

    @Test func valuesOfTextFieldsAndMonths() {
        #expect(completer.candidates(before: "set pv-mazhai.township ", word: "ma") == ["mazhai"])
        #expect(completer.candidates(before: "set pv-mazhai.sector ", word: "") .contains("residential"))
        #expect(completer.candidates(before: "set pv-mazhai.profile ", word: "") .contains("heating"))
        #expect(completer.candidates(before: "set pv-mazhai.start_month ", word: "s") == ["sep"])
    }

    @Test func parameterKeysBySegment() {
        let growth = completer.candidates(before: "assume ", word: "growth.")
        #expect(growth.contains("growth.industry"))
        #expect(growth.contains("growth.population"))
        #expect(completer.candidates(before: "assume ", word: "gro") == growth)
        let energy = completer.candidates(before: "assume ", word: "energy.")
        #expect(energy.contains("energy.industry."))
        #expect(completer.candidates(before: "assume growth.industry ", word: "") == ["default"])
    }

    @Test func optionNamesAndValues() {
        #expect(completer.candidates(before: "option ", word: "") == ["pv_accounting"])
        #expect(completer.candidates(before: "option pv_accounting ", word: "") == ["counted", "default", "offset"])
    }

    @Test func scenarioNamesAndPaths() {
        #expect(completer.candidates(before: "load ", word: "pl") == ["plan-2015"])
        let folder = shell.session.scenariosFolder
        #expect(completer.candidates(before: "load ", word: folder + "/b") == [folder + "/bau.json"])
        #expect(completer.candidates(before: "compare plan-2015 ", word: "ba") == ["bau"])
    }

    @Test func topicsAfterHelpShowExplain() {
        #expect(completer.candidates(before: "help ", word: "und") == ["undo", "unset"].filter { $0.hasPrefix("und") })
        #expect(completer.candidates(before: "show ", word: "pv-") == ["pv-mazhai"])
        #expect(completer.candidates(before: "explain ", word: "town").contains("township.mazhai"))
        #expect(completer.candidates(before: "explain ", word: "int") == ["intensity"])
    }

    @Test func modesAndSwitches() {
        #expect(completer.candidates(before: ".mode ", word: "") == ["csv", "json", "jsonl", "markdown", "table"])
        #expect(completer.candidates(before: ".bail ", word: "o") == ["off", "on"])
    }
}
