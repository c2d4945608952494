public import ErqiModel

/// Writes and reads a tornado (`erqi sensitivity --format json`, `erqi-sensitivity` version 1,
/// docs/ANALYSIS.md §4). A row the model refused has null outputs and a `refused` reason.
public enum SensitivityCodec {
    /// The `format` value.
    public static let format = "erqi-sensitivity"

    /// The report as a JSON object.
    public static func encode(_ r: SensitivityReport) -> JSONValue {
        func number(_ v: Double?) -> JSONValue { v.map(JSONValue.number) ?? .null }
        let rows: [JSONValue] = r.rows.map { row in
            var members: [(key: String, value: JSONValue)] = [
                ("input", .string(row.input)), ("low", .number(row.low)), ("high", .number(row.high)),
                ("output_low", number(row.outputLow)), ("output_high", number(row.outputHigh)), ("swing", .number(row.swing)),
            ]
            if let refusal = row.refusal { members.append(("refused", .string(refusal))) }
            return .object(members)
        }
        return .object([("format", .string(format)), ("version", .number(1)), ("scenario", .string(r.scenario)),
                         ("output", .string(r.output)), ("central", .number(r.central)), ("inputs", .array(rows))])
    }

    /// Canonical text (sorted keys, two-space indent, final newline).
    public static func text(_ r: SensitivityReport) -> String { JSONWriter.canonical(encode(r)) }

    /// Reads a report back; every error names `file` and the JSON path.
    public static func decode(_ v: JSONValue, file: String) throws(FileErrors) -> SensitivityReport {
        func fail(_ path: String, _ expected: String, _ got: JSONValue?) -> FileErrors {
            FileErrors([FileError(file: file, path: path, message: "expected \(expected), got \(got?.shortDescription ?? "nothing")")])
        }
        func string(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> String {
            guard let s = o[k]?.stringValue else { throw fail(path, "a string", o[k]) }
            return s
        }
        func number(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Double {
            guard let x = o[k]?.numberValue else { throw fail(path, "a number", o[k]) }
            return x
        }
        func optionalNumber(_ o: JSONValue, _ k: String, _ path: String) throws(FileErrors) -> Double? {
            if o[k] == nil || o[k] == .null { return nil }
            return try number(o, k, path)
        }
        guard v["format"]?.stringValue == format, v["version"]?.numberValue == 1 else {
            throw fail("format", "\"\(format)\" version 1", v["format"])
        }
        guard case .array(let items)? = v["inputs"] else { throw fail("inputs", "an array", v["inputs"]) }
        var rows: [TornadoRow] = []
        for (i, o) in items.enumerated() {
            let p = "inputs[\(i)]"
            rows.append(TornadoRow(input: try string(o, "input", p + ".input"), low: try number(o, "low", p + ".low"),
                                   high: try number(o, "high", p + ".high"),
                                   outputLow: try optionalNumber(o, "output_low", p + ".output_low"),
                                   outputHigh: try optionalNumber(o, "output_high", p + ".output_high"),
                                   refusal: o["refused"]?.stringValue))
        }
        return SensitivityReport(scenario: try string(v, "scenario", "scenario"), output: try string(v, "output", "output"),
                                 central: try number(v, "central", "central"), rows: rows)
    }
}
