import ErqiFiles
public import ErqiModel

extension Session {
    /// A session editing the scenario at `nameOrPath` (a name in `scenariosFolder`, or a file),
    /// with its `extends` chain merged, as loaded and unchanged (nothing to undo yet).
    /// Warnings (a baseline pin that does not match) are returned in `warnings`.
    public convenience init(baseline: Baseline, opening nameOrPath: String, scenariosFolder: String = "scenarios",
                            planTasks: PlanTaskProvider? = nil, warnings: inout [String]) throws(ShellError) {
        var path = ScenarioFiles.path(for: nameOrPath, folder: scenariosFolder)
        if !ShellFileSystem.exists(path) && ShellFileSystem.exists(nameOrPath) { path = nameOrPath }
        guard ShellFileSystem.exists(path) else {
            throw ShellError("no scenario '\(nameOrPath)' (\(path))\(Suggestions.hint(nameOrPath, ScenarioFiles.names(in: scenariosFolder)))")
        }
        let loaded = try ScenarioFiles.load(path, baseline: LoadedBaseline.describing(baseline))
        warnings = loaded.warnings
        self.init(baseline: baseline, scenario: loaded.scenario, file: path, parent: loaded.parent,
                  scenariosFolder: scenariosFolder, planTasks: planTasks)
    }
}
