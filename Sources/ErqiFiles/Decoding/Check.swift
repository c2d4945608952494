import ErqiModel

/// Type checks of single values, recording a problem on mismatch.
enum Check {
    // Paths are autoclosures: built only when a problem is recorded, never for good values.
    static func string(_ v: JSONValue, path: @autoclosure () -> String, nonEmpty: Bool = false, _ problems: inout Problems,
                       expected: @autoclosure () -> String = "a string") -> String? {
        guard case .string(let s) = v else {
            problems.add(path(), "expected \(nonEmpty ? "a non-empty string" : expected()), got \(v.shortDescription)")
            return nil
        }
        if nonEmpty && s.trimmingSpaces.isEmpty {
            problems.add(path(), "expected a non-empty string, got \(v.shortDescription)")
            return nil
        }
        return s
    }

    static func number(_ v: JSONValue, path: @autoclosure () -> String, _ problems: inout Problems,
                       expected: @autoclosure () -> String = "a number") -> Double? {
        guard case .number(let x) = v else {
            problems.add(path(), "expected \(expected()), got \(v.shortDescription)")
            return nil
        }
        return x
    }

    static func integer(_ v: JSONValue, path: @autoclosure () -> String, _ problems: inout Problems) -> Int? {
        guard case .number(let x) = v, x == x.rounded(), abs(x) < 1e15 else {
            problems.add(path(), "expected a whole number, got \(v.shortDescription)")
            return nil
        }
        return Int(x)
    }

    /// One of `choices`, with a suggestion when close.
    static func choice(_ v: JSONValue, path: @autoclosure () -> String, _ choices: [String], _ problems: inout Problems) -> String? {
        // The list of choices is spelled out only for a problem (a baseline checks hundreds of choices).
        func listed() -> String { choices.map { JSONWriter.quoted($0) }.joined(separator: " or ") }
        guard case .string(let s) = v else {
            problems.add(path(), "expected \(listed()), got \(v.shortDescription)")
            return nil
        }
        guard choices.contains(s) else {
            problems.add(path(), "expected \(listed()), got \(v.shortDescription)" + Suggestions.hint(s, choices))
            return nil
        }
        return s
    }

    /// The header every erqi file starts with: `format` must be `format`, `version` must be 1.
    /// Returns false (with a problem) when the file is not of this format, so decoding stops.
    static func header(_ object: ObjectReader, format: String, _ problems: inout Problems) -> Bool {
        guard let f = object.value("format") else {
            problems.add("", "missing key \"format\" (expected \"format\": \(JSONWriter.quoted(format)))")
            return false
        }
        guard case .string(let s) = f, s == format else {
            problems.add("format", "expected \(JSONWriter.quoted(format)), got \(f.shortDescription)")
            return false
        }
        if let v = object.required("version", &problems) {
            if case .number(let n) = v, n == 1 {
            } else if case .number = v {
                problems.add("version", "unsupported version \(v.shortDescription); this erqi reads version 1")
            } else {
                problems.add("version", "expected 1, got \(v.shortDescription)")
            }
        }
        return true
    }
}
