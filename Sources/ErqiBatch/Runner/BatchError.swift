public import ErqiFiles
public import ErqiModel

/// Problems that stop a batch command, each line naming its file (or argument) and JSON path.
public struct BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One problem per line, e.g. `scenarios/x.json: measures.pv.capacity_mw: expected a number ≥ 0`.
    public var lines: [String]

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

    public var description: String { lines.joined(separator: "\n") }

    /// All problems of several errors, in order.
    public static func combined(_ errors: [BatchError]) -> BatchError {
        BatchError(errors.flatMap(\.lines))
    }
}
