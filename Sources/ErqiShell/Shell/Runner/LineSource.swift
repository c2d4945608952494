/// What one read from a `LineSource` gave.
public enum ShellInput: Equatable, Sendable {
    /// A line without its newline (may be blank).
    case line(String)
    /// Ctrl-C while editing: the partial line is discarded.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or the input closed.
    case endOfInput
}

/// Where the shell loop reads lines: libedit in a terminal, plain standard input, or a fake in tests.
public protocol LineSource: AnyObject {
    /// Shows `prompt` (interactive sources only) and reads one line.
    func readLine(prompt: String) -> ShellInput
    /// Called with each non-blank line the loop reads, for the line editor's history.
    func addHistory(_ line: String)
}

extension LineSource {
    public func addHistory(_ line: String) {}
}

/// Where the shell loop writes: standard output and standard error, or a capture in tests.
public protocol OutputSink: AnyObject {
    /// Text for standard output (already ends in a newline where a line ends).
    func writeOutput(_ text: String)
    /// Text for standard error.
    func writeError(_ text: String)
}

/// A `LineSource` over a fixed list of lines (then end of input): for `-c` and tests.
public final class LinesSource: LineSource {
    private var inputs: [ShellInput]
    /// Prompts shown, one per read (for tests).
    public private(set) var prompts: [String] = []
    public private(set) var history: [String] = []

    public init(_ lines: [String]) { inputs = lines.map { .line($0) } }
    public init(inputs: [ShellInput]) { self.inputs = inputs }

    public func readLine(prompt: String) -> ShellInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    public func addHistory(_ line: String) { history.append(line) }
}

/// An `OutputSink` that keeps what was written (for tests and for capturing a run).
public final class CapturedOutput: OutputSink {
    public private(set) var output = ""
    public private(set) var errors = ""

    public init() {}
    public func writeOutput(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }
}
