import ErqiBatch
import ErqiModel

extension Shell {
    func add(_ args: [String], line: String) throws(ShellError) -> Reply {
        let spec = Command.add.spec
        guard args.count == 1 || (args.count == 3 && args[1] == "as") else { throw ShellError("usage: \(spec.usage)") }
        var newID = ""
        return try change(line) { (s: inout Scenario) throws(EditError) in
            newID = try ScenarioEditor.add(&s, lever: args[0], id: args.count == 3 ? args[2] : nil)
        } describe: { _ in
            let lever = LeverKind(id: args[0])!.spec
            return "added \(newID) (\(lever.title), \(lever.chineseTitle)); size it with: set \(newID).\(lever.fields[0].name == "count" ? "count.CLASS" : lever.fields[0].name) VALUE"
        }
    }

    func set(_ args: [String], line: String) throws(ShellError) -> Reply {
        guard args.count >= 2 else { throw ShellError("usage: \(Command.set.spec.usage)") }
        let path = args[0], value = args.dropFirst().joined(separator: " ")
        let before = MeasureFacts.fieldText(path, in: session.scenario, baseline: session.baseline)
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try ScenarioEditor.set(&s, path: path, value: value, baseline: session.baseline)
        } describe: { s in
            let now = MeasureFacts.fieldText(path, in: s, baseline: self.session.baseline) ?? value
            return "\(path) = \(now)" + (before.map { " (was \($0))" } ?? "")
        }
    }

    func unset(_ args: [String], line: String) throws(ShellError) -> Reply {
        try arguments(args, Command.unset.spec, count: 1...1)
        let before = MeasureFacts.fieldText(args[0], in: session.scenario, baseline: session.baseline)
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try ScenarioEditor.unset(&s, path: args[0])
        } describe: { s in
            let now = MeasureFacts.fieldText(args[0], in: s, baseline: self.session.baseline) ?? "default"
            return "\(args[0]) = \(now)" + (before.map { " (was \($0))" } ?? "")
        }
    }

    func remove(_ args: [String], line: String) throws(ShellError) -> Reply {
        try arguments(args, Command.remove.spec, count: 1...1)
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try ScenarioEditor.remove(&s, id: args[0])
        } describe: { _ in "removed \(args[0])" }
    }

    func assume(_ args: [String], line: String) throws(ShellError) -> Reply {
        guard args.count >= 2 else { throw ShellError("usage: \(Command.assume.spec.usage)") }
        let key = args[0], value = args.dropFirst().joined(separator: " ")
        let old = session.scenario.assumptions[key]
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try ScenarioEditor.assume(&s, key: key, value: value, baseline: session.baseline)
        } describe: { s in
            let p = self.session.baseline.parameter(key)!
            let base = "\(formatNumber(p.value)) \(p.unit)"
            if let v = s.assumptions[key] {
                return "\(key) = \(formatNumber(v)) \(p.unit) (assumed; baseline \(base)\(old.map { ", was \(formatNumber($0))" } ?? ""))"
            }
            return "\(key) = \(base) (baseline value)"
        }
    }

    func option(_ args: [String], line: String) throws(ShellError) -> Reply {
        try arguments(args, Command.option.spec, count: 2...2)
        return try change(line) { (s: inout Scenario) throws(EditError) in
            try ScenarioEditor.option(&s, name: args[0], value: args[1])
        } describe: { s in
            let v = s.pvAccounting ?? self.session.baseline.pvAccounting
            return "pv_accounting = \(v.rawValue)\(s.pvAccounting == nil ? " (baseline default)" : "")"
        }
    }

    func reset(line: String) throws(ShellError) -> Reply {
        var doc = session.document
        guard doc.scenario != doc.loaded else { return Reply("nothing to reset: the scenario is as loaded") }
        doc.scenario = doc.loaded
        return try commit(doc, line: line, message: "reset to \(doc.file ?? "the new scenario") as loaded; `undo` brings the edits back")
    }

    func undo() throws(ShellError) -> Reply {
        let previous = try? session.result()
        guard let command = session.undo() else { throw ShellError("nothing to undo") }
        var reply = Reply("undid: \(command)")
        appendImpact(&reply, previous: previous)
        return reply
    }

    func redo() throws(ShellError) -> Reply {
        let previous = try? session.result()
        guard let command = session.redo() else { throw ShellError("nothing to redo") }
        var reply = Reply("redid: \(command)")
        appendImpact(&reply, previous: previous)
        return reply
    }

    /// Applies `edit` to a copy of the scenario; on success (edit accepted and the scenario
    /// evaluates) makes it the session's as one undoable step and reports its impact.
    func change(_ line: String, _ edit: (inout Scenario) throws(EditError) -> Void,
                describe: (Scenario) -> String) throws(ShellError) -> Reply {
        var doc = session.document
        do { try edit(&doc.scenario) } catch { throw ShellError(error.message) }
        return try commit(doc, line: line, message: describe(doc.scenario))
    }

    /// Makes `doc` current if its scenario evaluates; reports the change and its impact.
    func commit(_ doc: ScenarioDocument, line: String, message: String, notes: [String] = []) throws(ShellError) -> Reply {
        do { _ = try Engine.project(baseline: session.baseline, scenario: doc.scenario) } catch {
            throw ShellError(error.description)
        }
        let previous = try? session.result()
        session.change(to: doc, command: line.trimmingSpaces)
        var reply = Reply(message)
        reply.notes = notes
        appendImpact(&reply, previous: previous)
        return reply
    }

    /// The what-if feedback after a change: intensity and tce still to save (with the values
    /// before), then the verdict.
    func appendImpact(_ reply: inout Reply, previous: ScenarioResult?) {
        guard let r = try? session.result() else { return }
        reply.add(ImpactLine.text(r, previous: previous))
    }
}
