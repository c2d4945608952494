public import ErqiModel

/// Reads `seeds/plan-tasks.json` (format `erqi-plan-tasks`) strictly.
public enum PlanTaskCodec {
    /// Every task, in plan order; errors name the file and JSON path.
    public static func decode(_ text: String, file: String) throws(FileErrors) -> [PlanTask] {
        let root = try JSONParser.parse(text, file: file)
        var problems = Problems(file: file)
        guard let top = ObjectReader(root, path: "", problems: &problems) else {
            try problems.throwIfAny()
            return []
        }
        _ = Check.header(top, format: "erqi-plan-tasks", &problems)
        top.rejectUnknownKeys(["format", "version", "tasks"], &problems)
        var tasks: [PlanTask] = []
        guard case .array(let items)? = top.required("tasks", &problems) else {
            if top.value("tasks") != nil { problems.add("tasks", "expected an array of tasks") }
            try problems.throwIfAny()
            return []
        }
        for (i, item) in items.enumerated() {
            let path = JSONPath.index("tasks", i)
            guard let o = ObjectReader(item, path: path, problems: &problems) else { continue }
            o.rejectUnknownKeys(["number", "title", "title_en", "lead", "cooperating", "levers", "why_no_lever"], &problems)
            let number = o.integer("number", &problems)
            let title = o.string("title", nonEmpty: true, &problems)
            let english = o.string("title_en", &problems)
            let lead = o.string("lead", nonEmpty: true, &problems)
            let cooperating = strings(o, "cooperating", &problems)
            var levers: [LeverKind] = []
            for (j, id) in strings(o, "levers", &problems).enumerated() {
                if let kind = LeverKind(id: id) { levers.append(kind) } else {
                    problems.add(JSONPath.index(o.path("levers"), j),
                                 "unknown lever \(JSONWriter.quoted(id))" + Suggestions.hint(id, LeverKind.allCases.map(\.id)))
                }
            }
            let why = o.optionalString("why_no_lever", &problems)
            if levers.isEmpty && (why ?? "").isEmpty {
                problems.add(o.path("why_no_lever"), "a task that no lever models needs a reason")
            }
            if let number, let title, let english, let lead {
                tasks.append(PlanTask(number: number, title: title, englishTitle: english, lead: lead,
                                      cooperating: cooperating, levers: levers, whyNoLever: why))
            }
        }
        try problems.throwIfAny()
        return tasks
    }

    static func strings(_ o: ObjectReader, _ key: String, _ problems: inout Problems) -> [String] {
        guard let v = o.required(key, &problems) else { return [] }
        guard case .array(let items) = v else {
            problems.add(o.path(key), "expected an array of strings, got \(v.shortDescription)")
            return []
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            if let s = Check.string(item, path: JSONPath.index(o.path(key), i), &problems) { out.append(s) }
        }
        return out
    }

    /// The plan's tasks compiled into the binary.
    public static func embedded() throws(FileErrors) -> [PlanTask] {
        try decode(EmbeddedPlanTasks.json, file: "seeds/plan-tasks.json (embedded)")
    }
}
