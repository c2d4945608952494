public import ErqiRender
/// Where command output goes: the terminal, the next command only to a file, or a file until
/// `.output stdout`.
public enum OutputTarget: Equatable, Sendable {
    case standardOutput
    /// `.once FILE`: the next command's output only.
    case once(String)
    /// `.output FILE`: every command's output until `.output stdout`.
    case file(String)
}

/// The session's switches set with dot commands.
public struct SessionSettings: Equatable, Sendable {
    /// `.mode table|csv|json|markdown`.
    public var format: OutputFormat = .table
    public var target: OutputTarget = .standardOutput
    /// `.timer on`: report each command's elapsed time.
    public var timer = false
    /// `.bail on` (default): a script stops at its first error.
    public var bail = true
    /// `.pager on` (default): on a terminal, output taller than the window goes through a pager.
    public var pager = true
    /// How `chart` draws: `.charset`, the width (refreshed from the terminal before each chart)
    /// and whether colour is allowed (only on a terminal, never with NO_COLOR).
    public var chartStyle = ChartStyle()

    public init() {}
}

/// A terminal's size in cells.
public struct TerminalSize: Equatable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) { self.columns = columns; self.rows = rows }
}
