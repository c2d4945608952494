import ErqiBatch
import ErqiModel

extension Shell {
    /// `diff`: the inputs changed since the scenario was loaded (the batch `diff` table).
    func diff() -> Reply {
        let d = ScenarioDiff(session.document.loaded, session.scenario, baseline: session.baseline)
        if d.isEmpty { return Reply("no changes since the scenario was loaded") }
        return Reply(d.table(nameA: "loaded", nameB: "now"))
    }

    /// `compare A B ...` through the batch comparison; with one name, the current scenario
    /// (as `current`) against it. `current` names the scenario being edited.
    func compare(_ args: [String]) throws(ShellError) -> Reply {
        guard !args.isEmpty else { throw ShellError("usage: \(Command.compare.spec.usage)") }
        var named: [(name: String, scenario: Scenario)] = []
        if args.count == 1 { named.append(("current", session.scenario)) }
        for arg in args {
            if arg == "current" { named.append(("current", session.scenario)); continue }
            let path = ScenarioFiles.path(for: arg, folder: session.scenariosFolder)
            guard ShellFileSystem.exists(path) else {
                throw ShellError("no scenario '\(arg)' (\(path))\(Suggestions.hint(arg, ScenarioFiles.names(in: session.scenariosFolder) + ["current"]))")
            }
            named.append((ScenarioFiles.isPath(arg) ? arg : arg, try ScenarioFiles.load(path, baseline: session.digest).scenario))
        }
        let comparison: Comparison
        do { comparison = try Comparison.make(scenarios: named, baseline: session.baseline) } catch {
            throw ShellError(error.description)
        }
        var reply = Reply()
        for table in comparison.tables() { reply.add(table) }
        return reply
    }
}
