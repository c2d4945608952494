public import ErqiModel

/// A tornado drawn with text (docs/ANALYSIS.md §4): one row per input, its bar spanning the
/// output at the input's 5th and 95th percentiles around a vertical line at the central
/// output; labels aligned by display width; `#` and `|` under the ASCII charset.
public enum TornadoChart {
    /// Rows drawn (the JSON has all of them).
    public static let maxRows = 15

    /// The chart as lines of at most `style.width` cells (at least 60), ending in a newline.
    public static func render(_ r: SensitivityReport, style: ChartStyle) -> String {
        let ascii = style.charset == .ascii
        let width = max(style.width, 60)
        let shown = Array(r.rows.prefix(maxRows))
        var out = "sensitivity of \(r.output) (\(r.scenario)): central \(value(r.output, r.central)); "
            + "each input at its 5th and 95th percentile, the others central\n"
        guard !shown.isEmpty else { return out + "  no uncertain inputs\n" }
        let valueTexts = shown.map { row -> String in
            guard let a = row.outputLow, let b = row.outputHigh else { return "refused" }
            return "\(value(r.output, a)) \(ascii ? "->" : "→") \(value(r.output, b))"
        }
        let valueWidth = valueTexts.map(DisplayWidth.of).max() ?? 0
        let labelWidth = min(shown.map { DisplayWidth.of($0.input) }.max() ?? 0, width * 2 / 5)
        let barWidth = max(11, width - labelWidth - valueWidth - 4)
        let half = Double(barWidth / 2)
        let centre = barWidth / 2
        let reach = shown.map { row in
            max(abs((row.outputLow ?? r.central) - r.central), abs((row.outputHigh ?? r.central) - r.central))
        }.max() ?? 0
        let scale = reach > 0 ? half / reach : 0
        for (i, row) in shown.enumerated() {
            var cells = [String](repeating: " ", count: barWidth)
            if let a = row.outputLow, let b = row.outputHigh {
                let from = Int(((min(a, b) - r.central) * scale).rounded()) + centre
                let to = Int(((max(a, b) - r.central) * scale).rounded()) + centre
                for c in max(0, from)...min(barWidth - 1, max(from, to)) { cells[c] = ascii ? "#" : "█" }
            }
            if cells[centre] == " " { cells[centre] = ascii ? "|" : "│" }
            let label = DisplayWidth.pad(fit(row.input, labelWidth), to: labelWidth)
            out += "  " + label + " " + cells.joined() + " " + valueTexts[i] + "\n"
        }
        if r.rows.count > shown.count { out += "  … \(r.rows.count - shown.count) more inputs with smaller swings (--format json has all)\n" }
        return out
    }

    static func fit(_ s: String, _ width: Int) -> String {
        guard DisplayWidth.of(s) > width else { return s }
        var t = ""
        for ch in s {
            if DisplayWidth.of(t + String(ch)) > width - 1 { break }
            t.append(ch)
        }
        return t + "…"
    }

    /// Intensity changes in percent, other outputs in their unit.
    static func value(_ key: String, _ v: Double) -> String {
        key.hasSuffix("intensity_change") ? NumberFormat.fixed(v * 100, decimals: 2, grouping: false) + " %"
            : NumberFormat.fixed(v, decimals: 1, grouping: true)
    }
}
