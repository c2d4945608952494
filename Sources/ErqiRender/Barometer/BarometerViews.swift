public import ErqiFiles
public import ErqiModel

/// The barometer as a table (for people, CSV, Markdown) and as `erqi-barometer` JSON.
public enum BarometerViews {
    /// One row per goal: value, target, margin, band, grade (绿/黄/红 with the English word) and
    /// the monthly saving still needed. With a Monte Carlo run, P(met) and its 95 % interval beside the grade (for people one
    /// column, for CSV — `withScenarioColumn` — three numeric ones, empty when not computed).
    public static func table(_ b: Barometer, withScenarioColumn: Bool = false) -> Table {
        let chances = withScenarioColumn || b.monteCarlo != nil
        let rows: [[Cell]] = b.entries.map { e in
            let g = e.goal
            let isFraction = g.unit == "fraction"
            func cell(_ v: Double, _ d: Int) -> Cell { isFraction ? .percent(v, decimals: d) : .number(v, decimals: g.unit == "t" || g.unit == "km2" ? 2 : 0) }
            var row: [Cell] = [.text(g.id), cell(g.value, 2), .text(g.direction.rawValue), cell(g.limit, 1), cell(g.margin, 2),
                               cell(e.band, 2), .text(isFraction ? "%" : g.unit), .text(e.grade.label), .text(e.grade.meaning),
                               e.monthlySavingNeededTce.map { .number($0, decimals: 0) } ?? .empty]
            if withScenarioColumn { row.insert(.text(b.scenario), at: 0) }
            row.insert(contentsOf: BarometerChanceColumns.cells(e.chance, machine: withScenarioColumn, shown: chances), at: row.count - 1)
            return row
        }
        var columns = [Column("goal"), Column("value", right: true), Column("op", ""), Column("limit", "target", right: true),
                       Column("margin", right: true), Column("band", "± band", right: true), Column("unit"),
                       Column("grade"), Column("meaning"), Column("monthly_saving_needed_tce", "tce/month needed", right: true)]
        if withScenarioColumn { columns.insert(Column("scenario"), at: 0) }
        columns.insert(contentsOf: BarometerChanceColumns.columns(machine: withScenarioColumn, shown: chances), at: columns.count - 1)
        let counts = Grade.allCases.map { "\(b.count($0)) \($0.label)" }.joined(separator: ", ")
        var notes = ["\(b.scenario): \(counts). Green: margin ≥ band; yellow: within the band either side of the target; red: short by the band or more. Margins and bands of % goals are in percentage points."]
        notes.append(b.throughMonth.map { "Year-to-date figures through month \($0)." }
                     ?? "No year-to-date figures: the grades rest on the model's projection alone, and no monthly saving is computed.")
        notes.append(BarometerChanceColumns.note(b))
        return Table(title: "Barometer 晴雨表 — \(b.scenario)", columns: columns, rows: rows, notes: notes)
    }

    /// `{"format": "erqi-barometer", "version": 1, "scenario", "through_month", "monte_carlo", "goals": [...]}`.
    public static func json(_ b: Barometer) -> JSONValue { BarometerCodec.encode(b) }

    /// The grade words of a rendered table coloured for a terminal; the words stay, so the
    /// text reads the same without colour.
    public static func coloured(_ text: String) -> String {
        var out = text
        for g in Grade.allCases {
            out = out.replacingAll(g.label, with: g.ansiColour + g.label + "\u{1B}[0m")
        }
        return out
    }
}
