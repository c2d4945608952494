import ErqiModel
import ErqiRender

extension Shell {
    func show(_ args: [String], _ spec: CommandSpec) throws(ShellError) -> Reply {
        try arguments(args, spec, count: 1...1)
        let topic = args[0], baseline = session.baseline, scenario = session.scenario
        if let i = scenario.measureIndex(topic) { return showMeasure(scenario.measures[i]) }
        if let kind = LeverKind(id: topic) { return LeverTables.show(kind, baseline: baseline) }
        if let p = baseline.parameter(topic) {
            var reply = Reply(ParameterText.describe(p, baseline: baseline, scenario: scenario))
            if let line = UncertaintyText.line(for: topic, baseline: baseline, scenario: scenario) { reply.add(line) }
            return reply
        }
        if topic == "actuals" { return try showActuals() }
        if topic == "uncertainty" { return Reply(UncertaintyText.table(baseline: baseline, scenario: scenario)) }
        let family = baseline.parameters.filter { $0.key.hasPrefix(topic) }
        if !family.isEmpty && topic.hasSuffix(".") { return Reply(ParameterText.table(family, scenario: scenario)) }
        let candidates = scenario.measures.map(\.id) + LeverKind.allCases.map(\.id) + baseline.parameters.map(\.key)
        throw ShellError("nothing called '\(topic)'\(Suggestions.hint(topic, candidates)): show takes a measure id (\(scenario.measures.isEmpty ? "none yet" : scenario.measures.map(\.id).joined(separator: ", "))), a lever (`levers`), or a parameter key (a prefix ending in '.' lists a family)")
    }

    func showMeasure(_ m: Measure) -> Reply {
        let spec = m.lever.spec
        let all = MeasureFacts.facts(m, baseline: session.baseline, scenario: session.scenario)
        let facts = all.filter { $0.name != CommonField.note }
        let rows: [[Cell]] = facts.map { f in
            [.text(f.name), .text(f.value), .text(f.unit == "fraction" ? "0…1" : f.unit),
             .text(f.isDefault ? (f.defaultFrom.map { $0 == "fixed" ? "fixed" : "default (\($0))" } ?? "default") : "set"),
             .text(f.summary)]
        }
        var reply = Reply("\(m.id): \(m.lever.id), \(spec.title) (\(spec.chineseTitle)); plan task \(spec.planTask.map(String.init) ?? "— (water targets)"), lead unit \(spec.leadUnit)")
        reply.add(Table(columns: [Column("field"), Column("value", right: true), Column("unit"), Column("given"), Column("meaning")],
                        rows: rows))
        if let note = all.first(where: { $0.name == CommonField.note }) { reply.add("note: \(note.value)") }
        for key in session.scenario.uncertainty.keys.sorted() where key.hasPrefix(m.id + ".") {
            if let line = UncertaintyText.line(for: key, baseline: session.baseline, scenario: session.scenario) { reply.add(line) }
        }
        if let r = try? session.result(), let mr = r.measures.first(where: { $0.id == m.id }) {
            reply.add("fraction of 2015: \(NumberFormat.fixed(mr.fractionOfYear, decimals: 3, grouping: false)); saves \(NumberFormat.fixed(mr.energySavingTce, decimals: 0, grouping: true)) tce and \(NumberFormat.fixed(mr.co2ReductionT, decimals: 0, grouping: true)) t CO₂ — `explain \(m.id)` shows how")
        }
        return reply
    }

    func tasks() throws(ShellError) -> Reply {
        guard let provider = session.planTasks else { throw ShellError("the plan's task list is not available in this build") }
        let list: [PlanTask]
        do { list = try provider() } catch { throw ShellError("cannot read the plan's task list: \(error)") }
        let rows: [[Cell]] = list.map { t in
            [.number(Double(t.number), decimals: 0), .text(t.title), .text(t.englishTitle), .text(t.lead),
             .text(t.cooperating.joined(separator: "、")),
             .text(t.levers.isEmpty ? "— (institutional)" : t.levers.map(\.id).joined(separator: ", ")), .text(t.whyNoLever ?? "")]
        }
        return Reply(Table(columns: [Column("task", right: true), Column("title", "任务"), Column("title_en", "task"), Column("lead_unit", "牵头单位"),
                                     Column("cooperating", "配合单位"), Column("levers"), Column("note")],
                           rows: rows))
    }

    func sources(_ args: [String]) throws(ShellError) -> Reply {
        let baseline = session.baseline
        guard args.count <= 1 else { throw ShellError("usage: \(Command.sources.spec.usage)") }
        if let prefix = args.first {
            let family = baseline.parameters.filter { $0.key.hasPrefix(prefix) }
            if family.isEmpty {
                let heads = Set(baseline.parameters.map { String($0.key.split(separator: ".")[0]) + "." })
                throw ShellError("no parameter key starts with '\(prefix)'\(Suggestions.hint(prefix, Array(heads).sorted()))")
            }
            return Reply(ParameterText.table(family, scenario: session.scenario, withNotes: true))
        }
        let rows: [[Cell]] = baseline.sources.map { s in
            [.text(s.id), .text(s.confidence), .text(s.title), .text(s.url ?? ""),
             .number(Double(baseline.parameters.filter { $0.source == s.id }.count), decimals: 0)]
        }
        var reply = Reply(Table(title: "Sources of baseline \(baseline.id)",
                                columns: [Column("id"), Column("confidence", "grade"), Column("title"), Column("url"),
                                          Column("parameters", right: true)],
                                rows: rows))
        let estimates = baseline.parameters.filter(\.isEstimate)
        var table = ParameterText.table(estimates, scenario: session.scenario, withNotes: true)
        table.title = "Estimated parameters (\(estimates.count) of \(baseline.parameters.count)): no document states these figures"
        reply.add(table)
        return reply
    }
}
