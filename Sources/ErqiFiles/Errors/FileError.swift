/// A problem in a file: which file, where in it, and what was expected.
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it (or `<embedded baseline>`).
    public var file: String
    /// A JSON path (`measures.pv-mazhai.capacity_mw`), `line 3, column 7` for syntax errors,
    /// or empty when the problem concerns the whole file.
    public var path: String
    /// What was expected and what was found.
    public var message: String

    public init(file: String, path: String, message: String) {
        self.file = file; self.path = path; self.message = message
    }

    /// `FILE: PATH: MESSAGE`, leaving out empty parts.
    public var description: String {
        [file, path, message].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}
