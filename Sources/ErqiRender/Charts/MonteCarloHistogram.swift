/// A histogram of Monte Carlo draws of an intensity change drawn with text: one row per bin
/// from the deepest decrease down to the largest rise, bars in eighths of a cell (`#` in
/// ASCII), the goal line drawn between the bins that meet it and those that miss it, and the
/// probability of meeting it with its 95 % interval underneath.
public enum MonteCarloHistogram {
    /// Bins drawn between the smallest and the largest draw (one more when the goal splits one).
    public static let bins = 12

    /// The chance of meeting the goal as the Monte Carlo report gives it.
    public struct Probability: Equatable, Sendable {
        public var probability: Double
        public var low: Double
        public var high: Double
        public init(probability: Double, low: Double, high: Double) {
            self.probability = probability; self.low = low; self.high = high
        }
    }

    /// The histogram of `values` (fractions, −0.02 is −2 %) with the goal line at `goal` (a value
    /// at or below it meets the goal), lines of at most `style.width` cells (at least 40), each
    /// ending in a newline; `met` is printed under it, or "no valid draws" when nil.
    public static func render(values: [Double], goal: Double, met: Probability?, title: String, style: ChartStyle) -> String {
        let helper = TextBarChart(title: "", rows: [], scaleMax: 1)
        let ascii = style.charset == .ascii
        let width = max(style.width, 40)
        var out = helper.wrap(helper.text(title, ascii: ascii), width)
        let finite = values.filter(\.isFinite)
        guard let lowest = finite.min(), let highest = finite.max() else {
            return out + "  no valid draws\n"
        }
        // Equal bins with the goal on an edge; a bin (a, b] holds the draws above a up to b.
        let step = max((highest - lowest) / Double(bins), 0.0001)
        let goalEdge = Int(((goal - lowest) / step).rounded(.up))
        let first = goal - Double(goalEdge) * step
        let count = max(1, Int(((highest - first) / step).rounded(.up)))
        var counts = [Int](repeating: 0, count: count)
        for v in finite {
            let i = Int(((v - first) / step).rounded(.up)) - 1
            counts[min(max(i, 0), count - 1)] += 1
        }
        let arrow = ascii ? " to " : " … "
        let labels = (0..<count).map { i in
            percent(first + Double(i) * step) + arrow + percent(first + Double(i + 1) * step)
        }
        let total = Double(finite.count)
        let valueTexts = counts.map { "\(NumberFormat.fixed(Double($0), decimals: 0, grouping: true)) (\(NumberFormat.fixed(Double($0) / total * 100, decimals: 1, grouping: false)) %)" }
        let markWidth = ascii ? 5 : 2
        let labelWidth = labels.map { DisplayWidth.of(helper.text($0, ascii: ascii)) }.max() ?? 0
        let valueWidth = valueTexts.map(DisplayWidth.of).max() ?? 0
        let barWidth = max(8, width - labelWidth - markWidth - valueWidth - 3)
        let tallest = Double(counts.max() ?? 1)
        for i in 0..<count {
            if i == max(goalEdge, 0) { out += goalLine(goal, width: width, ascii: ascii, helper) }
            let verdict: TextBarChart.Verdict = i < goalEdge ? .met : .missed
            var line = DisplayWidth.pad(helper.text(labels[i], ascii: ascii), to: labelWidth) + " "
            line += helper.mark(verdict, ascii: ascii) + " "
            let bar = helper.barCells(Double(counts[i]) / tallest * Double(barWidth), width: barWidth, ascii: ascii, marker: nil)
            line += " " + helper.paint(bar, verdict, style) + " " + valueTexts[i]
            out += helper.trimEnd(line) + "\n"
        }
        if goalEdge >= count { out += goalLine(goal, width: width, ascii: ascii, helper) }
        if let met {
            let p = NumberFormat.fixed(met.probability * 100, decimals: 1, grouping: false)
            let low = NumberFormat.fixed(met.low * 100, decimals: 1, grouping: false)
            let high = NumberFormat.fixed(met.high * 100, decimals: 1, grouping: false)
            out += helper.wrap(helper.text("P(met) \(p) % (95 % interval \(low)–\(high) %), \(NumberFormat.fixed(total, decimals: 0, grouping: true)) valid draws", ascii: ascii), width)
        } else {
            out += "P(met): no valid draws\n"
        }
        return out
    }

    /// The goal line across the chart, labelled with the goal.
    static func goalLine(_ goal: Double, width: Int, ascii: Bool, _ helper: TextBarChart) -> String {
        let dash = ascii ? "-" : "─"
        let tag = helper.text("\(dash)\(dash) goal 目标 \(percent(goal)): above met, below missed", ascii: ascii) + " "
        return tag + String(repeating: dash, count: max(0, width - DisplayWidth.of(tag))) + "\n"
    }

    static func percent(_ fraction: Double) -> String {
        NumberFormat.fixed(fraction * 100, decimals: 2, grouping: false) + " %"
    }
}
