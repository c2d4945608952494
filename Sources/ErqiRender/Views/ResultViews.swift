public import ErqiModel

/// Tables of a projection's result, for people and programs alike.
public enum ResultViews {
    /// The headline table of `erqi run` and the shell's `result`: intensity, the tce still
    /// to save, CO₂, air, water against caps, and every goal's status.
    public static func summary(_ r: ScenarioResult, honesty: String? = nil) -> Table {
        let t = r.totals
        var rows: [[Cell]] = []
        func row(_ key: String, _ label: String, _ y14: Cell, _ y15: Cell, _ limit: Cell, _ margin: Cell, _ status: Cell) {
            rows.append([.text(key), .text(label), y14, y15, limit, margin, status])
        }
        let intensity = r.goal("intensity")
        row("gdp", "GDP 地区生产总值 (万元)", .number(t.gdp2014, decimals: 0), .number(t.gdp2015, decimals: 0), .empty, .empty, .empty)
        row("energy_tce", "Energy 能源消费 (tce)", .number(t.energy2014Tce, decimals: 0), .number(t.energy2015Tce, decimals: 0),
            .empty, .empty, .empty)
        row("energy_bau_tce", "  BAU 2015 (tce)", .empty, .number(t.energyBAU2015Tce, decimals: 0), .empty, .empty, .empty)
        row("intensity", "Intensity 单位GDP能耗 (tce/万元)", .number(t.intensity2014, decimals: 4), .number(t.intensity2015, decimals: 4),
            .empty, .empty, .empty)
        row("intensity_change", "  change on 2014", .empty, .percent(t.intensityChange, decimals: 2),
            .percent(intensity?.limit ?? -0.02, decimals: 1), .percent(intensity?.margin ?? 0, decimals: 2),
            intensity.map { .flag($0.met) } ?? .empty)
        row("energy_gap_tce", "  still to save (tce)", .empty, .number(max(t.energyGapTce, 0), decimals: 0), .empty,
            .number(-t.energyGapTce, decimals: 0), .empty)
        row("co2_t", "CO₂ (t)", .number(t.co2_2014_t, decimals: 0), .number(t.co2_2015_t, decimals: 0), .empty, .empty, .empty)
        row("so2_t", "SO₂ (t)", .empty, .number(t.so2_2015_t, decimals: 1), .empty, .empty, .empty)
        row("nox_t", "NOx (t)", .empty, .number(t.nox_2015_t, decimals: 1), .empty, .empty, .empty)
        row("pm_t", "PM (t)", .empty, .number(t.pm_2015_t, decimals: 1), .empty, .empty, .empty)
        for w in WaterPollutant.allCases {
            guard let g = r.goal(w.id) else { continue }
            row(w.id + "_t", "\(w.chineseName) \(w.id) (t)", .empty, .number(g.value, decimals: 2),
                .number(g.limit, decimals: 2), .number(g.margin, decimals: 2), .flag(g.met))
        }
        if let g = r.goal("smokeless_area") {
            row("smokeless_area_km2", "No-coal zone 无燃煤区 (km²)", .empty, .number(g.value, decimals: 2),
                .number(g.limit, decimals: 2), .number(g.margin, decimals: 2), .flag(g.met))
        }
        if let g = r.goal("key_enterprises") {
            row("key_enterprises_tce", "Key enterprises 万家企业 (tce)", .empty, .number(g.value, decimals: 0),
                .number(g.limit, decimals: 0), .number(g.margin, decimals: 0), .flag(g.met))
        }
        row("pv_mwh", "Rooftop PV (MWh)", .empty, .number(t.pvGenerationMWh, decimals: 0), .empty, .empty, .empty)
        let townships = r.townships
        let metCount = townships.filter(\.met).count
        row("townships_met", "Townships meeting −2 %", .empty, .text("\(metCount) of \(townships.count)"), .empty, .empty,
            .flag(metCount == townships.count))
        var notes = [verdict(r)]
        notes += r.warnings.map { "warning: " + $0 }
        if let honesty { notes.append(honesty) }
        return Table(title: "Scenario \(r.scenario) on baseline \(r.baseline)",
                     columns: [Column("key", machineOnly: true), Column("quantity", "quantity"), Column("y2014", "2014", right: true),
                               Column("y2015", "2015", right: true), Column("limit", "limit", right: true),
                               Column("margin", "margin", right: true), Column("status", "status")],
                     rows: rows, notes: notes)
    }

    /// One line: are all goals met, and if not which and by how much.
    public static func verdict(_ r: ScenarioResult) -> String {
        let missed = r.goals.filter { !$0.met }
        if missed.isEmpty { return "All \(r.goals.count) goals met." }
        var parts: [String] = []
        for g in missed.prefix(6) { parts.append("\(g.id) by \(GoalText.margin(g, abs(g.margin)))") }
        if missed.count > 6 { parts.append("and \(missed.count - 6) more") }
        var line = "\(missed.count) of \(r.goals.count) goals missed: " + parts.joined(separator: ", ") + "."
        if r.totals.energyGapTce > 0 {
            line += " Still to save: \(NumberFormat.fixed(r.totals.energyGapTce, decimals: 0, grouping: true)) tce."
        }
        return line
    }

    /// Every goal with value, limit, margin and met/missed.
    public static func goals(_ r: ScenarioResult, honesty: String? = nil) -> Table {
        var gaps: [String: Double] = ["intensity": r.totals.energyGapTce]
        for t in r.townships { gaps["township." + t.id] = t.energyGapTce }
        let rows: [[Cell]] = r.goals.map { g in
            let isFraction = g.unit == "fraction"
            let value: Cell = isFraction ? .percent(g.value, decimals: 2) : .number(g.value, decimals: decimals(g.unit))
            let limit: Cell = isFraction ? .percent(g.limit, decimals: 1) : .number(g.limit, decimals: decimals(g.unit))
            let margin: Cell = isFraction ? .percent(g.margin, decimals: 2) : .number(g.margin, decimals: decimals(g.unit))
            let gap: Cell = gaps[g.id].map { .number($0, decimals: 0) } ?? .empty
            return [.text(g.id), .text(g.label), value, .text(g.direction.rawValue), limit, margin,
                    .text(isFraction ? "%" : g.unit), gap, .flag(g.met)]
        }
        var notes = [verdict(r)]
        if let honesty { notes.append(honesty) }
        return Table(columns: [Column("goal"), Column("label"), Column("value", right: true), Column("op", ""),
                               Column("limit", right: true), Column("margin", right: true), Column("unit"),
                               Column("energy_gap_tce", "tce to save", right: true), Column("met", "status")],
                     rows: rows, notes: notes)
    }

    static func decimals(_ unit: String) -> Int {
        switch unit {
        case "t", "km2": 2
        default: 0
        }
    }

    /// Each township: energy and value added 2014 → 2015, intensity change against target.
    public static func townships(_ r: ScenarioResult) -> Table {
        let rows: [[Cell]] = r.townships.map { t in
            [.text(t.id), .text(t.name), .number(t.energy2014Tce, decimals: 0), .number(t.energy2015Tce, decimals: 0),
             .number(t.gdp2014, decimals: 0), .number(t.gdp2015, decimals: 0),
             .percent(t.intensityChange, decimals: 2), .percent(t.target, decimals: 1),
             .number(t.energyGapTce, decimals: 0), .flag(t.met)]
        }
        return Table(columns: [Column("township"), Column("name", "名称"),
                               Column("energy_2014_tce", "energy 2014 tce", right: true),
                               Column("energy_2015_tce", "energy 2015 tce", right: true),
                               Column("gdp_2014", "GDP 2014 万元", right: true), Column("gdp_2015", "GDP 2015 万元", right: true),
                               Column("intensity_change", "change", right: true), Column("target", right: true),
                               Column("energy_gap_tce", "tce to save", right: true), Column("met", "status")],
                     rows: rows, notes: ["tce to save: 2015 energy less what the target allows on 2015 value added (negative: to spare)"])
    }

    /// Each measure's contribution against BAU (positive: a reduction).
    public static func measures(_ r: ScenarioResult) -> Table {
        let rows: [[Cell]] = r.measures.map { m in
            [.text(m.id), .text(m.lever), .text(m.sector), .text(m.township ?? "all"), .number(Double(m.startMonth), decimals: 0),
             .number(m.fractionOfYear, decimals: 3), .number(m.energySavingTce, decimals: 0), .number(m.co2ReductionT, decimals: 0),
             .number(m.so2ReductionT, decimals: 2), .number(m.noxReductionT, decimals: 2), .number(m.pmReductionT, decimals: 2),
             .number(m.waterReductionT[0] + m.waterReductionT[1], decimals: 2),
             .number(m.waterReductionT[2] + m.waterReductionT[3], decimals: 2),
             .text(m.planTask.map { "\($0)" } ?? "targets"), .text(m.leadUnit)]
        }
        let total: [Cell] = [.text("total"), .empty, .empty, .empty, .empty, .empty,
                             .number(r.measures.reduce(0) { $0 + $1.energySavingTce }, decimals: 0),
                             .number(r.measures.reduce(0) { $0 + $1.co2ReductionT }, decimals: 0),
                             .number(r.measures.reduce(0) { $0 + $1.so2ReductionT }, decimals: 2),
                             .number(r.measures.reduce(0) { $0 + $1.noxReductionT }, decimals: 2),
                             .number(r.measures.reduce(0) { $0 + $1.pmReductionT }, decimals: 2),
                             .number(r.measures.reduce(0) { $0 + $1.waterReductionT[0] + $1.waterReductionT[1] }, decimals: 2),
                             .number(r.measures.reduce(0) { $0 + $1.waterReductionT[2] + $1.waterReductionT[3] }, decimals: 2),
                             .empty, .empty]
        return Table(columns: [Column("measure"), Column("lever"), Column("sector"), Column("township"),
                               Column("start_month", "from", right: true), Column("fraction_of_year", "frac", right: true),
                               Column("energy_saving_tce", "saves tce", right: true), Column("co2_reduction_t", "CO₂ t", right: true),
                               Column("so2_reduction_t", "SO₂ t", right: true), Column("nox_reduction_t", "NOx t", right: true),
                               Column("pm_reduction_t", "PM t", right: true), Column("cod_reduction_t", "COD t", right: true),
                               Column("nh3n_reduction_t", "NH₃-N t", right: true), Column("plan_task", "task"),
                               Column("lead_unit", "牵头单位")],
                     rows: rows + (r.measures.isEmpty ? [] : [total]),
                     notes: r.measures.isEmpty ? ["No measures: this is business as usual."] : [])
    }

    /// Each lead unit's total saving over its levers' measures.
    public static func departments(_ r: ScenarioResult) -> Table {
        let rows: [[Cell]] = r.departments.map { d in
            [.text(d.unit), .number(Double(d.measureCount), decimals: 0), .number(d.energySavingTce, decimals: 0),
             .number(d.co2ReductionT, decimals: 0)]
        }
        return Table(columns: [Column("unit", "牵头单位"), Column("measures", right: true),
                               Column("energy_saving_tce", "saves tce", right: true),
                               Column("co2_reduction_t", "CO₂ t", right: true)],
                     rows: rows)
    }
}

