/// The exit statuses of `erqi`'s commands (documented in `erqi --help`).
public enum ExitStatus: Int32, Sendable {
    /// Success.
    case success = 0
    /// `fmt --check` found files that are not in canonical form.
    case needsFormatting = 1
    /// Bad input: a file, an argument or a script error.
    case badInput = 2
    /// `check`: a goal is missed in some scenario.
    case goalMissed = 3

    /// An output could not be written (`--output` into a read-only folder or onto a full disk):
    /// status 1, as when standard output cannot be written. It shares the value of
    /// `needsFormatting`, as `erqi --help` documents.
    public static let outputFailed = ExitStatus.needsFormatting
}

/// What a command produced: text for standard output, messages for standard error, and a status.
/// Commands return this; only the executable prints it.
public struct BatchOutcome: Equatable, Sendable {
    /// For standard output (or `--output`); empty on bad input.
    public var output: String
    /// For standard error: problems and warnings, one per line.
    public var messages: [String]
    public var status: ExitStatus

    public init(output: String = "", messages: [String] = [], status: ExitStatus = .success) {
        self.output = output; self.messages = messages; self.status = status
    }

    /// A failed outcome: nothing on standard output, the problems on standard error, and the
    /// error's status (bad input, or an output that could not be written).
    public static func failure(_ error: BatchError, warnings: [String] = []) -> BatchOutcome {
        BatchOutcome(output: "", messages: warnings + error.lines, status: error.status)
    }
}
