/// The keys of a result object, as docs/FORMATS.md lists them and with erqi's additions.
public enum ResultKeys {
    /// Top-level keys (docs/FORMATS.md).
    public static let top = ["format", "version", "scenario", "baseline", "totals", "energy_2015_by_sector_tce",
                             "energy_2015_by_fuel_tce", "goals", "townships", "measures", "departments", "warnings"]
    /// Top-level keys present only in some results: `actuals` with year-to-date figures.
    public static let optionalTop = ["actuals"]
    /// `actuals` keys, and the keys of its `energy` and `value_added` lines (docs/FORMATS.md).
    public static let actuals = ["through_month", "source", "energy", "value_added"]
    public static let actualsEnergy = ["sector", "actual_tce", "model_ytd_tce", "ratio", "projected_tce", "model_tce", "surprise_tce"]
    public static let actualsValueAdded = ["sector", "actual", "model_ytd", "ratio", "projected", "model"]
    /// `totals` keys (docs/FORMATS.md), in the order of docs/FORMATS.md.
    public static let totals = ["gdp_2014", "gdp_2015", "energy_2014_tce", "energy_bau_2015_tce", "energy_2015_tce",
                                "intensity_2014", "intensity_2015", "intensity_change", "energy_gap_tce",
                                "co2_2014_t", "co2_2015_t", "so2_2015_t", "nox_2015_t", "pm_2015_t",
                                "cod_household_2015_t", "cod_industrial_2015_t", "nh3n_household_2015_t",
                                "nh3n_industrial_2015_t", "pv_generation_mwh", "smokeless_area_km2"]
    /// Goal keys docs/FORMATS.md names.
    public static let goal = ["id", "value", "limit", "met", "margin"]
    /// Goal keys erqi adds.
    public static let goalAdded = ["label", "unit", "direction"]
    /// Township keys (docs/FORMATS.md).
    public static let township = ["id", "name", "energy_2014_tce", "energy_2015_tce", "gdp_2014", "gdp_2015",
                                  "intensity_change", "target", "met", "energy_gap_tce"]
    /// Measure keys docs/FORMATS.md names.
    public static let measure = ["id", "lever", "sector", "township", "fraction_of_year", "energy_saving_tce",
                                 "co2_reduction_t", "so2_reduction_t", "nox_reduction_t", "pm_reduction_t"]
    /// Measure keys erqi adds (docs/FORMATS.md and docs/MODEL.md §5.5: each measure's water contributions, its start, task and unit).
    public static let measureAdded = ["start_month", "cod_household_reduction_t", "cod_industrial_reduction_t",
                                      "nh3n_household_reduction_t", "nh3n_industrial_reduction_t", "gdp_change",
                                      "pv_generation_mwh", "plan_task", "lead_unit"]
    /// Department keys docs/FORMATS.md names.
    public static let department = ["unit", "energy_saving_tce", "co2_reduction_t"]
    /// Department keys erqi adds.
    public static let departmentAdded = ["measure_count"]
}
