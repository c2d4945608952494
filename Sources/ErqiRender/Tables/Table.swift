/// A cell of a table: text, or a number shown rounded for people and written in full for programs.
public enum Cell: Equatable, Sendable {
    case text(String)
    /// `decimals` for people; `percent` shows ×100 with a % sign.
    case number(Double, decimals: Int)
    case percent(Double, decimals: Int)
    case flag(Bool)
    case empty

    /// Text for people.
    public var display: String {
        switch self {
        case .text(let s): s
        case .number(let v, let d): NumberFormat.fixed(v, decimals: d, grouping: true)
        case .percent(let v, let d): NumberFormat.fixed(v * 100, decimals: d, grouping: false) + " %"
        case .flag(let b): b ? "met" : "MISSED"
        case .empty: ""
        }
    }

    /// Text for programs: full precision, no grouping.
    public var raw: String {
        switch self {
        case .text(let s): s
        case .number(let v, _), .percent(let v, _): NumberFormat.full(v)
        case .flag(let b): b ? "true" : "false"
        case .empty: ""
        }
    }

    var isNumeric: Bool {
        switch self {
        case .number, .percent: true
        default: false
        }
    }
}

/// A column: a stable machine key (CSV and JSON) and a header for people.
public struct Column: Equatable, Sendable {
    public var key: String
    public var header: String
    public var alignRight: Bool
    /// Shown in CSV and JSON only (a stable key beside a label for people).
    public var machineOnly: Bool

    public init(_ key: String, _ header: String? = nil, right: Bool = false, machineOnly: Bool = false) {
        self.key = key; self.header = header ?? key; self.alignRight = right; self.machineOnly = machineOnly
    }
}

/// Rows and columns that render as an aligned table, CSV, Markdown or JSON.
public struct Table: Equatable, Sendable {
    public var title: String?
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Lines shown under the table for people (notes, honesty remarks); not in CSV/JSON.
    public var notes: [String]

    public init(title: String? = nil, columns: [Column], rows: [[Cell]] = [], notes: [String] = []) {
        self.title = title; self.columns = columns; self.rows = rows; self.notes = notes
    }

    /// The table without its machine-only columns, for people.
    public var forPeople: Table {
        let keep = columns.indices.filter { !columns[$0].machineOnly }
        guard keep.count != columns.count else { return self }
        return Table(title: title, columns: keep.map { columns[$0] },
                     rows: rows.map { row in keep.map { $0 < row.count ? row[$0] : .empty } }, notes: notes)
    }
}

/// How output is rendered.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, markdown
}
