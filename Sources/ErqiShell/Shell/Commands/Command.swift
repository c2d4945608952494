/// Every shell command, in the order `help` lists them. The shell dispatches on it, `help`
/// and completion read it, and its `spec` (CommandCatalog.swift) holds each one's help text,
/// so a new command is a new case that the compiler then asks for everywhere it matters.
public enum Command: String, CaseIterable, Sendable {
    case add, set, unset, remove, assume, uncertain, certain, option, actual, title, describe, edit
    case goals, barometer, result, chart, townships, departments, measures, levers, show, explain, solve, montecarlo
    case sensitivity, tasks, sources
    case diff, compare, baseline, run, check, sweep, undo, redo, reset, history
    case save, load, export, report, scenarios, source
    case mode = ".mode", once = ".once", output = ".output", timer = ".timer", bail = ".bail", pager = ".pager"
    case charset = ".charset", folder = ".folder"
    case clear, help, quit

    /// The name typed at the prompt.
    public var name: String { rawValue }

    /// Other names that run the same command: `save!`, `export!` and `report!` overwrite, `exit` quits.
    public var aliases: [String] {
        switch self {
        case .save: ["save!"]
        case .export: ["export!"]
        case .report: ["report!"]
        case .quit: ["exit", "quit!", "exit!"]
        case .help: [".help"]
        default: []
        }
    }

    /// The command called `name` or one of its aliases, or nil.
    public init?(named name: String) {
        guard let command = Self.allCases.first(where: { $0.name == name || $0.aliases.contains(name) }) else {
            return nil
        }
        self = command
    }

    /// Every name a command answers to, for completion and "did you mean".
    public static var names: [String] { allCases.flatMap { [$0.name] + $0.aliases } }
}
