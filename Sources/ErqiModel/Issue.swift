/// A validation problem: where it is and what was expected.
public struct ModelIssue: Error, Equatable, Sendable, CustomStringConvertible {
    /// A JSON-style path (`measures.pv-mazhai.capacity_mw`, `assumptions.growth.industry`),
    /// which callers prefix with a file name or shell field.
    public var path: String
    public var message: String

    public init(_ path: String, _ message: String) {
        self.path = path; self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Several validation problems, reported together.
public struct ModelIssues: Error, Equatable, Sendable, CustomStringConvertible {
    public var issues: [ModelIssue]

    public init(_ issues: [ModelIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
