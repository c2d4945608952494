public import ErqiModel

/// The shell's charts of one result: `chart wedges`, `chart townships`, `chart water`.
public enum TextCharts {
    /// The charts by name, in the order `help chart` lists them.
    public static let names = ["wedges", "townships", "water"]

    /// The chart called `name`, or nil for an unknown name.
    public static func chart(_ name: String, _ r: ScenarioResult) -> TextBarChart? {
        switch name {
        case "wedges": wedges(r)
        case "townships": townships(r)
        case "water": water(r)
        default: nil
        }
    }

    /// The saving against BAU the intensity goal asks for: what the measures save plus the gap.
    public static func neededSavingTce(_ t: ResultTotals) -> Double {
        t.energyBAU2015Tce - t.energy2015Tce + t.energyGapTce
    }

    /// Each measure's 2015 saving, largest first, then all of them together, against the saving needed.
    public static func wedges(_ r: ScenarioResult) -> TextBarChart {
        let measures = r.measures.enumerated().sorted {
            $0.element.energySavingTce != $1.element.energySavingTce
                ? $0.element.energySavingTce > $1.element.energySavingTce : $0.offset < $1.offset
        }.map(\.element)
        let needed = neededSavingTce(r.totals)
        let total = measures.reduce(0) { $0 + $1.energySavingTce }
        var rows = measures.map { m in
            TextBarChart.Row(label: m.id, value: m.energySavingTce,
                             valueText: tce(m.energySavingTce) + (m.energySavingTce < 0 ? " (adds)" : ""))
        }
        rows.append(TextBarChart.Row(label: "合计 all measures", value: total, valueText: tce(total)))
        let scale = max(needed, total, measures.map(\.energySavingTce).max() ?? 0, 1) * 1.05
        let verdict = total >= needed
            ? "together \(tce(total)) tce of the \(tce(needed)) needed: \(tce(total - needed)) to spare"
            : "together \(tce(total)) tce of the \(tce(needed)) needed: \(tce(needed - total)) still to save"
        var notes = [verdict]
        if measures.isEmpty { notes.insert("no measures: business as usual", at: 0) }
        return TextBarChart(
            title: "\(r.scenario): 2015 saving of each measure against BAU (tce), largest first 节能量",
            rows: rows, scaleMax: scale, marker: (needed, "needed 需节约 \(tce(needed))"),
            notes: notes, gapBefore: [rows.count - 1])
    }

    /// Each township's intensity decrease 2014→2015 as a bar, its target as the line; ✓ met, ✗ missed.
    public static func townships(_ r: ScenarioResult) -> TextBarChart {
        let ts = r.townships
        let rows = ts.map { t in
            TextBarChart.Row(label: "\(t.name) \(t.id)", value: -t.intensityChange,
                             valueText: percent(t.intensityChange) + (t.intensityChange > 0 ? " (rises)" : ""),
                             verdict: t.met ? .met : .missed)
        }
        let target = ts.first?.target ?? -0.02
        let sameTarget = ts.allSatisfy { $0.target == target }
        let deepest = max(ts.map { -$0.intensityChange }.max() ?? 0, -target, 0.001)
        let met = ts.filter(\.met).count
        var notes = ["\(met) of \(ts.count) townships meet their target (bar: intensity decrease; longer is better)"]
        if !sameTarget { notes.append("targets differ between townships: the line is the first one's; the marks are each township's own") }
        return TextBarChart(
            title: "\(r.scenario): intensity change of each township 2014→2015 单位GDP能耗变化",
            rows: rows, scaleMax: deepest * 1.05, marker: (-target, "target 目标 \(percent(target))"), notes: notes)
    }

    /// Each water total as a share of its cap; the line is the cap.
    public static func water(_ r: ScenarioResult) -> TextBarChart {
        let goals = WaterPollutant.allCases.compactMap { w in r.goal(w.id).map { (w, $0) } }
        let rows = goals.map { w, g in
            let share = g.limit > 0 ? g.value / g.limit : 0
            return TextBarChart.Row(
                label: "\(w.chineseName) \(w.id)", value: share,
                valueText: "\(NumberFormat.fixed(share * 100, decimals: 1, grouping: false)) % (\(NumberFormat.fixed(g.value, decimals: 1, grouping: true)) of \(NumberFormat.fixed(g.limit, decimals: 1, grouping: true)) t)",
                verdict: g.met ? .met : .missed)
        }
        let top = max(rows.map(\.value).max() ?? 0, 1) * 1.1
        let over = goals.filter { !$0.1.met }.count
        return TextBarChart(
            title: "\(r.scenario): each 2015 water total as a share of its cap 水污染物",
            rows: rows, scaleMax: top, marker: (1, "cap 控制目标 100 %"),
            notes: [over == 0 ? "every water total is under its cap" : "\(over) of \(goals.count) water totals over their cap"])
    }

    static func tce(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 0, grouping: true) }

    static func percent(_ fraction: Double) -> String {
        NumberFormat.fixed(fraction * 100, decimals: 2, grouping: false) + " %"
    }
}
