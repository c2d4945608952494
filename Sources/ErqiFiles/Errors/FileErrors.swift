/// One or more file problems, reported together; everything in ErqiFiles throws this.
public struct FileErrors: Error, Equatable, Sendable, CustomStringConvertible, RandomAccessCollection {
    /// The problems in the order they were found.
    public var errors: [FileError]

    public init(_ errors: [FileError]) { self.errors = errors }

    /// A collection holding one problem.
    public init(_ error: FileError) { self.errors = [error] }

    /// One problem from its parts.
    public init(file: String, path: String, message: String) {
        self.errors = [FileError(file: file, path: path, message: message)]
    }

    public var startIndex: Int { errors.startIndex }
    public var endIndex: Int { errors.endIndex }
    public subscript(position: Int) -> FileError { errors[position] }

    /// One line per problem.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
