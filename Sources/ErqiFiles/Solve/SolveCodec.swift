public import ErqiModel

/// Writes and reads a goal seek's answer (`erqi solve --format json`, `erqi-solve` version 1):
/// the keys of docs/ANALYSIS.md, plus `goals_missed_at_value` for `district` and `all`.
public enum SolveCodec {
    /// The `format` value.
    public static let format = "erqi-solve"

    /// The answer as a JSON object.
    public static func encode(_ a: SolveAnswer) -> JSONValue {
        func number(_ v: Double?) -> JSONValue { v.map(JSONValue.number) ?? .null }
        var members: [(key: String, value: JSONValue)] = [
            ("format", .string(format)), ("version", .number(1)), ("scenario", .string(a.scenario)),
            ("goal", .string(a.goal)), ("target", .string(a.target)), ("current", .number(a.current)),
            ("met_at_current", .bool(a.metAtCurrent)), ("feasible", .bool(a.feasible)),
            ("met_throughout", .bool(a.metThroughout)),
            ("intervals", a.intervals.map { .array($0.map { .array($0.map(JSONValue.number)) }) } ?? .null),
            ("value", number(a.value)), ("change", number(a.change)), ("margin_at_value", number(a.marginAtValue)),
            ("intensity_change_at_value", number(a.intensityChangeAtValue)),
            ("range", .array(a.range.map(JSONValue.number))),
            ("limit", a.limit.map(JSONValue.string) ?? .null),
        ]
        if let missed = a.goalsMissedAtValue { members.append(("goals_missed_at_value", .number(Double(missed)))) }
        return .object(members)
    }

    /// Canonical text (sorted keys, two-space indent, final newline).
    public static func text(_ a: SolveAnswer) -> String { JSONWriter.canonical(encode(a)) }

    /// Reads an answer back (the solved scenario is not part of the format).
    public static func decode(_ v: JSONValue, file: String) throws(FileErrors) -> SolveAnswer {
        func fail(_ path: String, _ expected: String) -> FileErrors {
            FileErrors([FileError(file: file, path: path, message: "expected \(expected), got \(v[path]?.shortDescription ?? "nothing")")])
        }
        func string(_ k: String) throws(FileErrors) -> String {
            guard let s = v[k]?.stringValue else { throw fail(k, "a string") }
            return s
        }
        func number(_ k: String) throws(FileErrors) -> Double {
            guard let x = v[k]?.numberValue else { throw fail(k, "a number") }
            return x
        }
        func optionalNumber(_ k: String) throws(FileErrors) -> Double? {
            if v[k] == .null || v[k] == nil { return nil }
            return try number(k)
        }
        func bool(_ k: String) throws(FileErrors) -> Bool {
            guard case .bool(let b)? = v[k] else { throw fail(k, "true or false") }
            return b
        }
        func numbers(_ x: JSONValue?, _ k: String) throws(FileErrors) -> [Double] {
            guard case .array(let items)? = x else { throw fail(k, "an array of numbers") }
            var out: [Double] = []
            for item in items {
                guard let n = item.numberValue else { throw fail(k, "an array of numbers") }
                out.append(n)
            }
            return out
        }
        guard try string("format") == format, try number("version") == 1 else { throw fail("format", "\"\(format)\" version 1") }
        var intervals: [[Double]]?
        if case .array(let items)? = v["intervals"] {
            var out: [[Double]] = []
            for item in items { out.append(try numbers(item, "intervals")) }
            intervals = out
        } else if v["intervals"] != .null {
            throw fail("intervals", "null or an array of [from, to]")
        }
        return SolveAnswer(
            scenario: try string("scenario"), goal: try string("goal"), target: try string("target"),
            current: try number("current"), metAtCurrent: try bool("met_at_current"), feasible: try bool("feasible"),
            metThroughout: try bool("met_throughout"), intervals: intervals, value: try optionalNumber("value"),
            change: try optionalNumber("change"), marginAtValue: try optionalNumber("margin_at_value"),
            intensityChangeAtValue: try optionalNumber("intensity_change_at_value"),
            goalsMissedAtValue: try optionalNumber("goals_missed_at_value").map { Int($0) },
            range: try numbers(v["range"], "range"), limit: v["limit"]?.stringValue)
    }
}
