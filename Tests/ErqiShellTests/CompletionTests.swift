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

    @Test func afterSaveLoadCompareOnlyScenariosJsonAndFolders() throws {
        let dir = Fixtures.temporaryFolder()
        for name in ["Makefile", "Package.swift", "what-if.json"] {
            try "{}".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: dir + "/more", withIntermediateDirectories: true)
        for command in ["save ", "save! ", "load ", "compare plan-2015 "] {
            #expect(completer.candidates(before: command, word: dir + "/") == [dir + "/more/", dir + "/what-if.json"], "\(command)")
        }
        #expect(completer.candidates(before: "source ", word: dir + "/").contains(dir + "/Makefile"))
    }

    @Test func chineseTownshipNamesComplete() {
        #expect(completer.candidates(before: "set pv-mazhai.township ", word: "福") == ["福华街办事处"])
        #expect(completer.candidates(before: "set pv-mazhai.township ", word: "马").contains("马寨镇"))
    }

    @Test func monthsInCalendarOrder() {
        let months = completer.candidates(before: "set pv-mazhai.start_month ", word: "")
        #expect(months == ["01-jan", "02-feb", "03-mar", "04-apr", "05-may", "06-jun", "07-jul", "08-aug", "09-sep",
                           "10-oct", "11-nov", "12-dec", "13-never"])
        // libedit lists candidates sorted case-insensitively: the numbered list stays in calendar order.
        #expect(months.sorted { $0.lowercased() < $1.lowercased() } == months)
        #expect(completer.candidates(before: "set pv-mazhai.start_month ", word: "ju") == ["jun", "jul"])
        let shell = Fixtures.shell()
        shell.run("set pv.start_month 09-sep".replacingOccurrences(of: "pv.", with: "rooftop_pv."))
        #expect(shell.session.scenario.measures[0].fields["start_month"] == .number(9))
        shell.run("set rooftop_pv.start_month 13-never")
        #expect(shell.session.scenario.measures[0].fields["start_month"] == .number(13))
        #expect(shell.execute(line: "set rooftop_pv.start_month 09-oct").error?.contains("names two months") == true)
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
