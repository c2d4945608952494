/// A parsed JSON value; objects keep their keys in file order.
public enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let x), .array(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    /// The value of `key` in an object (the first, should keys repeat), or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The object's members, or nil if this is not an object.
    public var objectMembers: [(key: String, value: JSONValue)]? {
        if case .object(let m) = self { return m }
        return nil
    }

    /// The string, or nil.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, or nil.
    public var numberValue: Double? {
        if case .number(let v) = self { return v }
        return nil
    }

    /// What kind of value this is, for messages: "a string", "an object", ….
    public var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// The value as a message shows it after "got": scalars as JSON text, containers by kind.
    public var shortDescription: String {
        switch self {
        case .object, .array: return kindName
        case .string(let s):
            let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return JSONWriter.quoted(shown)
        case .number(let v): return JSONNumberText.format(v)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }
}
