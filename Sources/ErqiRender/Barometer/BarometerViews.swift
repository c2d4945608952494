public import ErqiFiles
import ErqiModel

/// The barometer as a table (for people, CSV, Markdown) and as `erqi-barometer` JSON.
public enum BarometerViews {
    /// One row per goal: value, target, margin, band, grade (绿/黄/红 with the English word) and
    /// the monthly saving still needed.
    public static func table(_ b: Barometer, withScenarioColumn: Bool = false) -> Table {
        let rows: [[Cell]] = b.entries.map { e in
            let g = e.goal
            let isFraction = g.unit == "fraction"
            func cell(_ v: Double, _ d: Int) -> Cell { isFraction ? .percent(v, decimals: d) : .number(v, decimals: g.unit == "t" || g.unit == "km2" ? 2 : 0) }
            var row: [Cell] = [.text(g.id), cell(g.value, 2), .text(g.direction.rawValue), cell(g.limit, 1), cell(g.margin, 2),
                               cell(e.band, 2), .text(isFraction ? "%" : g.unit), .text(e.grade.label), .text(e.grade.meaning),
                               e.monthlySavingNeededTce.map { .number($0, decimals: 0) } ?? .empty]
            if withScenarioColumn { row.insert(.text(b.scenario), at: 0) }
            return row
        }
        var columns = [Column("goal"), Column("value", right: true), Column("op", ""), Column("limit", "target", right: true),
                       Column("margin", right: true), Column("band", "± band", right: true), Column("unit"),
                       Column("grade"), Column("meaning"), Column("monthly_saving_needed_tce", "tce/month needed", right: true)]
        if withScenarioColumn { columns.insert(Column("scenario"), at: 0) }
        let counts = Grade.allCases.map { "\(b.count($0)) \($0.label)" }.joined(separator: ", ")
        var notes = ["\(b.scenario): \(counts). Green: margin ≥ band; yellow: within the band either side of the target; red: short by the band or more. Margins and bands of % goals are in percentage points."]
        notes.append(b.throughMonth.map { "Year-to-date figures through month \($0)." }
                     ?? "No year-to-date figures: the grades rest on the model's projection alone, and no monthly saving is computed.")
        return Table(title: "Barometer 晴雨表 — \(b.scenario)", columns: columns, rows: rows, notes: notes)
    }

    /// `{"format": "erqi-barometer", "version": 1, "scenario", "through_month", "goals": [...]}`.
    public static func json(_ b: Barometer) -> JSONValue {
        .object([
            ("format", .string("erqi-barometer")), ("version", .number(1)), ("scenario", .string(b.scenario)),
            ("through_month", b.throughMonth.map { .number(Double($0)) } ?? .null),
            ("goals", .array(b.entries.map { e in
                .object([("id", .string(e.goal.id)), ("value", .number(e.goal.value)), ("limit", .number(e.goal.limit)),
                         ("margin", .number(e.goal.margin)), ("band", .number(e.band)), ("grade", .string(e.grade.rawValue)),
                         ("unit", .string(e.goal.unit)),
                         ("monthly_saving_needed_tce", e.monthlySavingNeededTce.map(JSONValue.number) ?? .null)])
            })),
        ])
    }

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
