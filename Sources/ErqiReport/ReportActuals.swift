import ErqiModel

/// The section of the year-to-date figures (docs/MODEL.md §14): for each scenario that has
/// them, each sector's figure beside the model's own months, the ratio, and the year projected
/// from it against the model's year. Left out when no scenario has figures.
enum ReportActuals {

    static func section(_ input: ReportInput) -> String {
        guard input.scenarios.contains(where: { $0.result.actuals != nil }) else { return "" }
        var s = "<section id=\"actuals\">\n<h2>年内实际数据 <span class=\"en\">Year-to-date figures and the year they project</span></h2>\n"
        for sc in input.scenarios {
            guard let a = sc.result.actuals else {
                s += "<p class=\"note\">\(HTMLText.escape(sc.name)): no year-to-date figures; projected by the model alone.</p>\n"
                continue
            }
            let months = a.throughMonth == 1 ? "1月 January" : "1–\(a.throughMonth)月 January–\(englishMonth(a.throughMonth))"
            s += "<h3>\(HTMLText.escape(sc.name)) <span class=\"en\">\(months)</span></h3>\n"
            s += "<p class=\"meta\">来源 Source: \(HTMLText.escape(a.source ?? "not given"))</p>\n"
            s += "<table class=\"actuals\" data-scenario=\"\(HTMLText.escape(sc.name))\" data-through-month=\"\(a.throughMonth)\">\n"
            s += "<thead><tr><th>部门 sector</th><th>指标 figure</th><th class=\"num\">实际 actual</th><th class=\"num\">模型同期 model, same months</th>"
                + "<th class=\"num\">比 ratio</th><th class=\"num\">全年预测 projected year</th><th class=\"num\">模型全年 model year</th>"
                + "<th class=\"num\">差 difference</th></tr></thead>\n<tbody>\n"
            for (lines, key, label) in [(a.energy, "energy_tce", "能耗 energy, tce"), (a.valueAdded, "value_added", "增加值 value added, 万元")] {
                for l in lines {
                    let sector = Sector(id: l.sector).map { "\($0.chineseName) \($0.id)" } ?? l.sector
                    s += "<tr data-sector=\"\(HTMLText.escape(l.sector))\" data-figure=\"\(key)\"><td>\(HTMLText.escape(sector))</td><td>\(label)</td>"
                        + "<td class=\"num\">\(ReportNumber.fixed(l.actual, decimals: 0))</td>"
                        + "<td class=\"num\">\(ReportNumber.fixed(l.modelYearToDate, decimals: 0))</td>"
                        + "<td class=\"num\">\(ReportNumber.fixed(l.ratio, decimals: 3))</td>"
                        + "<td class=\"num\">\(ReportNumber.fixed(l.projected, decimals: 0))</td>"
                        + "<td class=\"num\">\(ReportNumber.fixed(l.model, decimals: 0))</td>"
                        + "<td class=\"num\">\(signed(l.surprise))</td></tr>\n"
                }
            }
            s += "</tbody>\n</table>\n"
        }
        s += "<p class=\"legend\">A sector with a figure runs the rest of the year at its ratio to the model's own months "
            + "(its business as usual and each measure's part not yet delivered); the other sectors, and water, follow the model alone. "
            + "Every 2015 figure in this report already includes these projections.</p>\n"
        return s + "</section>\n"
    }

    static func englishMonth(_ m: Int) -> String {
        ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"][m]
    }

    static func signed(_ v: Double) -> String {
        let text = ReportNumber.fixed(v, decimals: 0)
        return v > 0 && !text.hasPrefix("+") ? "+" + text : text
    }
}
