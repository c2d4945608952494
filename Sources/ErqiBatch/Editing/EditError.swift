/// A rejected edit: what was wrong with the field or value, and what was expected.
public struct EditError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
