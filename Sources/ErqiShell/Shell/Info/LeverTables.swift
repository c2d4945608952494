import ErqiModel
import ErqiRender

/// Tables describing the levers: `levers`, and `show LEVER`.
enum LeverTables {
    /// One row per lever: name, 中文, task, lead unit, sector, fields with units and defaults.
    static func levers(baseline: Baseline) -> Table {
        let rows: [[Cell]] = LeverCatalog.all.map { spec in
            [.text(spec.kind.id), .text(spec.chineseTitle), .text(spec.planTask.map(String.init) ?? "targets"),
             .text(spec.leadUnit), .text(spec.sector.id + (spec.sectorIsField ? "*" : "")),
             .text(spec.fields.map { fieldSummary($0, baseline: baseline) }.joined(separator: ", "))]
        }
        return Table(columns: [Column("lever"), Column("chinese", "中文"), Column("task"), Column("lead_unit", "牵头单位"),
                               Column("sector"), Column("fields", "fields (unit, default)")],
                     rows: rows,
                     notes: ["* the sector may be set per measure. Every measure also takes start_month, profile, township and note; `show LEVER` describes one."])
    }

    /// `capacity_tph (t/h, 0)`, `hours (h, boiler.hours = 5000)`, `count.CLASS (vehicles, 0)`.
    static func fieldSummary(_ f: FieldSpec, baseline: Baseline) -> String {
        let name = f.kind == .vehicleCount ? "count.CLASS" : f.name
        return "\(name) (\(f.unit), \(defaultText(f, baseline: baseline)))"
    }

    static func defaultText(_ f: FieldSpec, baseline: Baseline) -> String {
        switch f.defaultValue {
        case .zero: return "0"
        case .parameter(let c): return "\(c.key) = \(baseline.parameter(c.key).map { formatNumber($0.value) } ?? "?")"
        }
    }

    /// `show LEVER`: what it models, who leads it, its fields and defaults.
    static func show(_ kind: LeverKind, baseline: Baseline) -> Reply {
        let spec = kind.spec
        var head = "\(kind.id): \(spec.title) (\(spec.chineseTitle))\n"
        head += "plan task \(spec.planTask.map(String.init) ?? "— (water targets)"), lead unit \(spec.leadUnit)\n"
        head += "acts on \(spec.sector.id)\(spec.sectorIsField ? " (a measure may name another sector)" : ""); "
        head += "profile \(spec.defaultProfile); in force from month \(spec.defaultStartMonth)"
        if let t = spec.defaultTownship { head += "; located in \(t)" }
        head += "\neffect: \(spec.effect)"
        var rows: [[Cell]] = spec.fields.map { f in
            [.text(f.kind == .vehicleCount ? "count.CLASS" : f.name), .text(f.unit), .text(defaultText(f, baseline: baseline)), .text(f.summary)]
        }
        if spec.fields.contains(where: { $0.kind == .vehicleCount }) {
            rows.append([.text("classes"), .empty, .empty,
                         .text(baseline.vehicleClasses.map { "\($0.id) (\($0.fuel.id))" }.joined(separator: ", "))])
        }
        var reply = Reply(head)
        reply.add(Table(columns: [Column("field"), Column("unit"), Column("default"), Column("meaning")], rows: rows,
                        notes: ["add one with: add \(kind.id) [as ID]"]))
        return reply
    }
}
