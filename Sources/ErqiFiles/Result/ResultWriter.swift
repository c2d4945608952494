public import ErqiModel

/// Writes result objects straight into bytes, in the same bytes as `ResultCodec.text` (canonical)
/// and `ResultCodec.line` (JSON Lines) but without building a `JSONValue` tree or a `String`:
/// the members are written in canonical (sorted) key order by hand. Tests compare both writers
/// on every shipped scenario.
public enum ResultWriter {
    /// Sectors and fuels in the order of their ids' bytes (canonical key order).
    private static let sectorsByID = Sector.allCases.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    private static let fuelsByID = Fuel.allCases.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }

    /// The canonical multi-line text of `r`, as `ResultCodec.text(r)` (with its final newline).
    public static func canonical(_ r: ScenarioResult, into text: inout ByteText) {
        var w = JSONByteWriter(pretty: true)
        swap(&w.text, &text)
        write(r, to: &w)
        w.text.append(byte: 0x0A)
        swap(&w.text, &text)
    }

    /// `r` as an element of a canonical array: indented one level, without a final newline
    /// (what `erqi run --format json` writes between `[` and `]`).
    public static func arrayElement(_ r: ScenarioResult, into text: inout ByteText) {
        var w = JSONByteWriter(pretty: true, indent: 1)
        swap(&w.text, &text)
        w.text.appendSpaces(2)
        write(r, to: &w)
        swap(&w.text, &text)
    }

    /// `r` on one line with its newline, as `ResultCodec.line(r)`.
    public static func line(_ r: ScenarioResult, into text: inout ByteText) {
        var w = JSONByteWriter(pretty: false)
        swap(&w.text, &text)
        write(r, to: &w)
        w.text.append(byte: 0x0A)
        swap(&w.text, &text)
    }

    /// The result object, members in canonical order.
    public static func write(_ r: ScenarioResult, to w: inout JSONByteWriter) {
        w.beginObject()
        if let a = r.actuals {
            w.key("actuals")
            write(a, to: &w)
        }
        w.member("baseline", r.baseline)
        w.key("departments")
        w.beginArray()
        for d in r.departments {
            w.element()
            w.beginObject()
            w.member("co2_reduction_t", d.co2ReductionT)
            w.member("energy_saving_tce", d.energySavingTce)
            w.member("measure_count", Double(d.measureCount))
            w.member("unit", d.unit)
            w.endObject()
        }
        w.endArray()
        w.key("energy_2015_by_fuel_tce")
        w.beginObject()
        for f in fuelsByID { w.key(f.id); w.number(r.energy2015ByFuelTce[f.rawValue]) }
        w.endObject()
        w.key("energy_2015_by_sector_tce")
        w.beginObject()
        for s in sectorsByID { w.key(s.id); w.number(r.energy2015BySectorTce[s.rawValue]) }
        w.endObject()
        w.member("format", ResultCodec.format)
        w.key("goals")
        w.beginArray()
        for g in r.goals { w.element(); write(g, to: &w) }
        w.endArray()
        w.key("measures")
        w.beginArray()
        for m in r.measures { w.element(); write(m, to: &w) }
        w.endArray()
        w.member("scenario", r.scenario)
        w.key("totals")
        write(r.totals, to: &w)
        w.key("townships")
        w.beginArray()
        for t in r.townships { w.element(); write(t, to: &w) }
        w.endArray()
        w.member("version", 1)
        w.key("warnings")
        w.beginArray()
        for s in r.warnings { w.element(); w.string(s) }
        w.endArray()
        w.endObject()
    }

    static func write(_ t: ResultTotals, to w: inout JSONByteWriter) {
        w.beginObject()
        w.member("co2_2014_t", t.co2_2014_t)
        w.member("co2_2015_t", t.co2_2015_t)
        w.member("cod_household_2015_t", t.codHousehold2015_t)
        w.member("cod_industrial_2015_t", t.codIndustrial2015_t)
        w.member("energy_2014_tce", t.energy2014Tce)
        w.member("energy_2015_tce", t.energy2015Tce)
        w.member("energy_bau_2015_tce", t.energyBAU2015Tce)
        w.member("energy_gap_tce", t.energyGapTce)
        w.member("gdp_2014", t.gdp2014)
        w.member("gdp_2015", t.gdp2015)
        w.member("intensity_2014", t.intensity2014)
        w.member("intensity_2015", t.intensity2015)
        w.member("intensity_change", t.intensityChange)
        w.member("nh3n_household_2015_t", t.nh3nHousehold2015_t)
        w.member("nh3n_industrial_2015_t", t.nh3nIndustrial2015_t)
        w.member("nox_2015_t", t.nox_2015_t)
        w.member("pm_2015_t", t.pm_2015_t)
        w.member("pv_generation_mwh", t.pvGenerationMWh)
        w.member("smokeless_area_km2", t.smokelessAreaKm2)
        w.member("so2_2015_t", t.so2_2015_t)
        w.endObject()
    }

    static func write(_ g: GoalResult, to w: inout JSONByteWriter) {
        w.beginObject()
        w.member("direction", ResultCodec.direction(g.direction))
        w.member("id", g.id)
        w.member("label", g.label)
        w.member("limit", g.limit)
        w.member("margin", g.margin)
        w.member("met", g.met)
        w.member("unit", g.unit)
        w.member("value", g.value)
        w.endObject()
    }

    static func write(_ t: TownshipResult, to w: inout JSONByteWriter) {
        w.beginObject()
        w.member("energy_2014_tce", t.energy2014Tce)
        w.member("energy_2015_tce", t.energy2015Tce)
        w.member("energy_gap_tce", t.energyGapTce)
        w.member("gdp_2014", t.gdp2014)
        w.member("gdp_2015", t.gdp2015)
        w.member("id", t.id)
        w.member("intensity_change", t.intensityChange)
        w.member("met", t.met)
        w.member("name", t.name)
        w.member("target", t.target)
        w.endObject()
    }

    static func write(_ m: MeasureResult, to w: inout JSONByteWriter) {
        let water = m.waterReductionT
        w.beginObject()
        w.member("co2_reduction_t", m.co2ReductionT)
        w.member("cod_household_reduction_t", water[WaterPollutant.codHousehold.rawValue])
        w.member("cod_industrial_reduction_t", water[WaterPollutant.codIndustrial.rawValue])
        w.member("energy_saving_tce", m.energySavingTce)
        w.member("fraction_of_year", m.fractionOfYear)
        w.member("gdp_change", m.gdpChange)
        w.member("id", m.id)
        w.member("lead_unit", m.leadUnit)
        w.member("lever", m.lever)
        w.member("nh3n_household_reduction_t", water[WaterPollutant.nh3nHousehold.rawValue])
        w.member("nh3n_industrial_reduction_t", water[WaterPollutant.nh3nIndustrial.rawValue])
        w.member("nox_reduction_t", m.noxReductionT)
        w.key("plan_task")
        if let task = m.planTask { w.number(Double(task)) } else { w.null() }
        w.member("pm_reduction_t", m.pmReductionT)
        w.member("pv_generation_mwh", m.pvGenerationMWh)
        w.member("sector", m.sector)
        w.member("so2_reduction_t", m.so2ReductionT)
        w.member("start_month", Double(m.startMonth))
        w.key("township")
        if let township = m.township { w.string(township) } else { w.null() }
        w.endObject()
    }
}
