public import ErqiModel

/// `erqi baseline import`: new values (and units, notes, sources) for listed parameters of a
/// baseline, from a CSV table such as `erqi baseline export` writes.
///
/// Strict: every problem of every row is reported at once, with its row and column, and no
/// baseline comes out when there is any. Units are converted where `UnitConversion` knows how.
public enum BaselineImport {
    /// The source that replaced values are credited to (`--source ID --source-title TEXT`).
    public struct NewSource: Equatable, Sendable {
        public var id: String
        /// Needed when the baseline has no source with this id.
        public var title: String?
        /// A (primary) … E; `A` by default, for the bureau's own statistics.
        public var confidence: String

        public init(id: String, title: String? = nil, confidence: String = "A") {
            self.id = id; self.title = title; self.confidence = confidence
        }
    }

    /// The imported baseline and what changed.
    public struct Outcome: Equatable, Sendable {
        public var baseline: Baseline
        /// Keys whose value, unit, source or note changed, in row order.
        public var changedKeys: [String]
        /// How many of the changed parameters were estimates and are sourced now.
        public var estimatesReplaced: Int
        /// The encoding the file was read in.
        public var encoding: CSVText.Encoding
    }

    /// Columns the parameters table may have.
    public static let knownColumns = BaselineTable.parameterColumns

    /// Applies the CSV file's bytes to `onto`; `file` names the CSV in errors.
    public static func apply(bytes: [UInt8], file: String, onto: Baseline,
                             source: NewSource? = nil) throws(FileErrors) -> Outcome {
        let (text, encoding) = try CSVText.decode(bytes, file: file)
        let records = try CSVReader.parse(text, file: file)
        var errors: [FileError] = []
        func add(_ row: Int?, _ column: String?, _ message: String) {
            var path = row.map { "row \($0)" } ?? ""
            if let column { path += (path.isEmpty ? "" : ", ") + "column \(column)" }
            errors.append(FileError(file: file, path: path, message: message))
        }

        // The new source, if any.
        var addedSource: Source?
        if let s = source {
            if s.id.isEmpty || s.id == BaselineCodec.estimate {
                add(nil, nil, "--source: expected a source id other than \"estimate\", got \(JSONWriter.quoted(s.id))")
            } else if onto.sources.first(where: { $0.id == s.id }) == nil {
                if let title = s.title, !title.csvTrimmed.isEmpty {
                    addedSource = Source(id: s.id, title: title, confidence: s.confidence)
                } else {
                    add(nil, nil, "--source \(s.id): the baseline has no such source; give its title with --source-title"
                        + Suggestions.hint(s.id, onto.sources.map(\.id)))
                }
            }
        }

        // Header.
        guard let header = records.first else {
            throw FileErrors(file: file, path: "", message: "empty file: expected a header row with at least the columns key and value")
        }
        var column: [String: Int] = [:]
        for (i, rawName) in header.fields.enumerated() {
            let name = rawName.csvTrimmed
            let letter = columnLetter(i)
            if name.isEmpty { add(1, letter, "empty column name: expected one of \(knownColumns.joined(separator: ", "))"); continue }
            guard knownColumns.contains(name) else {
                add(1, "\(letter) (\(name))", "unknown column \(JSONWriter.quoted(name)); expected one of \(knownColumns.joined(separator: ", "))"
                    + Suggestions.hint(name, knownColumns))
                continue
            }
            if let j = column[name] { add(1, "\(letter) (\(name))", "column \(name) appears twice (first in column \(columnLetter(j)))"); continue }
            column[name] = i
        }
        for required in ["key", "value"] where column[required] == nil {
            add(1, nil, "missing column \(required): the header needs at least key and value")
        }
        guard errors.isEmpty else { throw FileErrors(errors) }
        let width = header.fields.count
        func where_(_ name: String) -> String { "\(columnLetter(column[name]!)) (\(name))" }

        // Rows.
        let keys = onto.parameters.map(\.key)
        let sourceIDs = onto.sources.map(\.id) + [BaselineCodec.estimate] + (addedSource.map { [$0.id] } ?? [])
        var parameters = onto.parameters
        var firstRow: [String: Int] = [:]
        var rowOfKey: [String: Int] = [:]
        var changed: [String] = []
        var replaced = 0

        for record in records.dropFirst() {
            let row = record.row
            if record.fields.count < width {
                add(row, nil, "expected \(width) fields as in the header, got \(record.fields.count)")
                continue
            }
            if record.fields.count > width, record.fields[width...].contains(where: { !$0.csvTrimmed.isEmpty }) {
                add(row, columnLetter(width), "expected \(width) fields as in the header, got \(record.fields.count)")
                continue
            }
            func cell(_ name: String) -> String? { column[name].map { record.fields[$0] } }

            let key = cell("key")!.csvTrimmed
            if key.isEmpty { add(row, where_("key"), "empty key: expected a parameter key such as \(keys.first ?? "gdp.industry")"); continue }
            guard let index = onto.position(of: key) else {
                add(row, where_("key"), "unknown parameter \(JSONWriter.quoted(key))" + Suggestions.hint(key, keys)); continue
            }
            if let first = firstRow[key] { add(row, where_("key"), "duplicate row for \(key) (first at row \(first))"); continue }
            firstRow[key] = row
            rowOfKey[key] = row
            let old = onto.parameters[index]

            // Value and unit.
            let valueText = cell("value")!.csvTrimmed
            var value: Double?
            if valueText.isEmpty {
                add(row, where_("value"), "empty value for \(key): expected a number in \(old.unit)")
            } else if let v = number(valueText) {
                value = v
            } else {
                add(row, where_("value"), "expected a number for \(key), got \(JSONWriter.quoted(valueText))" + numberHint(valueText))
            }
            if let unitText = cell("unit")?.csvTrimmed, !unitText.isEmpty, unitText != old.unit {
                if let f = UnitConversion.factor(from: unitText, to: old.unit) {
                    value = value.map { $0 * f }
                } else {
                    add(row, where_("unit"), "unit \(JSONWriter.quoted(unitText)) differs from \(key)'s unit \(JSONWriter.quoted(old.unit)) and erqi knows no conversion between them; give the value in \(old.unit)")
                    value = nil
                }
            }
            if let v = value, let problem = ParameterRules.problem(key: key, value: v) {
                add(row, where_("value"), "\(key) = \(JSONNumberText.format(v)) \(old.unit): \(problem)")
                value = nil
            }

            // Source and note.
            var newSource = old.source
            if let s = cell("source")?.csvTrimmed, !s.isEmpty {
                if sourceIDs.contains(s) { newSource = s } else {
                    add(row, where_("source"), "unknown source \(JSONWriter.quoted(s)): expected a source id of the baseline, \"estimate\" or --source"
                        + Suggestions.hint(s, sourceIDs))
                }
            }
            var newNote = old.note
            if let n = cell("note") { newNote = n.isEmpty ? nil : n }
            var newUncertainty = old.uncertainty
            if let u = cell("uncertainty")?.csvTrimmed {
                if u.isEmpty { newUncertainty = nil } else {
                    var problems = Problems(file: file)
                    let parsed = (try? JSONParser.parse(u, file: file)).flatMap { UncertaintyCodec.decode($0, path: "", &problems) }
                    if let parsed { newUncertainty = parsed } else {
                        let why = problems.errors.map { $0.path.isEmpty ? $0.message : "\($0.path): \($0.message)" }.joined(separator: "; ")
                        add(row, where_("uncertainty"), "expected a distribution object such as {\"dist\": \"triangular\", \"low\": -0.1, \"high\": 0.1, \"relative\": true}, got \(JSONWriter.quoted(u))"
                            + (why.isEmpty ? "" : " (\(why))"))
                        continue
                    }
                }
            }
            guard let newValue = value else { continue }
            if newValue != old.value, let s = source { newSource = s.id }
            if newSource == BaselineCodec.estimate, newNote?.csvTrimmed.isEmpty ?? true {
                add(row, column["note"] != nil ? where_("note") : nil, "\(key) stays an estimate and needs a note saying how it was derived (or give --source)")
                continue
            }
            if let u = newUncertainty, u != old.uncertainty || newValue != old.value {
                let probe = Scenario(name: "import", assumptions: [key: newValue])
                if case .failure(let issue) = UncertainInputs.check(key: key, uncertainty: u, baseline: onto, scenario: probe) {
                    add(row, column["uncertainty"] != nil ? where_("uncertainty") : where_("value"), "\(key): \(issue.message)")
                    continue
                }
            }
            let updated = Parameter(key: key, value: newValue, unit: old.unit, source: newSource, note: newNote,
                                    uncertainty: newUncertainty)
            if updated != old {
                if old.isEstimate && !updated.isEstimate { replaced += 1 }
                parameters[index] = updated
                changed.append(key)
            }
        }
        // Township shares the import touches must still sum to 1 over the townships; checked
        // even when other rows are wrong, so that every problem is reported at once.
        var touched: [String] = []
        for key in firstRow.keys.sorted() {
            let parts = key.split(separator: ".")
            guard parts.count == 4, parts[0] == "township", parts[2].hasSuffix("_share") else { continue }
            let family = "\(parts[2]).\(parts[3])"
            if !touched.contains(family) { touched.append(family) }
        }
        for family in touched {
            var sum = 0.0
            for t in onto.townships {
                sum += onto.position(of: "township.\(t.id).\(family)").map { parameters[$0].value } ?? 0
            }
            guard abs(sum - 1) > 1e-6 else { continue }
            let rows = onto.townships.compactMap { rowOfKey["township.\($0.id).\(family)"] }.sorted()
            add(rows.first, where_("value"),
                "township.*.\(family): the shares over the \(onto.townships.count) townships sum to \(JSONNumberText.format(sum)) after the import, not 1"
                + " (changed by row\(rows.count == 1 ? "" : "s") \(rows.map(String.init).joined(separator: ", ")); rescale the shares so that they sum to 1)")
        }
        guard errors.isEmpty else { throw FileErrors(errors) }

        var result = onto
        result.parameters = parameters
        if let s = addedSource, parameters.contains(where: { $0.source == s.id }) { result.sources.append(s) }

        // The model's own checks on the whole baseline (profiles, what the model reads).
        for issue in result.validate() {
            // `parameters[i]…` names a parameter: report it at the row that changed it.
            if issue.path.hasPrefix("parameters["), let close = issue.path.firstIndex(of: "]"),
               let i = Int(issue.path[issue.path.index(issue.path.startIndex, offsetBy: 11)..<close]),
               i < parameters.count, let row = rowOfKey[parameters[i].key] {
                let at = issue.path.contains(".uncertainty") && column["uncertainty"] != nil ? where_("uncertainty") : where_("value")
                add(row, at, "\(parameters[i].key): \(issue.message)")
            } else {
                add(nil, nil, "the imported baseline fails a check: \(issue.description)")
            }
        }
        guard errors.isEmpty else { throw FileErrors(errors) }
        return Outcome(baseline: result, changedKeys: changed, estimatesReplaced: replaced, encoding: encoding)
    }

    /// A decimal number (`1234`, `-0.5`, `1.2e4`, a leading `+` allowed); nil for anything else,
    /// thousands separators, percentages, `nan` and `inf` included.
    static func number(_ text: String) -> Double? {
        let t = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard JSONNumberText.isValid(t) || JSONNumberText.isValid("0" + t) && t.hasPrefix("."),
              let v = Double(t), v.isFinite else { return nil }
        return v
    }

    static func numberHint(_ text: String) -> String {
        if text.hasSuffix("%") { return " (write a percentage as a fraction: 5% is 0.05)" }
        if text.contains(",") { return " (write the number without thousands separators, with a point for decimals)" }
        return ""
    }

    /// A spreadsheet column letter: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetter(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (spreadsheet cells often carry them).
    var csvTrimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
