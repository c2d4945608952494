public import ErqiFiles
public import ErqiRender

/// Several named tables rendered as one document: for people one after another; CSV sections
/// separated by a blank line; JSON one object with an array of row objects per table; JSON
/// Lines one row object per line with its table's name under `table`.
public enum TableSet {
    public static func render(_ tables: [(name: String, table: Table)], as format: OutputFormat) -> String {
        switch format {
        case .table, .markdown, .csv:
            return tables.map { TableRenderer.render($0.table, as: format) }.joined(separator: "\n")
        case .json:
            return JSONWriter.canonical(.object(tables.map { ($0.name, .array(rowObjects($0.table))) }))
        case .jsonl:
            return tables.flatMap { t in
                rowObjects(t.table).map { row -> String in
                    guard case .object(let members) = row else { return "" }
                    return JSONWriter.compact(.object([("table", .string(t.name))] + members)) + "\n"
                }
            }.joined()
        }
    }

    /// Each row as an object keyed by column key, numbers in full precision.
    public static func rowObjects(_ table: Table) -> [JSONValue] {
        table.rows.map { row in
            .object(table.columns.enumerated().map { i, column in
                (column.key, json(i < row.count ? row[i] : .empty))
            })
        }
    }

    static func json(_ cell: Cell) -> JSONValue {
        switch cell {
        case .text(let s): .string(s)
        case .number(let v, _), .percent(let v, _): .number(v)
        case .flag(let b): .bool(b)
        case .empty: .null
        }
    }
}
