/// A horizontal bar chart drawn with text: a label column (wide characters aligned), bars
/// in eighths of a cell (or `#` in ASCII), an optional verdict mark, a value column and one
/// vertical marker (a target or a cap) drawn where the bars do not reach.
public struct TextBarChart: Equatable, Sendable {
    /// A row's verdict, shown as a mark so that met and missed differ without colour.
    public enum Verdict: Equatable, Sendable { case none, met, missed }

    public struct Row: Equatable, Sendable {
        public var label: String
        /// The bar's length in the chart's units (negative values draw no bar).
        public var value: Double
        public var valueText: String
        public var verdict: Verdict

        public init(label: String, value: Double, valueText: String, verdict: Verdict = .none) {
            self.label = label; self.value = value; self.valueText = valueText; self.verdict = verdict
        }
    }

    public var title: String
    public var rows: [Row]
    /// The value at the bars' right end.
    public var scaleMax: Double
    /// A vertical line across the rows, with its label above them.
    public var marker: (value: Double, label: String)?
    /// Lines under the chart.
    public var notes: [String]
    /// Rows after which a blank line separates groups (e.g. before a total).
    public var gapBefore: Set<Int>

    public init(title: String, rows: [Row], scaleMax: Double, marker: (value: Double, label: String)? = nil,
                notes: [String] = [], gapBefore: Set<Int> = []) {
        self.title = title; self.rows = rows; self.scaleMax = scaleMax; self.marker = marker
        self.notes = notes; self.gapBefore = gapBefore
    }

    public static func == (a: TextBarChart, b: TextBarChart) -> Bool {
        a.title == b.title && a.rows == b.rows && a.scaleMax == b.scaleMax && a.notes == b.notes
            && a.marker?.value == b.marker?.value && a.marker?.label == b.marker?.label && a.gapBefore == b.gapBefore
    }

    /// The chart as lines of at most `style.width` cells (at least 40), each ending in a newline.
    public func render(_ style: ChartStyle) -> String {
        let width = max(style.width, 40)
        let ascii = style.charset == .ascii
        let hasVerdicts = rows.contains { $0.verdict != .none }
        let markWidth = hasVerdicts ? (ascii ? 5 : 2) : 0
        let longestLabel = rows.map { DisplayWidth.of(label($0.label, ascii: ascii)) }.max() ?? 0
        let labelWidth = min(longestLabel, max(10, width * 2 / 5 - markWidth))
        // Values are cut only when the bars would be narrower than 12 cells.
        let valueWidth = min(rows.map { DisplayWidth.of(text($0.valueText, ascii: ascii)) }.max() ?? 0,
                             max(8, width - labelWidth - markWidth - 3 - 12))
        let barWidth = max(8, width - labelWidth - markWidth - valueWidth - 3)
        let scale = scaleMax > 0 && scaleMax.isFinite ? scaleMax : 1
        let markerColumn: Int? = marker.flatMap { m in
            let c = Int((m.value / scale * Double(barWidth)).rounded())
            return m.value.isFinite && c >= 0 && c <= barWidth ? min(c, barWidth - 1) : nil
        }
        let indent = labelWidth + markWidth + 2

        var out = wrap(text(title, ascii: ascii), width)
        if let marker, let markerColumn {
            let tag = text(marker.label, ascii: ascii)
            let tagWidth = DisplayWidth.of(tag)
            // Above the line, ending at it when there is no room after it.
            var start = indent + markerColumn
            if start + tagWidth > width { start = max(indent, indent + markerColumn - tagWidth + 1) }
            out += String(repeating: " ", count: start) + fit(tag, width - start) + "\n"
            out += String(repeating: " ", count: indent + markerColumn) + (ascii ? "|" : "┆") + "\n"
        }
        for (i, row) in rows.enumerated() {
            if gapBefore.contains(i) {
                out += markerColumn.map { String(repeating: " ", count: indent + $0) + (ascii ? "|" : "┆") } ?? ""
                out += "\n"
            }
            var line = DisplayWidth.pad(fit(label(row.label, ascii: ascii), labelWidth), to: labelWidth) + " "
            if hasVerdicts { line += mark(row.verdict, ascii: ascii) + " " }
            let bar = barCells(row.value / scale * Double(barWidth), width: barWidth, ascii: ascii, marker: markerColumn)
            line += " " + paint(bar, row.verdict, style) + " "
            line += fit(text(row.valueText, ascii: ascii), valueWidth)
            out += trimEnd(line) + "\n"
        }
        out += String(repeating: " ", count: indent) + axis(width: barWidth, ascii: ascii) + "\n"
        for note in notes { out += wrap(text(note, ascii: ascii), width) }
        return out
    }

    /// `cells` of bar (fractional) in a field of `width` cells, the marker where the bar stops short.
    func barCells(_ cells: Double, width: Int, ascii: Bool, marker: Int?) -> [Character] {
        var field = [Character](repeating: " ", count: width)
        let length = cells.isFinite ? min(max(cells, 0), Double(width)) : 0
        if ascii {
            let n = Int(length.rounded())
            for i in 0..<n { field[i] = "#" }
        } else {
            let eighths = Int((length * 8).rounded())
            let full = eighths / 8, part = eighths % 8
            for i in 0..<full { field[i] = "█" }
            if part > 0 && full < width { field[full] = Self.partials[part] }
        }
        if let marker, marker < width, field[marker] == " " { field[marker] = ascii ? "|" : "┆" }
        return field
    }

    /// The eighth blocks, index = eighths (0 is a space).
    public static let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    func mark(_ v: Verdict, ascii: Bool) -> String {
        switch v {
        case .none: return ascii ? "    " : " "
        case .met: return ascii ? "ok  " : "✓"
        case .missed: return ascii ? "MISS" : "✗"
        }
    }

    /// The bar in green (met) or red (missed) when colour is allowed; the marker stays plain.
    func paint(_ bar: [Character], _ v: Verdict, _ style: ChartStyle) -> String {
        let plain = String(bar)
        guard style.colour else { return plain }
        let code = v == .met ? "32" : v == .missed ? "31" : "34"
        var out = ""
        var inBar = false
        for ch in bar {
            let isBar = ch != " " && ch != "┆" && ch != "|"
            if isBar != inBar { out += isBar ? "\u{1B}[\(code)m" : "\u{1B}[0m"; inBar = isBar }
            out.append(ch)
        }
        if inBar { out += "\u{1B}[0m" }
        return out
    }

    func axis(width: Int, ascii: Bool) -> String {
        ascii ? "+" + String(repeating: "-", count: max(width - 1, 0)) : "└" + String(repeating: "─", count: max(width - 1, 0))
    }

    /// Labels keep Chinese in Unicode; in ASCII only their ASCII part (the id) is kept.
    func label(_ s: String, ascii: Bool) -> String { text(s, ascii: ascii) }

    /// In ASCII: typographic characters replaced, other non-ASCII dropped (with the space before it).
    func text(_ s: String, ascii: Bool) -> String {
        guard ascii else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "−": out += "-"
            case "…": out += "..."
            case "²": out += "2"
            case "₂": out += "2"
            case "→": out += "->"
            case "≤": out += "<="
            case "≥": out += ">="
            case "—", "–": out += "-"
            case "·": out += "-"
            default:
                if scalar.isASCII { out.unicodeScalars.append(scalar) }
            }
        }
        var collapsed = ""
        for ch in out where !(ch == " " && (collapsed.last == " " || collapsed.isEmpty)) { collapsed.append(ch) }
        return trimEnd(collapsed)
    }

    /// `s` cut to `width` cells, with `…` (or `~`) when cut.
    func fit(_ s: String, _ width: Int) -> String {
        guard DisplayWidth.of(s) > width else { return s }
        let ellipsis: Character = s.unicodeScalars.allSatisfy(\.isASCII) ? "~" : "…"
        var out = ""
        var used = 0
        for ch in s {
            let w = ch.unicodeScalars.reduce(0) { $0 + DisplayWidth.cells($1) }
            if used + w > width - 1 { break }
            out.append(ch); used += w
        }
        out.append(ellipsis)
        return out
    }

    /// `s` broken at spaces into lines of at most `width` cells, each ending in a newline.
    func wrap(_ s: String, _ width: Int) -> String {
        var out = "", line = ""
        for word in s.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(candidate) > width && !line.isEmpty {
                out += fit(line, width) + "\n"
                line = String(word)
            } else {
                line = candidate
            }
        }
        return out + (line.isEmpty ? "" : fit(line, width) + "\n")
    }

    func trimEnd(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
