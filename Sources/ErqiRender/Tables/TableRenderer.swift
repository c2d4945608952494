import ErqiFiles
import Foundation

/// Renders a `Table` in each output format.
public enum TableRenderer {
    /// The table in `format` (jsonl: one object per row per line).
    public static func render(_ table: Table, as format: OutputFormat) -> String {
        switch format {
        case .table: aligned(table.forPeople)
        case .csv: csv(table)
        case .markdown: markdown(table.forPeople)
        case .json: json(table, lines: false)
        case .jsonl: json(table, lines: true)
        }
    }

    /// Aligned columns for a terminal, wide characters counted as two cells.
    public static func aligned(_ table: Table) -> String {
        let cells = table.rows.map { $0.map(\.display) }
        var widths = table.columns.map { DisplayWidth.of($0.header) }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) }
        }
        var lines: [String] = []
        if let title = table.title { lines.append(title) }
        func line(_ texts: [String]) -> String {
            var parts: [String] = []
            for (i, col) in table.columns.enumerated() {
                let t = i < texts.count ? texts[i] : ""
                parts.append(DisplayWidth.pad(t, to: widths[i], right: col.alignRight))
            }
            return trimRight(parts.joined(separator: "  "))
        }
        lines.append(line(table.columns.map(\.header)))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(line(row)) }
        for note in table.notes { lines.append(note) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header of column keys; numbers in full precision.
    public static func csv(_ table: Table) -> String {
        var out = table.columns.map { csvField($0.key) }.joined(separator: ",") + "\n"
        for row in table.rows {
            out += row.map { csvField($0.raw) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    public static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
        }
        return s
    }

    /// A GitHub-flavoured Markdown table that pastes into a briefing as is.
    public static func markdown(_ table: Table) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append("**\(escapeMarkdown(title))**"); lines.append("") }
        lines.append("| " + table.columns.map { escapeMarkdown($0.header) }.joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.alignRight ? "---:" : ":---" }.joined(separator: "|") + "|")
        for row in table.rows {
            lines.append("| " + row.map { escapeMarkdown($0.display) }.joined(separator: " | ") + " |")
        }
        if !table.notes.isEmpty {
            lines.append("")
            for note in table.notes { lines.append(escapeMarkdown(note)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escapeMarkdown(_ s: String) -> String { s.replacingAll("|", with: "\\|") }

    /// A JSON array of row objects keyed by column key (or one object per line).
    public static func json(_ table: Table, lines: Bool) -> String {
        let objects = table.rows.map { row -> String in
            var members: [String] = []
            for (i, col) in table.columns.enumerated() {
                let cell = i < row.count ? row[i] : .empty
                members.append(jsonString(col.key) + ":" + jsonCell(cell))
            }
            return "{" + members.joined(separator: ",") + "}"
        }
        if lines { return objects.map { $0 + "\n" }.joined() }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }

    static func jsonCell(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): jsonString(s)
        case .number(let v, _), .percent(let v, _): v.isFinite ? NumberFormat.full(v) : "null"
        case .flag(let b): b ? "true" : "false"
        case .empty: "null"
        }
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String { JSONWriter.quoted(s) }

    static func trimRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacingOccurrences(of: target, with: replacement)
    }
}
