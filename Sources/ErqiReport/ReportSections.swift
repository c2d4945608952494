import ErqiModel

/// The report's text sections: verdict cards, measures, differing inputs, the honesty note.
enum ReportSections {
    /// One card per scenario: every district goal with value, limit, margin and verdict, the
    /// tce still to save, and how many townships meet their target.
    static func verdicts(_ input: ReportInput) -> String {
        var s = "<section id=\"verdicts\">\n<h2>结论 <span class=\"en\">Verdict, goal by goal</span></h2>\n<div class=\"grid cards\">\n"
        for sc in input.scenarios {
            let r = sc.result
            let missed = r.goals.filter { !$0.met }.count
            let district = r.goals.filter { !$0.id.hasPrefix("township.") }
            let towns = r.goals.filter { $0.id.hasPrefix("township.") }
            let allMet = missed == 0
            s += "<article class=\"card \(allMet ? "met" : "missed")\" data-scenario=\"\(HTMLText.escape(sc.name))\" data-verdict=\"\(allMet ? "met" : "missed")\">\n"
            s += "<h3>\(HTMLText.escape(sc.name))</h3>\n"
            s += allMet
                ? "<p class=\"overall met\">✓ 全部目标达成 all \(r.goals.count) goals met</p>\n"
                : "<p class=\"overall missed\">✗ 未达标 \(missed) of \(r.goals.count) goals missed</p>\n"
            let gap = r.totals.energyGapTce
            s += gap > 0
                ? "<p class=\"gap\">仍需节约 still to save: <strong data-gap-tce=\"\(ReportNumber.coord(gap))\">\(ReportNumber.fixed(gap, decimals: 0)) tce</strong> to meet the intensity goal</p>\n"
                : "<p class=\"gap\">仍需节约 still to save: <strong data-gap-tce=\"0\">0 tce</strong> (\(ReportNumber.fixed(-gap, decimals: 0)) tce to spare 富余)</p>\n"
            s += "<table>\n<thead><tr><th>目标 goal</th><th class=\"num\">2015<span class=\"sub\">限值 limit</span></th>"
                + "<th class=\"num\">余量 margin<span class=\"sub\">结论 verdict</span></th></tr></thead>\n<tbody>\n"
            for g in district { s += goalRow(g, label: g.label) }
            s += "</tbody>\n</table>\n"
            let townsMet = towns.filter(\.met).count
            let districtMet = district.filter(\.met).count
            s += "<p class=\"note\">区级目标 District goals met: <strong>\(districtMet) of \(district.count)</strong>. "
                + "乡镇(街道) Townships meeting their target: <strong>\(townsMet) of \(towns.count)</strong>"
            let missedNames = r.townships.filter { !$0.met }.map(\.name)
            if !missedNames.isEmpty && missedNames.count <= 6 {
                s += "; missed: " + HTMLText.escape(missedNames.joined(separator: "、"))
            }
            s += " (each with its margin under <a href=\"#townships\">townships</a>).</p>\n"
            s += "</article>\n"
        }
        return s + "</div>\n</section>\n"
    }

    static func goalRow(_ g: GoalResult, label: String) -> String {
        let verdict = g.met ? "met" : "missed"
        return "<tr class=\"\(verdict)\" data-goal=\"\(HTMLText.escape(g.id))\" data-verdict=\"\(verdict)\"><td>\(HTMLText.escape(label))</td>"
            + "<td class=\"num\">\(HTMLText.escape(GoalFormat.value(g, g.value)))<span class=\"sub\">\(HTMLText.escape(GoalFormat.limit(g)))</span></td>"
            + "<td class=\"num\">\(HTMLText.escape(GoalFormat.margin(g)))<span class=\"verdict\">\(GoalFormat.verdict(g.met))</span></td></tr>\n"
    }

    /// Each scenario's measures: lever, where, from when, the saving, the plan task and 牵头单位.
    static func measures(_ input: ReportInput) -> String {
        var s = "<section id=\"measures\">\n<h2>措施 <span class=\"en\">Measures, their plan task and lead unit (牵头单位)</span></h2>\n"
        let tasks = Dictionary(input.planTasks.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        for sc in input.scenarios {
            let r = sc.result
            s += "<h3>\(HTMLText.escape(sc.name)) <span class=\"en\">\(r.measures.count) measures</span></h3>\n"
            if r.measures.isEmpty {
                s += "<p class=\"note\">No measures: business as usual.</p>\n"
                continue
            }
            s += "<table data-scenario=\"\(HTMLText.escape(sc.name))\">\n<thead><tr><th>措施 measure</th><th>杠杆 lever</th><th>地点 where</th><th class=\"num\">起始 from</th>"
                + "<th class=\"num\">节能 tce</th><th class=\"num\">CO₂ t</th><th>任务 plan task</th><th>牵头单位 lead unit</th></tr></thead>\n<tbody>\n"
            for m in r.measures {
                let lever = LeverKind(id: m.lever)?.spec
                let leverText = (lever.map { $0.chineseTitle + " " } ?? "") + m.lever
                let sector = Sector(id: m.sector).map { "\($0.chineseName) \($0.id)" } ?? m.sector
                let place = m.township.map { id in
                    (r.townships.first { $0.id == id }?.name).map { "\($0) \(id)" } ?? id
                } ?? "\(sector), 按份额 by share"
                let task: String
                if let n = m.planTask {
                    task = tasks[n].map { "\(n). \($0.title) \($0.englishTitle)" } ?? "\(n)."
                } else {
                    task = "— (水污染物目标 water targets)"
                }
                let month = m.startMonth >= 13 ? "not in 2015" : "\(m.startMonth) 月"
                s += "<tr><td><code>\(HTMLText.escape(m.id))</code></td><td>\(HTMLText.escape(leverText))</td><td>\(HTMLText.escape(place))</td>"
                    + "<td class=\"num\">\(HTMLText.escape(month))</td><td class=\"num\">\(ReportNumber.fixed(m.energySavingTce, decimals: 0))</td>"
                    + "<td class=\"num\">\(ReportNumber.fixed(m.co2ReductionT, decimals: 0))</td><td>\(HTMLText.escape(task))</td><td>\(HTMLText.escape(m.leadUnit))</td></tr>\n"
            }
            s += "</tbody>\n</table>\n"
        }
        return s + "</section>\n"
    }

    /// The inputs that differ between the scenarios, one column per scenario.
    static func differences(_ input: ReportInput) -> String {
        var s = "<section id=\"inputs\">\n<h2>情景差异 <span class=\"en\">Inputs that differ between the scenarios</span></h2>\n"
        if input.scenarios.count < 2 {
            return s + "<p class=\"note\">One scenario: nothing to compare. Name several files to see their differences here.</p>\n</section>\n"
        }
        if input.differences.isEmpty {
            return s + "<p class=\"note\">The scenarios have the same inputs.</p>\n</section>\n"
        }
        s += "<table>\n<thead><tr><th>输入 input</th>"
        for sc in input.scenarios { s += "<th>\(HTMLText.escape(sc.name))</th>" }
        s += "</tr></thead>\n<tbody>\n"
        for row in input.differences {
            s += "<tr><td><code>\(HTMLText.escape(row.path))</code></td>"
            for v in row.values { s += "<td>\(HTMLText.escape(v))</td>" }
            s += "</tr>\n"
        }
        return s + "</tbody>\n</table>\n</section>\n"
    }

    /// Which figures are estimates, the baseline's identity, erqi's version and the date.
    static func honesty(_ input: ReportInput) -> String {
        let b = input.baseline
        let p = input.provenance
        var groups: [(String, Int, Int)] = []
        for par in b.parameters {
            let key = String(par.key.prefix { $0 != "." })
            if let i = groups.firstIndex(where: { $0.0 == key }) {
                groups[i].2 += 1
                if par.isEstimate { groups[i].1 += 1 }
            } else {
                groups.append((key, par.isEstimate ? 1 : 0, 1))
            }
        }
        let estimated = groups.filter { $0.1 > 0 }.map { "<code>\(HTMLText.escape($0.0))</code> \($0.1)/\($0.2)" }
        let sourced = groups.filter { $0.1 == 0 }.map { "<code>\(HTMLText.escape($0.0))</code>" }
        var s = "<section id=\"honesty\">\n<h2>数据说明 <span class=\"en\">How far to trust these numbers</span></h2>\n<div class=\"note\">\n"
        s += "<p><strong>\(b.estimateCount) of \(b.parameters.count)</strong> baseline parameters are estimates (calibrated, not taken from a published figure). "
            + "Every 2015 figure above is projected from them, so every total, intensity, township change and water total in this report is an estimate; "
            + "the goals' limits and the sourced coefficients are not.</p>\n"
        s += "<p>Estimated, by parameter group (estimated/all): \(estimated.joined(separator: ", ")).</p>\n"
        if !sourced.isEmpty { s += "<p>Entirely sourced: \(sourced.joined(separator: ", ")).</p>\n" }
        for sc in input.scenarios where sc.assumptionCount > 0 {
            s += "<p>\(HTMLText.escape(sc.name)) overrides \(sc.assumptionCount) baseline parameter\(sc.assumptionCount == 1 ? "" : "s") with its own assumptions.</p>\n"
        }
        let warnings = input.scenarios.flatMap { sc in sc.result.warnings.map { (sc.name, $0) } }
        for (name, w) in warnings { s += "<p>⚠ \(HTMLText.escape(name)): \(HTMLText.escape(w))</p>\n" }
        s += "<table>\n<tbody>\n"
        s += "<tr><th>基线 baseline</th><td><code>\(HTMLText.escape(b.id))</code> — \(HTMLText.escape(b.title)) (\(HTMLText.escape(p.baselineSource)))</td></tr>\n"
        s += "<tr><th>SHA-256</th><td><code>\(HTMLText.escape(p.baselineSHA256.isEmpty ? "unknown" : p.baselineSHA256))</code></td></tr>\n"
        s += "<tr><th>erqi</th><td>\(HTMLText.escape(p.erqiVersion))</td></tr>\n"
        s += "<tr><th>日期 date</th><td>\(HTMLText.escape(p.date))</td></tr>\n"
        s += "</tbody>\n</table>\n"
        s += "<p>In the shell, <code>sources</code> lists each estimate with its derivation; docs/MODEL.md explains the model.</p>\n"
        return s + "</div>\n</section>\n"
    }
}
