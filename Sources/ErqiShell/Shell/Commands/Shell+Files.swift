import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiRender

extension Shell {
    func save(_ args: [String], force: Bool) throws(ShellError) -> Reply {
        let spec = Command.save.spec
        guard args.count <= 1 else { throw ShellError("usage: \(spec.usage)") }
        let doc = session.document
        let path: String
        if let target = args.first {
            path = ScenarioFiles.path(for: target, folder: session.scenariosFolder)
        } else if let file = doc.file {
            path = file
        } else {
            throw ShellError("this scenario has no file yet: save NAME (writes \(ScenarioFiles.join(session.scenariosFolder, "NAME.json")))")
        }
        let name = Self.scenarioName(of: path)
        guard !name.isEmpty, ScenarioFiles.isPath(args.first ?? "x.json") || Self.isValidName(name) else {
            throw ShellError("scenario name '\(name)': use letters, digits, '-' and '_'")
        }
        var scenario = doc.scenario
        scenario.name = name
        try writeSaved(ScenarioFiles.text(scenario, parent: doc.parent), scenario: scenario, to: path, spelled: args.first ?? name, force: force)
        session.markSaved(file: path, name: name)
        var reply = Reply("saved \(path)")
        if let note = Self.inheritedText(doc, savedAs: name) { reply.notes.append(note) }
        return reply
    }

    static func scenarioName(of path: String) -> String { ScenarioFolder.scenarioName(ofPath: path) }

    static func isValidName(_ s: String) -> Bool { ScenarioEditor.isValidID(s) }

    func load(_ args: [String], line: String) throws(ShellError) -> Reply {
        try arguments(args, Command.load.spec, count: 1...1)
        var path = ScenarioFiles.path(for: args[0], folder: session.scenariosFolder)
        if !ShellFileSystem.exists(path) && !ScenarioFiles.isPath(args[0]) && ShellFileSystem.exists(args[0]) { path = args[0] }
        if !ShellFileSystem.exists(path) {
            throw ShellError("no scenario '\(args[0])' (\(path))\(Suggestions.hint(args[0], ScenarioFiles.names(in: session.scenariosFolder))); `scenarios` lists them")
        }
        let wasDirty = session.isDirty
        let onDisk = ShellFileSystem.digest(path)
        let loaded = try ScenarioFiles.load(path, baseline: session.digest)
        let doc = ScenarioDocument(scenario: loaded.scenario, file: path, loaded: loaded.scenario, parent: loaded.parent)
        var message = "loaded \(path): \(loaded.scenario.name)\(loaded.scenario.title.isEmpty ? "" : " — \(loaded.scenario.title)"), \(loaded.scenario.measures.count) measure\(loaded.scenario.measures.count == 1 ? "" : "s")"
        if wasDirty { message += "\nthe previous scenario had unsaved changes: `undo` brings them back" }
        let reply = try commit(doc, line: line, message: message, notes: loaded.warnings)
        session.markLoaded()
        session.diskDigests.record(path, digest: onDisk, scenario: loaded.scenario)
        return reply
    }

    func scenarios() -> Reply {
        let folder = session.scenariosFolder
        let rows: [[Cell]] = ScenarioFolder.jsonFiles(in: folder).map { file in
            let name = ScenarioFolder.scenarioName(ofPath: file)
            let path = ScenarioFiles.join(folder, file)
            do {
                let s = try ScenarioFiles.load(path, baseline: session.digest).scenario
                return [.text(name), .text(s.title), .number(Double(s.measures.count), decimals: 0),
                        .text(s.extends ?? ""), .text(ShellFileSystem.samePath(path, session.document.file) ? (session.isDirty ? "loaded, changed" : "loaded") : "")]
            } catch {
                return [.text(name), .text("unreadable: \(error)"), .empty, .empty, .empty]
            }
        }
        return Reply(Table(columns: [Column("name"), Column("title"), Column("measures", right: true), Column("extends"), Column("state")],
                           rows: rows, notes: rows.isEmpty ? ["no scenarios in \(folder.isEmpty ? "." : folder)"] : []))
    }

    func historyReply() -> Reply {
        let lines = session.history.enumerated().map { "\(String(repeating: " ", count: max(0, 4 - String($0.offset + 1).count)))\($0.offset + 1)  \($0.element)" }
        return Reply(lines.joined(separator: "\n"))
    }
}
