import ErqiModel

/// Reads one JSON object strictly: typed accessors record missing keys and wrong types, and
/// `rejectUnknownKeys` reports every key that was not expected, with a "did you mean".
struct ObjectReader {
    let members: [(key: String, value: JSONValue)]
    let path: String

    /// Nil (with a problem recorded) when `value` is not an object.
    init?(_ value: JSONValue, path: String, problems: inout Problems, what: String = "an object") {
        guard case .object(let m) = value else {
            problems.add(path, "expected \(what), got \(value.shortDescription)")
            return nil
        }
        self.members = m
        self.path = path
    }

    func path(_ key: String) -> String { JSONPath.key(path, key) }

    /// The value of `key`, or nil if absent.
    func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }

    /// The value of `key`; records "missing key" when absent.
    func required(_ key: String, _ problems: inout Problems) -> JSONValue? {
        guard let v = value(key) else {
            problems.add(path, "missing key \(JSONWriter.quoted(key))")
            return nil
        }
        return v
    }

    /// A string; nil (with a problem if present or required) otherwise.
    func string(_ key: String, required isRequired: Bool = true, nonEmpty: Bool = false,
                _ problems: inout Problems) -> String? {
        guard let v = isRequired ? required(key, &problems) : value(key) else { return nil }
        return Check.string(v, path: path(key), nonEmpty: nonEmpty, &problems)
    }

    /// A string or null (nil for null or absent).
    func optionalString(_ key: String, _ problems: inout Problems) -> String? {
        guard let v = value(key) else { return nil }
        if case .null = v { return nil }
        return Check.string(v, path: path(key), nonEmpty: false, &problems, expected: "a string or null")
    }

    /// A number.
    func number(_ key: String, required isRequired: Bool = true, _ problems: inout Problems) -> Double? {
        guard let v = isRequired ? required(key, &problems) : value(key) else { return nil }
        return Check.number(v, path: path(key), &problems)
    }

    /// A whole number.
    func integer(_ key: String, _ problems: inout Problems) -> Int? {
        guard let v = required(key, &problems) else { return nil }
        return Check.integer(v, path: path(key), &problems)
    }

    /// Records each key not in `allowed` as unknown, with a suggestion.
    func rejectUnknownKeys(_ allowed: [String], _ problems: inout Problems) {
        for m in members where !allowed.contains(m.key) {
            problems.add(path(m.key), "unknown key" + Suggestions.hint(m.key, allowed))
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return Substring()
        }
        return self[first...last]
    }
}
