import ErqiModel
import ErqiRender

/// The outputs a comparison shows, each with its unit and rounding.
struct OutputRows: Sendable {
    var key: String
    var label: String
    var unit: String
    var decimals: Int
    var isPercent = false
    var value: @Sendable (ScenarioResult) -> Double

    func cell(_ v: Double) -> Cell { isPercent ? .percent(v, decimals: decimals) : .number(v, decimals: decimals) }

    func deltaCell(_ d: Double) -> Cell {
        isPercent ? .text(NumberFormat.signed(d * 100, decimals: decimals, grouping: false))
            : .text(NumberFormat.signed(d, decimals: decimals))
    }

    static let all: [OutputRows] = [
        OutputRows(key: "gdp_2015", label: "GDP 2015 地区生产总值", unit: "万元", decimals: 0) { $0.totals.gdp2015 },
        OutputRows(key: "energy_2015_tce", label: "Energy 2015 能源消费", unit: "tce", decimals: 0) { $0.totals.energy2015Tce },
        OutputRows(key: "intensity_change", label: "Intensity change 单位GDP能耗", unit: "%", decimals: 2, isPercent: true) {
            $0.totals.intensityChange
        },
        OutputRows(key: "energy_gap_tce", label: "Still to save 尚需节能", unit: "tce", decimals: 0) { $0.totals.energyGapTce },
        OutputRows(key: "co2_2015_t", label: "CO₂ 2015", unit: "t", decimals: 0) { $0.totals.co2_2015_t },
        OutputRows(key: "so2_2015_t", label: "SO₂ 2015", unit: "t", decimals: 1) { $0.totals.so2_2015_t },
        OutputRows(key: "nox_2015_t", label: "NOx 2015", unit: "t", decimals: 1) { $0.totals.nox_2015_t },
        OutputRows(key: "pm_2015_t", label: "PM 2015", unit: "t", decimals: 1) { $0.totals.pm_2015_t },
        OutputRows(key: "cod_household_2015_t", label: "生活COD 2015", unit: "t", decimals: 2) { $0.totals.codHousehold2015_t },
        OutputRows(key: "cod_industrial_2015_t", label: "工业COD 2015", unit: "t", decimals: 2) { $0.totals.codIndustrial2015_t },
        OutputRows(key: "nh3n_household_2015_t", label: "生活氨氮 2015", unit: "t", decimals: 2) { $0.totals.nh3nHousehold2015_t },
        OutputRows(key: "nh3n_industrial_2015_t", label: "工业氨氮 2015", unit: "t", decimals: 2) { $0.totals.nh3nIndustrial2015_t },
        OutputRows(key: "pv_generation_mwh", label: "Rooftop PV 光伏发电", unit: "MWh", decimals: 0) { $0.totals.pvGenerationMWh },
        OutputRows(key: "smokeless_area_by_deadline_km2", label: "No-coal zone by deadline 无燃煤区", unit: "km²", decimals: 2) {
            $0.goal("smokeless_area")?.value ?? $0.totals.smokelessAreaKm2
        },
        OutputRows(key: "key_enterprises_tce", label: "Key-enterprise saving 万家企业", unit: "tce", decimals: 0) {
            $0.goal("key_enterprises")?.value ?? 0
        },
        OutputRows(key: "townships_met", label: "Townships meeting target 乡镇达标", unit: "townships", decimals: 0) {
            Double($0.townships.filter(\.met).count)
        },
        OutputRows(key: "goals_missed", label: "Goals missed 未达目标", unit: "goals", decimals: 0) {
            Double($0.goals.filter { !$0.met }.count)
        },
    ]
}
