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
    public var group: String

    init(_ name: String, aliases: [String] = [], group: String, usage: String, summary: String,
         details: String, example: String) {
        self.name = name; self.aliases = aliases; self.usage = usage; self.summary = summary
        self.details = details; self.example = example; self.group = group
    }
}
