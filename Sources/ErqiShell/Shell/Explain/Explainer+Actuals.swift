import ErqiModel

extension Explainer {
    /// `explain actuals`: for each sector with a year-to-date figure, W(k), each measure's
    /// F_j(k), the model's year to date M, the ratio r and the projected year (docs/MODEL.md §14).
    func actualsLines(_ book: inout ParameterBook) -> [String] {
        guard let a = result.actuals else {
            return ["the scenario has no year-to-date figures: every sector is projected by the model alone (docs/MODEL.md §3–§5); "
                    + "`actual through MONTH` and `actual energy SECTOR VALUE` give them"]
        }
        let n = ExplainNumber.text
        let k = a.throughMonth
        var lines = ["year-to-date figures for January to month k = \(k)" + (a.source.map { " (source: \($0))" } ?? "")]
        lines.append("each measure j's share of its 2015 effect delivered by month k, F_j(k) = Σ_{S_j≤m≤k} w[m] / Σ_{S_j≤m≤12} w[m] over its load profile (0 before its start month S_j):")
        for (j, m) in scenario.measures.enumerated() where j < a.measureShares.count {
            let start = result.measures[j].startMonth
            lines.append("  \(m.id): start month \(start), F = \(n(a.measureShares[j]))")
        }
        func sector(_ l: ActualsLine, valueAdded: Bool) {
            let unit = valueAdded ? "万元" : "tce"
            let kind = valueAdded ? SectorProfileKind.valueAdded : .energy
            if let s = Sector(id: l.sector) {
                for m in 1...12 { _ = book.value(.sectorProfile(kind, s, month: m)) }
            }
            lines.append("")
            lines.append("\(l.sector) \(valueAdded ? "value added" : "energy"):")
            lines.append("  W(k) = share of January…\(k) in the shape profile.\(kind.id).\(l.sector) = \(n(l.bauShare))")
            lines.append("  BAU 2015 = \(n(l.bau)) \(unit)")
            var terms: [String] = []
            for (j, mr) in result.measures.enumerated() where mr.sector == l.sector && j < a.measureShares.count {
                let d = valueAdded ? mr.gdpChange : -mr.energySavingTce
                if d != 0 { terms.append((d < 0 ? " − " : " + ") + "\(n(abs(d)))·\(n(a.measureShares[j])) (\(mr.id))") }
            }
            lines.append("  M = BAU·W(k) + Σ d_j·F_j(k) = \(n(l.bau))·\(n(l.bauShare))" + terms.joined()
                         + " = \(n(l.modelYearToDate)) \(unit)")
            lines.append("  r = actual / M = \(n(l.actual)) / \(n(l.modelYearToDate)) = \(n(l.ratio))")
            lines.append("  T15 = r·BAU + Σ d_j·(1 + (r − 1)·F_j(k)) = \(n(l.projected)) \(unit) (the model alone: \(n(l.model)); surprise \(n(l.surprise)))")
            if !valueAdded {
                lines.append("  its fuels, CO₂ and air pollutants are scaled by T15 / T15_model = \(n(l.model > 0 ? l.projected / l.model : 0))")
            }
        }
        for l in a.energy { sector(l, valueAdded: false) }
        for l in a.valueAdded { sector(l, valueAdded: true) }
        lines.append("")
        lines.append("the totals, goals and townships use the projected figures; energy_bau_2015_tce stays the model's business as usual")
        return lines
    }
}
