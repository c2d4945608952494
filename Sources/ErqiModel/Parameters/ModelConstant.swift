/// The single-valued parameter keys the model reads (docs/MODEL.md §2 and its appendix): water
/// drivers, the calorific value, every lever constant and every goal. With `ParameterKey`
/// it is the one table of keys that compiling, validation and `explain` read.
public enum ModelConstant: String, CaseIterable, Sendable {
    case ncvGJPerTce = "coef.ncv_gj_per_tce"
    case growthPopulation = "growth.population"
    case driftWaterIndustrial = "drift.water_industrial"
    case boilerHours = "boiler.hours"
    case boilerMWPerTph = "boiler.mw_per_tph"
    case boilerEffCoal = "boiler.eff_coal"
    case boilerEffGas = "boiler.eff_gas"
    case boilerCoalSO2 = "boiler.coal_so2", boilerCoalNOx = "boiler.coal_nox", boilerCoalPM = "boiler.coal_pm"
    case boilerGasSO2 = "boiler.gas_so2", boilerGasNOx = "boiler.gas_nox", boilerGasPM = "boiler.gas_pm"
    case pvYieldKWhPerKWp = "pv.yield_kwh_per_kwp"
    case smokelessArea2014Km2 = "smokeless.area_2014"
    case smokelessCoalTPerKm2 = "smokeless.coal_t_per_km2"
    case smokelessGasShare = "smokeless.gas_share"
    case stoveEffCoal = "stove.eff_coal"
    case stoveEffGas = "stove.eff_gas"
    case stoveEffElectric = "stove.eff_electric"
    case stoveCoalSO2 = "stove.coal_so2", stoveCoalNOx = "stove.coal_nox", stoveCoalPM = "stove.coal_pm"
    case stoveGasSO2 = "stove.gas_so2", stoveGasNOx = "stove.gas_nox", stoveGasPM = "stove.gas_pm"
    case yellowLabelReplacement = "yellow_label.replacement"
    case motorsHours = "motors.hours"
    case motorsEfficiencyGain = "motors.efficiency_gain"
    case buildingsGreenKgcePerM2 = "buildings.green_kgce_per_m2"
    case buildingsRetrofitKgcePerM2 = "buildings.retrofit_kgce_per_m2"
    case pricingElasticity = "pricing.elasticity"
    case sewerCodGPerDay = "sewer.cod_g_per_day"
    case sewerNh3nGPerDay = "sewer.nh3n_g_per_day"
    case sewerRemovalCod = "sewer.removal_cod"
    case sewerRemovalNh3n = "sewer.removal_nh3n"
    case goalIntensityChange = "goal.intensity_change"
    case goalCodHousehold = "goal.cod_household"
    case goalCodIndustrial = "goal.cod_industrial"
    case goalNh3nHousehold = "goal.nh3n_household"
    case goalNh3nIndustrial = "goal.nh3n_industrial"
    case goalSmokelessAreaKm2 = "goal.smokeless_area_km2"
    case goalSmokelessDeadlineMonth = "goal.smokeless_deadline_month"
    case goalKeyEnterprisesTce = "goal.key_enterprises_tce"

    /// The key as written in baselines and scenarios.
    public var key: String { rawValue }

    /// The values it may take.
    public var rule: ValueRule {
        switch self {
        case .growthPopulation, .driftWaterIndustrial: .rate
        case .goalIntensityChange: .change
        case .goalSmokelessDeadlineMonth: .month
        case .smokelessGasShare, .yellowLabelReplacement, .motorsEfficiencyGain, .sewerRemovalCod, .sewerRemovalNh3n,
             .boilerEffCoal, .boilerEffGas, .stoveEffCoal, .stoveEffGas: .fraction
        case .pricingElasticity: .elasticity
        case .ncvGJPerTce, .boilerMWPerTph, .stoveEffElectric: .positive
        default: .nonNegative
        }
    }

    /// False for the lever defaults, which a baseline needs only when a measure leaves the
    /// field out (`boiler.hours`, `pv.yield_kwh_per_kwp`, …).
    public var isRequired: Bool {
        switch self {
        case .boilerHours, .pvYieldKWhPerKWp, .yellowLabelReplacement, .motorsHours, .motorsEfficiencyGain: false
        default: true
        }
    }

    /// Position in `allCases`.
    public var index: Int {
        switch self {
        case .ncvGJPerTce: 0
        case .growthPopulation: 1
        case .driftWaterIndustrial: 2
        case .boilerHours: 3
        case .boilerMWPerTph: 4
        case .boilerEffCoal: 5
        case .boilerEffGas: 6
        case .boilerCoalSO2: 7
        case .boilerCoalNOx: 8
        case .boilerCoalPM: 9
        case .boilerGasSO2: 10
        case .boilerGasNOx: 11
        case .boilerGasPM: 12
        case .pvYieldKWhPerKWp: 13
        case .smokelessArea2014Km2: 14
        case .smokelessCoalTPerKm2: 15
        case .smokelessGasShare: 16
        case .stoveEffCoal: 17
        case .stoveEffGas: 18
        case .stoveEffElectric: 19
        case .stoveCoalSO2: 20
        case .stoveCoalNOx: 21
        case .stoveCoalPM: 22
        case .stoveGasSO2: 23
        case .stoveGasNOx: 24
        case .stoveGasPM: 25
        case .yellowLabelReplacement: 26
        case .motorsHours: 27
        case .motorsEfficiencyGain: 28
        case .buildingsGreenKgcePerM2: 29
        case .buildingsRetrofitKgcePerM2: 30
        case .pricingElasticity: 31
        case .sewerCodGPerDay: 32
        case .sewerNh3nGPerDay: 33
        case .sewerRemovalCod: 34
        case .sewerRemovalNh3n: 35
        case .goalIntensityChange: 36
        case .goalCodHousehold: 37
        case .goalCodIndustrial: 38
        case .goalNh3nHousehold: 39
        case .goalNh3nIndustrial: 40
        case .goalSmokelessAreaKm2: 41
        case .goalSmokelessDeadlineMonth: 42
        case .goalKeyEnterprisesTce: 43
        }
    }

    /// The constant with this key, or nil.
    public init?(key: String) { self.init(rawValue: key) }

    /// `boiler.coal_<p>`, kg per t of coal.
    public static func boilerCoal(_ p: AirPollutant) -> ModelConstant {
        switch p {
        case .so2: .boilerCoalSO2
        case .nox: .boilerCoalNOx
        case .pm: .boilerCoalPM
        }
    }
    /// `boiler.gas_<p>`, kg per 10^4 m³ of gas.
    public static func boilerGas(_ p: AirPollutant) -> ModelConstant {
        switch p {
        case .so2: .boilerGasSO2
        case .nox: .boilerGasNOx
        case .pm: .boilerGasPM
        }
    }
    /// `stove.coal_<p>`, kg per t of coal.
    public static func stoveCoal(_ p: AirPollutant) -> ModelConstant {
        switch p {
        case .so2: .stoveCoalSO2
        case .nox: .stoveCoalNOx
        case .pm: .stoveCoalPM
        }
    }
    /// `stove.gas_<p>`, kg per 10^4 m³ of gas.
    public static func stoveGas(_ p: AirPollutant) -> ModelConstant {
        switch p {
        case .so2: .stoveGasSO2
        case .nox: .stoveGasNOx
        case .pm: .stoveGasPM
        }
    }
    /// `goal.<w>`, the cap on a water pollutant, t.
    public static func waterGoal(_ w: WaterPollutant) -> ModelConstant {
        switch w {
        case .codHousehold: .goalCodHousehold
        case .codIndustrial: .goalCodIndustrial
        case .nh3nHousehold: .goalNh3nHousehold
        case .nh3nIndustrial: .goalNh3nIndustrial
        }
    }
}
