import ErqiBatch
import ErqiModel

extension Shell {
    /// `edit`: the scenario (merged, in canonical JSON) opened in the editor; the file read back
    /// with every check `load` makes, and taken as one undoable change. A rejected file changes
    /// nothing and stays where it was written, so that the edit is not lost.
    func editCommand(_ args: [String], line: String) throws(ShellError) -> Reply {
        try noArguments(args, Command.edit.spec)
        let doc = session.document
        var full = doc.scenario
        full.extends = nil
        let path = ExternalEditor.temporaryPath((full.name.isEmpty ? "scenario" : full.name) + ".json")
        try ShellFileSystem.writeAtomically(ScenarioFiles.text(full, parent: nil), to: path)
        let command = editor ?? ExternalEditor.command()
        let status = ExternalEditor.run(command, file: path)
        guard status == 0 else {
            throw ShellError("edit: the editor (\(command)) ended with status \(status); nothing changed (the file is \(path))")
        }
        let edited: LoadedScenario
        do { edited = try ScenarioFiles.load(path, baseline: session.digest) } catch {
            throw ShellError("\(error.message)\nedit: nothing changed; fix the file and `load` it, or `edit` again (the file is \(path))")
        }
        var scenario = edited.scenario
        scenario.extends = doc.scenario.extends
        guard scenario != doc.scenario else { return Reply("edit: no changes") }
        var newDoc = doc
        newDoc.scenario = scenario
        let d = ScenarioDiff(doc.scenario, scenario, baseline: session.baseline).changes.count
        let what = d == 0 ? "title, description or notes changed" : "\(d) input\(d == 1 ? "" : "s") changed"
        return try commit(newDoc, line: line, message: "edited: \(what) (`undo` takes the edit back)", notes: edited.warnings)
    }
}
