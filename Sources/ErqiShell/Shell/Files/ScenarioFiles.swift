import ErqiFiles
import ErqiModel

/// A scenario read from its file with its `extends` chain merged in.
struct LoadedScenario {
    var scenario: Scenario
    /// The merged parent, nil when it extends nothing.
    var parent: Scenario?
    var path: String
    var warnings: [String]
}

/// Scenario files for the shell: names to paths, loading with `extends`, canonical saving.
enum ScenarioFiles {
    /// `NAME` → `FOLDER/NAME.json`; anything with a `/` or ending in `.json` is a path
    /// (`ScenarioFolder`'s rule).
    static func path(for nameOrPath: String, folder: String) -> String {
        if isPath(nameOrPath) { return nameOrPath }
        return join(folder, ScenarioFolder.fileName(nameOrPath))
    }

    static func isPath(_ s: String) -> Bool { ScenarioFolder.isPath(s) }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Reads and merges the scenario at `path` and its parents (parent first) and validates it on
    /// the baseline; every problem of the file is reported at once, each with its JSON path.
    static func load(_ path: String, baseline: LoadedBaseline) throws(ShellError) -> LoadedScenario {
        let scenario: Scenario, parent: Scenario?
        do {
            scenario = try ScenarioLoader.load(path: path)
            parent = try ScenarioLoader.parent(scenario.extends, of: path)
        } catch {
            // Every problem of the file at once: its shape, merge and model checks.
            let all = ScenarioLoader.diagnose(path: path, baseline: baseline.baseline)
            throw ShellError(all.isEmpty ? error.description : FileErrors(all).description)
        }
        do { _ = try Engine.project(baseline: baseline.baseline, scenario: scenario) } catch {
            throw ShellError(FileErrors(error.issues, file: path).description)
        }
        var warnings: [String] = []
        if let warning = baseline.pinWarning(for: scenario, file: path) { warnings.append(warning) }
        return LoadedScenario(scenario: scenario, parent: parent, path: path, warnings: warnings)
    }

    /// The canonical text of `scenario` (only what differs from `parent` when it extends one).
    static func text(_ scenario: Scenario, parent: Scenario?) -> String {
        ScenarioCodec.text(scenario, parent: parent)
    }

    /// The scenario files of a folder (not hidden ones), as scenario names.
    static func names(in folder: String) -> [String] { ScenarioFolder.scenarioNames(in: folder) }
}
