/// A shell command's documentation: what `help` lists and `help COMMAND` shows.
public struct CommandSpec: Equatable, Sendable {
    public var name: String
    /// Other names that run the same command (`exit` for `quit`).
    public var aliases: [String]
    public var usage: String
    /// One line for the `help` list.
    public var summary: String
    /// One paragraph for `help COMMAND`.
    public var details: String
    public var example: String
    public var group: CommandGroup

    init(_ command: Command, group: CommandGroup, usage: String, summary: String, details: String, example: String) {
        self.name = command.name; self.aliases = command.aliases; self.usage = usage; self.summary = summary
        self.details = details; self.example = example; self.group = group
    }
}

/// The headings of the `help` list, in its order.
public enum CommandGroup: CaseIterable, Sendable {
    case edit, view, session, files, settings, other

    /// The heading shown above the group's commands.
    public var title: String {
        switch self {
        case .edit: "Edit the scenario"
        case .view: "See results"
        case .session: "Session"
        case .files: "Files"
        case .settings: "Settings"
        case .other: "Other"
        }
    }
}
