import ErqiRender
/// What one command line produced: standard output, notes and an error for standard error,
/// and whether the shell should end.
public struct CommandOutcome: Equatable, Sendable {
    /// Text for standard output (empty when it went to a `.once`/`.output` file).
    public var output: String
    /// Remarks for standard error that are not failures (warnings, `.timer`), one per line.
    public var notes: [String]
    /// The failure, nil when the command succeeded. The session is unchanged by a failure.
    public var error: String?
    /// `quit` or `exit`.
    public var quit: Bool
    /// `quit!` or `exit!`: leave even with unsaved changes.
    public var quitAnyway: Bool

    public init(output: String = "", notes: [String] = [], error: String? = nil, quit: Bool = false, quitAnyway: Bool = false) {
        self.output = output; self.notes = notes; self.error = error; self.quit = quit; self.quitAnyway = quitAnyway
    }

    /// True when the command failed.
    public var failed: Bool { error != nil }

    /// Everything for standard error: the notes, then `error: MESSAGE`.
    public var errorText: String {
        var lines = notes
        if let error { lines.append("error: " + error) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

/// A command's reply before rendering: blocks of tables and text, and notes for standard error.
struct Reply {
    enum Block {
        case table(Table)
        case text(String)
    }

    var blocks: [Block] = []
    var notes: [String] = []
    /// A format for this reply only (`run --format csv`), instead of `.mode`.
    var format: OutputFormat?

    init() {}
    init(_ text: String) { blocks = [.text(text)] }
    init(_ table: Table) { blocks = [.table(table)] }

    mutating func add(_ text: String) { blocks.append(.text(text)) }
    mutating func add(_ table: Table) { blocks.append(.table(table)) }
}
