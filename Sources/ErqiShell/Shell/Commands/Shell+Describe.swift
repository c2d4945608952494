import ErqiModel

extension Shell {
    /// `title TEXT` and `describe TEXT`: the scenario's title and description, undoable.
    func describe(_ command: String, _ args: [String], line: String) throws(ShellError) -> Reply {
        guard !args.isEmpty else { throw ShellError("usage: \(Command(named: command)!.spec.usage)") }
        let text = args.joined(separator: " ")
        let isTitle = command == "title"
        let old = isTitle ? session.scenario.title : session.scenario.description
        var doc = session.document
        if isTitle { doc.scenario.title = text } else { doc.scenario.description = text }
        let field = isTitle ? "title" : "description"
        return try commit(doc, line: line, message: "\(field) = \(text)" + (old.isEmpty ? "" : " (was \(old))"))
    }

    /// When a scenario saved under a new name still carries the title or description of the
    /// one it was loaded as, a line saying so; nil otherwise.
    static func inheritedText(_ doc: ScenarioDocument, savedAs name: String) -> String? {
        let from = doc.loaded
        guard doc.file != nil, name != from.name else { return nil }
        var kept: [String] = []
        if !from.title.isEmpty && doc.scenario.title == from.title { kept.append("title (\(from.title))") }
        if !from.description.isEmpty && doc.scenario.description == from.description { kept.append("description") }
        guard !kept.isEmpty else { return nil }
        return "note: \(name) keeps the \(kept.joined(separator: " and ")) of \(from.name), as written; "
            + "change them with `title TEXT` and `describe TEXT`, then save again"
    }
}
