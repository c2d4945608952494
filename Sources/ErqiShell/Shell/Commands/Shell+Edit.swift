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
            return "added \(newID) (\(lever.title), \(lever.chineseTitle)); size it with: set \(newID).\(lever.fields[0].name == "count" ? "count.CLASS" : lever.fields[0].name) VALUE\n"
                + Self.defaultsTaken(lever, id: newID)
        }
    }

    /// The defaults a new measure took, each with the `set` that changes it.
    static func defaultsTaken(_ lever: LeverSpec, id: String) -> String {
        let month = MeasureFacts.monthText(Double(lever.defaultStartMonth))
        let township = lever.defaultTownship ?? "all (split by each township's share)"
        let sector = lever.sector.id + (lever.sectorIsField ? "" : " (fixed for this lever)")
        return "defaults taken: start_month \(month), sector \(sector), township \(township); change them with set \(id).start_month|sector|township VALUE"
    }

    func set(_ args: [String], line: String) throws(ShellError) -> Reply {
        guard args.count >= 2 else { throw ShellError("usage: \(Command.set.spec.usage)") }
        let path = args[0], value = args.dropFirst().joined(separator: " ")
        let fraction = try Self.fractionField(path, value: value, scenario: session.scenario)
        let before = MeasureFacts.fieldText(path, in: session.scenario, baseline: session.baseline)
        var outcome = ScenarioEditor.SetOutcome()
        var reply = try change(line) { (s: inout Scenario) throws(EditError) in
            outcome = try ScenarioEditor.set(&s, path: path, value: value, baseline: session.baseline)
        } describe: { s in
            var now = MeasureFacts.fieldText(path, in: s, baseline: self.session.baseline) ?? value
            if fraction, let v = Self.fieldNumber(path, in: s) { now += " (\(Self.percentText(v)))" }
            var was = before.map { "was \($0)" } ?? ""
            if let change = outcome.change { was += (was.isEmpty ? "" : "; ") + change }
            return "\(path) = \(now)" + (was.isEmpty ? "" : " (\(was))") + (outcome.note.map { "\n" + $0 } ?? "")
        }
        if let note = outcome.note { reply.notes.append("warning: " + note) }
        return reply
    }

    /// True when `path` is a fraction field. A bare number on a field called `percent` is
    /// refused: `0.6` could mean 0.6 % or 60 %, so the value must carry its `%`.
    static func fractionField(_ path: String, value: String, scenario: Scenario) throws(ShellError) -> Bool {
        guard let dot = path.firstIndex(of: ".") else { return false }
        let id = String(path[..<dot]), name = String(path[path.index(after: dot)...])
        let lever = scenario.measureIndex(id).map { scenario.measures[$0].lever } ?? LeverKind(id: id)
        guard let field = lever?.spec.field(name), field.unit == "fraction" else { return false }
        if name == "percent", ValueParser.isBareNumber(value) {
            let t = value.trimmingSpaces
            let sign = t.first == "+" || t.first == "-" ? String(t.first!) : ""
            let digits = sign.isEmpty ? t : String(t.dropFirst())
            if let v = ValueParser.plainNumber(digits), v != 0 {
                throw ShellError("\(path): a bare \(t) is ambiguous on a percent field: write \(sign)\(digits)% (the fraction \(Self.tidy(v / 100))) or \(sign)\(Self.tidy(v * 100))% (the fraction \(digits))")
            }
        }
        return true
    }

    static func fieldNumber(_ path: String, in scenario: Scenario) -> Double? {
        guard let dot = path.firstIndex(of: "."), let i = scenario.measureIndex(String(path[..<dot])) else { return nil }
        return scenario.measures[i].fields[String(path[path.index(after: dot)...])]?.number
    }

    /// `0.006` as `0.6 %`.
    static func percentText(_ fraction: Double) -> String { tidy(fraction * 100) + " %" }

    /// A number without the binary noise of a product (`60`, not `60.00000000000001`).
    static func tidy(_ v: Double) -> String { formatNumber((v * 1e9).rounded() / 1e9) }

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
