import ErqiModel

/// The report's pictures, each an inline SVG drawn from one scenario's result.
enum ReportCharts {
    /// The saving against business as usual that the intensity goal asks for, tce:
    /// what the measures save plus what is still missing (or less the room to spare).
    static func neededSavingTce(_ t: ResultTotals) -> Double {
        t.energyBAU2015Tce - t.energy2015Tce + t.energyGapTce
    }

    /// Each measure's saving as a bar, largest first, the measures stacked in a total bar,
    /// and the saving needed against BAU as a dashed line over all of them.
    static func wedges(_ r: ScenarioResult) -> String {
        let measures = r.measures.enumerated().sorted {
            $0.element.energySavingTce != $1.element.energySavingTce
                ? $0.element.energySavingTce > $1.element.energySavingTce : $0.offset < $1.offset
        }.map(\.element)
        let needed = neededSavingTce(r.totals)
        let total = measures.reduce(0) { $0 + $1.energySavingTce }
        let positive = measures.reduce(0) { $0 + max($1.energySavingTce, 0) }
        let lowest = measures.map(\.energySavingTce).min() ?? 0
        var g = SVGBars(low: min(0, lowest * 1.05), high: max(needed, positive, 1) * 1.05)
        g.labelWidth = 210
        let rows = measures.count + 2
        let title = "\(r.scenario): 各措施节能量 saving of each measure against the \(ReportNumber.fixed(needed, decimals: 0)) tce needed"
        var s = g.open(rows: rows, title: title)
        s += g.axis(rows: rows, ticks: g.ticks()) { ReportNumber.fixed($0, decimals: 0) }
        for (i, m) in measures.enumerated() {
            s += "<g data-measure=\"\(HTMLText.escape(m.id))\">"
            s += g.label(row: i, m.id)
            s += g.bar(row: i, from: 0, to: m.energySavingTce, cls: m.energySavingTce >= 0 ? "bar" : "bar over")
            s += g.value(row: i, ReportNumber.fixed(m.energySavingTce, decimals: 0) + " tce")
            s += "</g>"
        }
        // The stacked total: positive wedges end to end, shades alternating.
        let totalRow = measures.count + 1
        var start = 0.0
        var shade = false
        for m in measures where m.energySavingTce > 0 {
            s += g.bar(row: totalRow, from: start, to: start + m.energySavingTce, cls: shade ? "bar alt" : "bar", inset: 2)
            start += m.energySavingTce
            shade.toggle()
        }
        if measures.isEmpty {
            s += "<text class=\"small\" x=\"\(ReportNumber.coord(g.x(0) + 8))\" y=\"\(ReportNumber.coord(g.rowTop(0) + g.rowHeight * 0.68))\">无措施 no measures: business as usual</text>"
        }
        s += g.label(row: totalRow, "合计 all measures", cls: nil)
        s += g.value(row: totalRow, ReportNumber.fixed(total, decimals: 0) + " tce")
        s += g.marker(at: needed, rows: rows, cls: "target", label: "需节约 needed " + ReportNumber.fixed(needed, decimals: 0) + " tce")
        return s + "</svg>"
    }

    /// Each township's intensity change as a bar from zero, its target as a dashed line;
    /// met bars are solid and marked ✓, missed ones hatched and marked ✗.
    static func townships(_ r: ScenarioResult) -> String {
        let ts = r.townships
        let values = ts.map(\.intensityChange) + ts.map(\.target) + [0]
        let lo = (values.min() ?? 0), hi = (values.max() ?? 0)
        let pad = max((hi - lo) * 0.05, 0.001)
        var g = SVGBars(low: lo - pad, high: hi + pad)
        g.labelWidth = 215
        g.valueWidth = 150
        let title = "\(r.scenario): 各乡镇(街道)单位GDP能耗变化 intensity change of each township against its target"
        var s = g.open(rows: ts.count, title: title)
        s += g.axis(rows: ts.count, ticks: g.ticks()) { ReportNumber.fixed($0 * 100, decimals: 1) + " %" }
        for (i, t) in ts.enumerated() {
            let margin = t.target - t.intensityChange
            s += "<g data-goal=\"township.\(HTMLText.escape(t.id))\" data-verdict=\"\(t.met ? "met" : "missed")\">"
            s += g.label(row: i, "\(t.met ? "✓" : "✗") \(t.name) \(t.id)")
            s += g.bar(row: i, from: 0, to: t.intensityChange, cls: t.met ? "bar met" : "bar missed")
            s += g.value(row: i, "\(ReportNumber.percent(t.intensityChange)) (\(ReportNumber.signed(margin * 100, decimals: 2)) pp)")
            s += "</g>"
        }
        let targets = Set(ts.map(\.target))
        for target in targets.sorted() {
            s += g.marker(at: target, rows: ts.count, cls: "target", label: "目标 target " + ReportNumber.percent(target))
        }
        return s + "</svg>"
    }

    /// Each water total as a share of its cap, the cap as a dashed line at 100 %.
    static func water(_ r: ScenarioResult) -> String {
        let goals = WaterPollutant.allCases.compactMap { r.goal($0.id) }
        let shares = goals.map { $0.limit > 0 ? $0.value / $0.limit : 0 }
        var g = SVGBars(low: 0, high: max(1.1, (shares.max() ?? 0) * 1.05))
        g.labelWidth = 215
        g.valueWidth = 185
        let title = "\(r.scenario): 水污染物总量占控制目标 water totals as a share of their caps"
        var s = g.open(rows: goals.count, title: title)
        s += g.axis(rows: goals.count, ticks: g.ticks()) { ReportNumber.fixed($0 * 100, decimals: 0) + " %" }
        for (i, goal) in goals.enumerated() {
            let w = WaterPollutant.allCases[i]
            s += "<g data-goal=\"\(HTMLText.escape(goal.id))\" data-verdict=\"\(goal.met ? "met" : "missed")\">"
            s += g.label(row: i, "\(goal.met ? "✓" : "✗") \(w.chineseName) \(w.id)")
            s += g.bar(row: i, from: 0, to: shares[i], cls: goal.met ? "bar" : "bar over")
            s += g.value(row: i, "\(ReportNumber.fixed(shares[i] * 100, decimals: 1)) %: \(ReportNumber.fixed(goal.value, decimals: 1)) of \(ReportNumber.fixed(goal.limit, decimals: 1)) t")
            s += "</g>"
        }
        s += g.marker(at: 1, rows: goals.count, cls: "target", label: "控制目标 cap 100 %")
        return s + "</svg>"
    }

    /// Energy intensity (tce per 10⁴ yuan of GDP) in 2014, the 2015 target and the 2015
    /// projection, on an axis that does not start at zero (the differences are a few percent).
    static func intensity(_ r: ScenarioResult) -> String {
        let t = r.totals
        let goalChange = r.goal("intensity")?.limit ?? 0
        let target = t.intensity2014 * (1 + goalChange)
        let bau = t.gdp2015 > 0 ? t.energyBAU2015Tce / t.gdp2015 : 0
        let rows: [(String, Double, String)] = [
            ("2014 基年 base year", t.intensity2014, "bar alt"),
            ("2015 照常 BAU", bau, "bar alt"),
            ("2015 预测 projected", t.intensity2015, r.goal("intensity")?.met ?? false ? "bar met" : "bar missed"),
        ]
        let values = rows.map(\.1) + [target]
        let lo = values.min() ?? 0, hi = values.max() ?? 1
        let pad = max((hi - lo) * 0.25, hi * 0.002)
        var g = SVGBars(low: max(0, lo - 2 * pad), high: hi + pad)
        g.labelWidth = 170
        g.valueWidth = 200
        let title = "\(r.scenario): 单位GDP能耗 energy intensity 2014 → 2015 against the target"
        var s = g.open(rows: rows.count, title: title)
        s += g.axis(rows: rows.count, ticks: g.ticks()) { ReportNumber.fixed($0, decimals: 4, grouping: false) }
        for (i, row) in rows.enumerated() {
            s += g.label(row: i, row.0)
            s += g.bar(row: i, from: g.low, to: row.1, cls: row.2)
            let change = t.intensity2014 > 0 ? row.1 / t.intensity2014 - 1 : 0
            s += g.value(row: i, ReportNumber.fixed(row.1, decimals: 4) + (i == 0 ? "" : " (\(ReportNumber.percent(change)))"))
        }
        s += g.marker(at: target, rows: rows.count, cls: "target",
                      label: "目标 target " + ReportNumber.fixed(target, decimals: 4) + " (\(ReportNumber.percent(goalChange)))")
        return s + "</svg>"
    }
}
