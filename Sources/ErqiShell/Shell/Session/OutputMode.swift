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

    public init() {}
}
