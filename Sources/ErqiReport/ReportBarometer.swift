import ErqiModel

/// The report's first section: the barometer (晴雨表) of each scenario, every goal and township
/// with its grade in words (绿 green, 黄 yellow, 红 red) as well as colour, its margin and band.
enum ReportBarometer {
    static func section(_ input: ReportInput) -> String {
        var s = "<section id=\"barometer\">\n<h2>晴雨表 <span class=\"en\">Barometer: how each target stands (plan task 16)</span></h2>\n"
        s += "<div class=\"grid cards\">\n"
        for sc in input.scenarios { s += card(sc) }
        s += "</div>\n<p class=\"legend\">绿 green, on track: margin ≥ band. 黄 yellow, warning: within the band either side of the target. "
            + "红 red, off track: short by the band or more. Margins and bands of intensity changes are in percentage points; "
            + "the bands are the baseline's <code>warning.band.*</code> parameters.</p>\n"
        return s + "</section>\n"
    }

    static func card(_ sc: ReportScenario) -> String {
        let name = HTMLText.escape(sc.name)
        var s = "<div class=\"card barometer\" data-scenario=\"\(name)\">\n<h3>\(name)</h3>\n"
        guard let b = sc.barometer else {
            return s + "<p class=\"note\">No barometer: the baseline lacks the <code>warning.band.*</code> parameters.</p>\n</div>\n"
        }
        s += "<p class=\"counts\">" + Grade.allCases.map { "\(badge($0)) <strong>\(b.count($0))</strong>" }.joined(separator: " · ")
        if let k = b.throughMonth { s += " · 1–\(k) 月 year to date" }
        s += "</p>\n"
        s += "<table>\n<thead><tr><th>目标 goal</th><th class=\"num\">余量 margin</th><th class=\"num\">预警带 band</th>"
            + "<th>等级 grade</th></tr></thead>\n<tbody>\n"
        for e in b.entries {
            let g = e.goal
            let label = self.label(g, sc.result)
            var grade = badge(e.grade)
            if let need = e.monthlySavingNeededTce {
                grade += "<span class=\"sub\">\(ReportNumber.fixed(need, decimals: 0)) tce/月 month needed</span>"
            }
            s += "<tr class=\"grade-\(e.grade.rawValue)\" data-barometer-goal=\"\(HTMLText.escape(g.id))\" data-grade=\"\(e.grade.rawValue)\">"
                + "<td>\(label)</td>"
                + "<td class=\"num\">\(HTMLText.escape(GoalFormat.margin(g)))</td><td class=\"num\">± \(HTMLText.escape(band(g, e.band)))</td>"
                + "<td>\(grade)</td></tr>\n"
        }
        return s + "</tbody>\n</table>\n</div>\n"
    }

    /// A township's name; a district goal's Chinese name with the English below it (escaped HTML).
    static func label(_ g: GoalResult, _ r: ScenarioResult) -> String {
        if g.id.hasPrefix("township."), let t = r.townships.first(where: { "township.\($0.id)" == g.id }) {
            return HTMLText.escape(t.name)
        }
        guard let space = g.label.firstIndex(of: " ") else { return HTMLText.escape(g.label) }
        return HTMLText.escape(String(g.label[..<space]))
            + "<span class=\"sub\">\(HTMLText.escape(String(g.label[g.label.index(after: space)...])))</span>"
    }

    /// `绿 green` in a box whose colour, border and weight differ by grade, so that the words
    /// carry it in greyscale too.
    static func badge(_ g: Grade) -> String {
        "<span class=\"grade \(g.rawValue)\">\(g.label)</span>"
    }

    /// The band in the goal's unit (percentage points for intensity changes).
    static func band(_ g: GoalResult, _ b: Double) -> String {
        switch g.unit {
        case "fraction": ReportNumber.fixed(b * 100, decimals: 2) + " pp"
        case "t": ReportNumber.fixed(b, decimals: 2) + " t"
        case "km2": ReportNumber.fixed(b, decimals: 2) + " km²"
        default: ReportNumber.fixed(b, decimals: 0) + " " + g.unit
        }
    }
}
