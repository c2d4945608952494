/// The district totals of a projection (docs/FORMATS.md `totals`).
public struct ResultTotals: Equatable, Sendable {
    public var gdp2014 = 0.0, gdp2015 = 0.0
    public var energy2014Tce = 0.0, energyBAU2015Tce = 0.0, energy2015Tce = 0.0
    public var intensity2014 = 0.0, intensity2015 = 0.0, intensityChange = 0.0
    /// Positive: tce still to save to meet the intensity goal.
    public var energyGapTce = 0.0
    public var co2_2014_t = 0.0, co2_2015_t = 0.0
    public var so2_2015_t = 0.0, nox_2015_t = 0.0, pm_2015_t = 0.0
    public var codHousehold2015_t = 0.0, codIndustrial2015_t = 0.0
    public var nh3nHousehold2015_t = 0.0, nh3nIndustrial2015_t = 0.0
    public var pvGenerationMWh = 0.0
    public var smokelessAreaKm2 = 0.0
}

/// Whether a goal is an upper bound (≤) or a lower bound (≥).
public enum GoalDirection: String, Sendable { case atMost = "≤", atLeast = "≥" }

/// One goal checked (docs/MODEL.md §6).
public struct GoalResult: Equatable, Sendable {
    /// `intensity`, `cod_household`, …, `township.<id>`.
    public var id: String
    public var label: String
    public var value: Double
    public var limit: Double
    public var direction: GoalDirection
    public var met: Bool
    /// In the goal's own unit; positive = room to spare, negative = shortfall.
    public var margin: Double
    public var unit: String
}

/// One township's projection.
public struct TownshipResult: Equatable, Sendable {
    public var id: String
    public var name: String
    public var energy2014Tce: Double
    public var energy2015Tce: Double
    public var gdp2014: Double
    public var gdp2015: Double
    public var intensityChange: Double
    public var target: Double
    public var met: Bool
    /// tce still to save to meet the target (negative: to spare), docs/MODEL.md §5.4.
    public var energyGapTce: Double
}

/// One measure's contribution against BAU (positive = a reduction).
public struct MeasureResult: Equatable, Sendable {
    public var id: String
    public var lever: String
    public var sector: String
    public var township: String?
    public var startMonth: Int
    public var fractionOfYear: Double
    public var energySavingTce: Double
    public var co2ReductionT: Double
    public var so2ReductionT: Double
    public var noxReductionT: Double
    public var pmReductionT: Double
    /// By WaterPollutant (four lanes, held inline: no array per measure).
    public var waterReductionT: SIMD4<Double>
    /// Value added it adds (negative: removes), 万元.
    public var gdpChange: Double
    public var pvGenerationMWh: Double
    public var planTask: Int?
    public var leadUnit: String
}

/// A lead unit's total over its levers' measures.
public struct DepartmentResult: Equatable, Sendable {
    public var unit: String
    public var measureCount: Int
    public var energySavingTce: Double
    public var co2ReductionT: Double
}

/// Everything a projection reports (docs/FORMATS.md result).
public struct ScenarioResult: Equatable, Sendable {
    public var scenario: String
    public var baseline: String
    public var totals: ResultTotals
    /// Indexed by Sector.
    public var energy2015BySectorTce: [Double]
    /// Indexed by Fuel.
    public var energy2015ByFuelTce: [Double]
    public var goals: [GoalResult]
    public var townships: [TownshipResult]
    public var measures: [MeasureResult]
    public var departments: [DepartmentResult]
    public var warnings: [String]
    /// The year-to-date figures and their projection (docs/MODEL.md §14); nil without.
    public var actuals: ActualsResult? = nil

    /// The goal with this id.
    public func goal(_ id: String) -> GoalResult? { goals.first { $0.id == id } }

    /// True when every goal is met.
    public var allGoalsMet: Bool { goals.allSatisfy(\.met) }
}
