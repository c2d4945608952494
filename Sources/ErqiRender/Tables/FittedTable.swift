/// Aligned tables for a terminal of a given width: long text wraps within its column (at
/// spaces, or between wide characters, never inside a word), and when even that does not fit,
/// columns are left out from the right (never the first, nor a met/MISSED column) and a note
/// says which. Pipes and files get `TableRenderer.aligned`, the full table.
public enum FittedTable {
    /// ANSI colours for goal verdicts and margins; none unless asked for.
    public enum Colour: Sendable {
        case none, ansi
    }

    /// `table` (for people) aligned within `width` cells, coloured when `colour` is `.ansi`.
    public static func render(_ table: Table, width: Int, colour: Colour = .none) -> String {
        // Candidates: the table, then with one more column left out each time. The layout
        // with the fewest lines wins, a left-out column costing three lines per row, so a
        // column goes only when wrapping it and its neighbours would cost more.
        var t = table.forPeople
        var dropped: [String] = []
        var best: (table: Table, widths: [Int], dropped: [String], cost: Int)? = nil
        while true {
            if let w = fit(t, width: width) {
                let cost = lineCount(t, w) + 3 * dropped.count * max(1, t.rows.count)
                if best == nil || cost < best!.cost { best = (t, w, dropped, cost) }
            }
            guard let i = droppable(t) else { break }
            dropped.insert(t.columns[i].header, at: 0)
            t = removing(i, from: t)
        }
        if let best { t = best.table; dropped = best.dropped }
        let finalWidths = best?.widths ?? minimumWidths(t)
        var lines: [String] = []
        if let title = t.title { lines += wrap(title, width: width) }
        lines += rowLines(t.columns.map(\.header), t, finalWidths, colour: .none)
        lines.append(finalWidths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in t.rows {
            lines += rowLines(row.map(\.display), t, finalWidths, colour: colour, cells: row)
        }
        var notes = t.notes
        if !dropped.isEmpty {
            notes.append("(left out to fit \(width) columns: \(dropped.joined(separator: ", ")); a wider window, a pipe or `.mode csv` shows them)")
        }
        for note in notes { lines += wrap(note, width: width) }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: widths

    /// Natural width of each column: its widest cell or header.
    static func naturalWidths(_ t: Table) -> [Int] {
        var w = t.columns.map { DisplayWidth.of($0.header) }
        for row in t.rows {
            for (i, c) in row.enumerated() where i < w.count { w[i] = max(w[i], DisplayWidth.of(c.display)) }
        }
        return w
    }

    /// Lines the rows take at `widths`.
    static func lineCount(_ t: Table, _ widths: [Int]) -> Int {
        t.rows.reduce(0) { sum, row in
            sum + (row.indices.filter { $0 < widths.count }.map { wrap(row[$0].display, width: widths[$0]).count }.max() ?? 1)
        }
    }

    /// Narrowest width of each column: its longest word (numbers and flags never wrap), and
    /// no narrower than 8 cells (four Chinese characters) when its text is wider.
    static func minimumWidths(_ t: Table) -> [Int] {
        var w = t.columns.map { longestWord($0.header) }
        for (i, n) in naturalWidths(t).enumerated() { w[i] = max(w[i], min(n, 8)) }
        for row in t.rows {
            for (i, c) in row.enumerated() where i < w.count {
                let text = c.display
                w[i] = max(w[i], c.isNumeric || t.columns[i].alignRight ? DisplayWidth.of(text) : longestWord(text))
            }
        }
        return w
    }

    /// Widths that fit `width`, narrowing the widest wrappable column one cell at a time;
    /// nil when the narrowest layout is still too wide.
    static func fit(_ t: Table, width: Int) -> [Int]? {
        var w = naturalWidths(t)
        let minimum = minimumWidths(t)
        let gaps = 2 * max(0, w.count - 1)
        var total = w.reduce(0, +) + gaps
        while total > width {
            var pick: Int? = nil
            for i in w.indices where w[i] > minimum[i] && (pick == nil || w[i] > w[pick!]) { pick = i }
            guard let i = pick else { return nil }
            w[i] -= 1; total -= 1
        }
        return w
    }

    /// The column to leave out next: the rightmost that is neither the first nor a verdict.
    static func droppable(_ t: Table) -> Int? {
        guard t.columns.count > 1 else { return nil }
        for i in stride(from: t.columns.count - 1, through: 1, by: -1) {
            let isVerdict = t.rows.contains { row in
                guard i < row.count, case .flag = row[i] else { return false }
                return true
            }
            if !isVerdict { return i }
        }
        return nil
    }

    static func removing(_ column: Int, from t: Table) -> Table {
        var columns = t.columns
        columns.remove(at: column)
        let rows = t.rows.map { row -> [Cell] in
            var r = row
            if column < r.count { r.remove(at: column) }
            return r
        }
        return Table(title: t.title, columns: columns, rows: rows, notes: t.notes)
    }

    // MARK: lines

    /// One table row as as many lines as its tallest wrapped cell.
    static func rowLines(_ texts: [String], _ t: Table, _ widths: [Int], colour: Colour, cells: [Cell] = []) -> [String] {
        let wrapped = t.columns.indices.map { i in wrap(i < texts.count ? texts[i] : "", width: widths[i]) }
        let height = wrapped.map(\.count).max() ?? 1
        var lines: [String] = []
        for k in 0..<height {
            var parts: [String] = []
            for (i, col) in t.columns.enumerated() {
                let text = k < wrapped[i].count ? wrapped[i][k] : ""
                var part = DisplayWidth.pad(text, to: widths[i], right: col.alignRight)
                if colour == .ansi, !text.isEmpty, i < cells.count, let code = colourCode(cells[i], column: col) {
                    part = "\u{1B}[\(code)m" + part + "\u{1B}[0m"
                }
                parts.append(part)
            }
            var line = parts.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines
    }

    /// Red for MISSED and negative margins, green for met and margins of zero or more.
    static func colourCode(_ cell: Cell, column: Column) -> String? {
        switch cell {
        case .flag(let met): return met ? "32" : "1;31"
        case .number(let v, _), .percent(let v, _):
            guard column.key.contains("margin") else { return nil }
            return v < 0 ? "31" : "32"
        case .text(let s):
            if s == "MISSED" { return "1;31" }
            if s == "met" { return "32" }
            return nil
        case .empty: return nil
        }
    }

    /// Text broken into lines of at most `width` cells: at spaces, or between wide (CJK)
    /// characters; a single word wider than `width` stays whole on its own line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard DisplayWidth.of(text) > width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in words(text) {
            let w = DisplayWidth.of(word.text)
            let gap = lineWidth == 0 || !word.spaced ? 0 : 1
            if lineWidth > 0 && lineWidth + gap + w > width {
                lines.append(line)
                line = word.text; lineWidth = w
            } else {
                line += (gap == 1 ? " " : "") + word.text; lineWidth += gap + w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The pieces a line may break between: words separated by spaces, and each wide character
    /// on its own (`spaced`: a space came before it).
    static func words(_ text: String) -> [(text: String, spaced: Bool)] {
        var out: [(text: String, spaced: Bool)] = []
        var current = "", spaced = false
        func flush() { if !current.isEmpty { out.append((current, spaced)); current = ""; spaced = false } }
        for ch in text {
            if ch == " " { flush(); spaced = true; continue }
            let wide = ch.unicodeScalars.first.map { DisplayWidth.cells($0) == 2 } ?? false
            // Closing punctuation stays with what it closes.
            if isClosing(ch), current.isEmpty, let last = out.popLast() {
                current = last.text; spaced = last.spaced
                current.append(ch)
                if wide { flush() }
                continue
            }
            // Break before a wide character and after it.
            if wide { flush(); current = String(ch); flush(); continue }
            current.append(ch)
        }
        flush()
        return out
    }

    static func isClosing(_ ch: Character) -> Bool { ")）,，.。;；:：、”’」』".contains(ch) }

    static func longestWord(_ text: String) -> Int {
        words(text).map { DisplayWidth.of($0.text) }.max() ?? 0
    }
}
