import ErqiRender

/// The text of `help` and `help COMMAND`.
public enum HelpText {
    /// Every command with its one-line summary, by group.
    public static func overview() -> String {
        var lines = ["erqi shell: what-if scenarios for the Erqi District 2015 energy-saving plan (二七区节能降耗低碳发展工作方案).", ""]
        let specs = Command.allCases.map(\.spec)
        let width = specs.map { $0.usage.count }.max() ?? 0
        for group in CommandGroup.allCases {
            lines.append(group.title + ":")
            for spec in specs where spec.group == group {
                lines.append("  " + DisplayWidth.pad(spec.usage, to: width) + "  " + spec.summary)
            }
            lines.append("")
        }
        lines.append("`help COMMAND` shows a command's usage, description and an example. Tab completes commands, measures, fields, keys and files.")
        return lines.joined(separator: "\n")
    }

    /// Usage, description and example of one command.
    public static func page(_ spec: CommandSpec) -> String {
        var lines = ["usage: \(spec.usage)"]
        if !spec.aliases.isEmpty { lines.append("also: \(spec.aliases.joined(separator: ", "))") }
        lines += ["", spec.details, "", "example:", "  erqi> \(spec.example)"]
        return lines.joined(separator: "\n")
    }
}
