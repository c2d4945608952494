/// One record of a CSV file with the row number a spreadsheet shows for it (the header is row 1).
public struct CSVRecord: Equatable, Sendable {
    /// 1-based record number, counting the header; a quoted line break does not start a new row.
    public var row: Int
    public var fields: [String]

    public init(row: Int, fields: [String]) { self.row = row; self.fields = fields }
}

/// Reads RFC 4180 CSV: fields quoted with `"` (a doubled `""` inside is one quote, and quoted
/// fields may hold commas and line breaks), LF or CRLF line ends, a leading UTF-8 BOM ignored.
/// Malformed quoting is an error naming the row and column; nothing is guessed.
public enum CSVReader {
    /// Parses decoded text. Blank lines (no characters at all) are skipped.
    public static func parse(_ text: String, file: String) throws(FileErrors) -> [CSVRecord] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var row = 1
        var i = 0
        let n = scalars.count
        var atFieldStart = true
        var lineHasContent = false

        func endField() {
            fields.append(String(field)); field = String.UnicodeScalarView(); atFieldStart = true
        }
        func endRecord() {
            if lineHasContent || !fields.isEmpty { endField(); records.append(CSVRecord(row: row, fields: fields)); row += 1 }
            fields = []; field = String.UnicodeScalarView(); atFieldStart = true; lineHasContent = false
        }
        func failure(_ message: String) -> FileErrors {
            FileErrors(file: file, path: "row \(row), column \(fields.count + 1)", message: message)
        }

        while i < n {
            let c = scalars[i]
            if atFieldStart && c == "\"" {
                // A quoted field: up to the closing quote, which must end the field.
                lineHasContent = true
                atFieldStart = false
                i += 1
                var closed = false
                while i < n {
                    let q = scalars[i]
                    if q == "\"" {
                        if i + 1 < n && scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                        closed = true; i += 1; break
                    }
                    field.append(q); i += 1
                }
                guard closed else { throw failure("a quoted field is not closed: expected a closing \" before the end of the file") }
                if i < n, scalars[i] != ",", scalars[i] != "\n", scalars[i] != "\r" {
                    throw failure("unexpected text after a closing quote: a quoted field must end at a comma or line end (write a quote inside a quoted field as \"\")")
                }
                continue
            }
            switch c {
            case ",":
                lineHasContent = true; endField(); i += 1
            case "\r":
                endRecord(); i += 1
                if i < n && scalars[i] == "\n" { i += 1 }
            case "\n":
                endRecord(); i += 1
            case "\"":
                throw failure("a quote inside an unquoted field: quote the whole field and double the quote (\"\")")
            default:
                lineHasContent = true; atFieldStart = false; field.append(c); i += 1
            }
        }
        endRecord()
        return records
    }
}
