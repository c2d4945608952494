import ErqiModel

extension ResultCodec {
    static func encode(_ t: ResultTotals) -> JSONValue {
        .object([
            ("gdp_2014", .number(t.gdp2014)), ("gdp_2015", .number(t.gdp2015)),
            ("energy_2014_tce", .number(t.energy2014Tce)), ("energy_bau_2015_tce", .number(t.energyBAU2015Tce)),
            ("energy_2015_tce", .number(t.energy2015Tce)),
            ("intensity_2014", .number(t.intensity2014)), ("intensity_2015", .number(t.intensity2015)),
            ("intensity_change", .number(t.intensityChange)), ("energy_gap_tce", .number(t.energyGapTce)),
            ("co2_2014_t", .number(t.co2_2014_t)), ("co2_2015_t", .number(t.co2_2015_t)),
            ("so2_2015_t", .number(t.so2_2015_t)), ("nox_2015_t", .number(t.nox_2015_t)), ("pm_2015_t", .number(t.pm_2015_t)),
            ("cod_household_2015_t", .number(t.codHousehold2015_t)), ("cod_industrial_2015_t", .number(t.codIndustrial2015_t)),
            ("nh3n_household_2015_t", .number(t.nh3nHousehold2015_t)), ("nh3n_industrial_2015_t", .number(t.nh3nIndustrial2015_t)),
            ("pv_generation_mwh", .number(t.pvGenerationMWh)), ("smokeless_area_km2", .number(t.smokelessAreaKm2)),
        ])
    }

    static func encode(_ g: GoalResult) -> JSONValue {
        .object([
            ("id", .string(g.id)), ("value", .number(g.value)), ("limit", .number(g.limit)),
            ("met", .bool(g.met)), ("margin", .number(g.margin)),
            ("label", .string(g.label)), ("unit", .string(g.unit)), ("direction", .string(direction(g.direction))),
        ])
    }

    /// `at_most` (value ≤ limit) or `at_least` (value ≥ limit).
    static func direction(_ d: GoalDirection) -> String {
        switch d {
        case .atMost: "at_most"
        case .atLeast: "at_least"
        }
    }

    static func encode(_ t: TownshipResult) -> JSONValue {
        .object([
            ("id", .string(t.id)), ("name", .string(t.name)),
            ("energy_2014_tce", .number(t.energy2014Tce)), ("energy_2015_tce", .number(t.energy2015Tce)),
            ("gdp_2014", .number(t.gdp2014)), ("gdp_2015", .number(t.gdp2015)),
            ("intensity_change", .number(t.intensityChange)), ("target", .number(t.target)), ("met", .bool(t.met)),
            ("energy_gap_tce", .number(t.energyGapTce)),
        ])
    }

    static func encode(_ m: MeasureResult) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(m.id)), ("lever", .string(m.lever)), ("sector", .string(m.sector)),
            ("township", m.township.map(JSONValue.string) ?? .null),
            ("fraction_of_year", .number(m.fractionOfYear)), ("energy_saving_tce", .number(m.energySavingTce)),
            ("co2_reduction_t", .number(m.co2ReductionT)), ("so2_reduction_t", .number(m.so2ReductionT)),
            ("nox_reduction_t", .number(m.noxReductionT)), ("pm_reduction_t", .number(m.pmReductionT)),
            ("start_month", .number(Double(m.startMonth))),
            ("gdp_change", .number(m.gdpChange)), ("pv_generation_mwh", .number(m.pvGenerationMWh)),
            ("plan_task", m.planTask.map { .number(Double($0)) } ?? .null), ("lead_unit", .string(m.leadUnit)),
        ]
        for w in WaterPollutant.allCases {
            members.append(("\(w.id)_reduction_t", .number(m.waterReductionT[w.rawValue])))
        }
        return .object(members)
    }

    static func encode(_ d: DepartmentResult) -> JSONValue {
        .object([
            ("unit", .string(d.unit)), ("energy_saving_tce", .number(d.energySavingTce)),
            ("co2_reduction_t", .number(d.co2ReductionT)), ("measure_count", .number(Double(d.measureCount))),
        ])
    }
}
