import ErqiModel
import ErqiTestSupport
import Testing
@testable import ErqiShell

/// Random command lines at the shell: every line is answered with output or an error, the
/// session's scenario always stays valid, and nothing crashes.
@Suite struct RandomCommandTests {
    @Test func randomLinesNeverBreakTheSession() throws {
        var rng = SeededGenerator(seed: 2015)
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        let commands = ["add", "set", "unset", "remove", "assume", "option", "goals", "result", "townships",
                        "measures", "departments", "show", "explain", "undo", "redo", "reset", "diff", "levers",
                        "load", "save!", "sources", ".mode", "history", "xyz", ""]
        let ids = LeverKind.allCases.map(\.id) + ["m1", "pv", "c2g"]
        let fields = ["capacity_mw", "capacity_tph", "area_km2", "count.bus", "count.taxi", "saving_tce", "percent",
                      "start_month", "township", "sector", "profile", "people", "price_increase", "hours", "nope"]
        let values = ["0", "1", "15MW", "15000kW", "2.2km2", "50%", "sep", "13", "14", "-3", "1e300", "nan", "inf",
                      "马寨镇", "mazhai", "industry", "heating", "default", "counted", "\"a b\"", "'", "9999999999999999999"]
        let keys = ["growth.industry", "coef.tce.electricity", "township.mazhai.energy_share.industry",
                    "goal.smokeless_deadline_month", "pv.yield_kwh_per_kwp", "bogus.key"]
        var failures = 0
        for _ in 0..<1_500 {
            let command = commands.randomElement(using: &rng)!
            var words = [command]
            switch command {
            case "add": words += [ids.randomElement(using: &rng)!] + (Bool.random(using: &rng) ? ["as", ids.randomElement(using: &rng)!] : [])
            case "set", "unset": words += ["\(ids.randomElement(using: &rng)!).\(fields.randomElement(using: &rng)!)", values.randomElement(using: &rng)!]
            case "assume": words += [keys.randomElement(using: &rng)!, values.randomElement(using: &rng)!]
            case "option": words += ["pv_accounting", values.randomElement(using: &rng)!]
            case "show", "explain", "remove": words += [(ids + keys + ["intensity", "township.mazhai"]).randomElement(using: &rng)!]
            case "load": words += [["plan-2015", "bau", "nothing"].randomElement(using: &rng)!]
            case "save!": words += ["random"]
            case ".mode": words += [["table", "csv", "json", "jsonl", "markdown", "html"].randomElement(using: &rng)!]
            default: if Bool.random(using: &rng) { words += [values.randomElement(using: &rng)!] }
            }
            let line = words.joined(separator: " ")
            let outcome = shell.execute(line: line)
            #expect(outcome.error == nil || !(outcome.error ?? "").isEmpty, "\(line)")
            if outcome.failed { failures += 1 }
            // Whatever happened, the scenario being edited still projects.
            #expect(throws: Never.self, "after \(line)") { _ = try shell.session.result() }
        }
        // Both paths were exercised.
        #expect(failures > 100 && failures < 1_400)
        #expect(!shell.session.undoCommands.isEmpty || !shell.session.redoCommands.isEmpty)
    }
}
