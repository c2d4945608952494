import ErqiModel
import ErqiRender

/// Parameters as `show KEY` and `sources` present them.
enum ParameterText {
    /// Value, unit, source or estimate note, and the assumed value if the scenario overrides it.
    static func describe(_ p: Parameter, baseline: Baseline, scenario: Scenario) -> String {
        var lines = ["\(p.key) = \(formatNumber(p.value)) \(p.unit)"]
        if p.isEstimate {
            lines.append("source: estimate — \(p.note ?? "no note")")
        } else if let s = baseline.sources.first(where: { $0.id == p.source }) {
            lines.append("source: \(s.id) — \(s.title) (confidence \(s.confidence))\(s.url.map { ", \($0)" } ?? "")")
            if let note = p.note { lines.append("note: \(note)") }
        } else {
            lines.append("source: \(p.source)")
        }
        if let v = scenario.assumptions[p.key] {
            lines.append("assumed in this scenario: \(formatNumber(v)) \(p.unit) (baseline \(formatNumber(p.value)))")
        }
        return lines.joined(separator: "\n")
    }

    /// Key, value (assumed value marked), unit, source, and the note when asked.
    static func table(_ params: [Parameter], scenario: Scenario, withNotes: Bool = false) -> Table {
        let rows: [[Cell]] = params.map { p in
            let assumed = scenario.assumptions[p.key]
            var row: [Cell] = [.text(p.key), .text(formatNumber(assumed ?? p.value) + (assumed == nil ? "" : " (assumed)")),
                               .text(p.unit), .text(p.source)]
            if withNotes { row.append(.text(p.note ?? "")) }
            return row
        }
        var columns = [Column("key"), Column("value", right: true), Column("unit"), Column("source")]
        if withNotes { columns.append(Column("note")) }
        return Table(columns: columns, rows: rows)
    }
}
