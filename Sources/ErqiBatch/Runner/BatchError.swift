public import ErqiFiles
public import ErqiModel

/// Problems that stop a batch command, each line naming its file (or argument) and JSON path.
public struct BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One problem per line, e.g. `scenarios/x.json: measures.pv.capacity_mw: expected a number ≥ 0`.
    public var lines: [String]
    /// `.badInput`, or `.outputFailed` when what failed is writing an output (`--output`).
    public var status: ExitStatus = .badInput

    public init(_ lines: [String]) { self.lines = lines }

    /// One problem.
    public init(_ line: String) { self.lines = [line] }

    /// File problems (their descriptions already name the file).
    public init(_ errors: FileErrors) { self.lines = errors.errors.map(\.description) }

    /// Model problems found in the scenario of `file`, each prefixed with the file.
    public init(_ issues: ModelIssues, file: String) {
        self.lines = issues.issues.map { "\(file): \($0.description)" }
    }

    /// A rejected edit (`--set`, `--vary`) on the scenario of `file`.
    public init(_ error: EditError, file: String, argument: String) {
        self.lines = error.message.split(separator: "\n", omittingEmptySubsequences: true)
            .map { "\(file): \(argument): \($0)" }
    }

    /// An output that could not be written (status 1, not 2): the file errors of the write.
    public static func output(_ errors: FileErrors) -> BatchError {
        var e = BatchError(errors)
        e.status = .outputFailed
        return e
    }

    public var description: String { lines.joined(separator: "\n") }

    /// All problems of several errors, in order; an output failure among them sets the status.
    public static func combined(_ errors: [BatchError]) -> BatchError {
        var e = BatchError(errors.flatMap(\.lines))
        if errors.contains(where: { $0.status == .outputFailed }) { e.status = .outputFailed }
        return e
    }
}
