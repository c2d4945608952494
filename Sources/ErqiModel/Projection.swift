/// Why an evaluation could not produce a valid 2015 state (docs/MODEL.md §7).
public enum EvaluationFailure: Equatable, Sendable {
    /// Measures take a sector's fuel below zero: removed amount and BAU amount, physical units.
    case negativeEnergy(sector: Int, fuel: Int, removed: Double, bau: Double)
    case negativeValueAdded(sector: Int, removed: Double, bau: Double)
    case negativeAir(pollutant: Int, removed: Double, bau: Double)
    case negativeWater(pollutant: Int, removed: Double, bau: Double)
    case negativeTownshipEnergy(township: Int, energyTce: Double)
    case nonPositiveTownshipValueAdded(township: Int, valueAdded: Double)
    /// A measure scales a sector that has no energy in BAU.
    case emptySector(measure: Int, sector: Int)
    /// A sector's year-to-date figure cannot scale it: the model puts nothing (or less) in its
    /// year to date or its year, or the projected year goes below zero (docs/MODEL.md §14).
    case actualsCannotProject(sector: Int, valueAdded: Bool, modelYearToDate: Double, model: Double, projected: Double)
}

/// The working state and results of one evaluation, allocated once per compiled scenario
/// and overwritten by each `evaluate(into:)`.
public struct Projection: Sendable {
    public let measureCount: Int
    public let townshipCount: Int

    /// BAU 2015, physical units, `[sector * 7 + fuel]`.
    public var energyBAU: [Double]
    /// Figures by sector are held inline in eight lanes (the eighth unused) and figures by
    /// pollutant in four, so that a projection allocates only its larger arrays; all index
    /// like arrays.
    public var valueAddedBAU = SIMD8<Double>()
    /// `[pollutant * 7 + sector]`.
    public var airBAU: [Double]
    public var waterBAU = SIMD4<Double>()
    /// BAU tce by sector.
    public var tceBAU = SIMD8<Double>()
    /// 2014 tce by sector.
    public var tce2014 = SIMD8<Double>()

    /// Each measure's changes: `[m * 49 + sector * 7 + fuel]`, `[m * 7 + sector]`,
    /// `[m * 3 + pollutant]`, `[m * 4 + water]`, `[m]`.
    public var deltaEnergy: [Double]
    public var deltaValueAdded: [Double]
    public var deltaAir: [Double]
    public var deltaWater: [Double]
    public var pvMWh: [Double]
    /// Each measure's change in tce and t CO₂ (negative: a saving), and per sector tce `[m * 7 + s]`.
    public var measureTce: [Double]
    public var measureCO2: [Double]
    public var measureSectorTce: [Double]

    /// 2015 with measures.
    public var energy2015: [Double]
    public var valueAdded2015 = SIMD8<Double>()
    public var air2015 = SIMD4<Double>()
    public var water2015 = SIMD4<Double>()
    /// 2015 tce by sector and by fuel.
    public var tceBySector: [Double]
    public var tceByFuel: [Double]

    public var gdp2014 = 0.0, gdp2015 = 0.0
    public var energy2014Tce = 0.0, energyBAU2015Tce = 0.0, energy2015Tce = 0.0
    public var intensity2014 = 0.0, intensity2015 = 0.0, intensityChange = 0.0
    public var allowedEnergyTce = 0.0, energyGapTce = 0.0
    public var co2_2014 = 0.0, co2_2015 = 0.0, co2BAU2015 = 0.0
    public var pvGenerationMWh = 0.0
    public var smokelessAreaKm2 = 0.0, smokelessAreaByDeadlineKm2 = 0.0
    public var keyEnterprisesTce = 0.0

    /// Townships: 2014 and 2015 energy (tce) and value added (万元), intensity change.
    public var townshipEnergy2014: [Double]
    public var townshipEnergy2015: [Double]
    public var townshipValueAdded2014: [Double]
    public var townshipValueAdded2015: [Double]
    public var townshipIntensityChange: [Double]
    /// Each township's energy gap, tce (docs/MODEL.md §5): its 2015 energy less what its target
    /// allows on its 2015 value added; positive: still to save, negative: to spare.
    public var townshipEnergyGapTce: [Double]

    /// Scratch: the tce and value-added changes of measures spread by share, by sector, and of
    /// measures located in a township, by township.
    var spreadTce = SIMD8<Double>()
    var spreadValueAdded = SIMD8<Double>()
    var locatedTce: [Double]
    var locatedValueAdded: [Double]

    /// The year-to-date figures' working state and results (empty without actuals).
    public var yearToDate: YearToDateState

    /// Set when the last evaluation failed validation.
    public var failure: EvaluationFailure?

    /// Storage sized for `compiled`.
    public init(for compiled: CompiledScenario) {
        precondition(Sector.count <= 8 && AirPollutant.count <= 4 && WaterPollutant.count <= 4, "lanes of the inline figures")
        let M = compiled.measures.count, T = compiled.townshipCount
        let SF = Sector.count * Fuel.count, S = Sector.count
        measureCount = M; townshipCount = T
        energyBAU = .init(repeating: 0, count: SF)
        airBAU = .init(repeating: 0, count: AirPollutant.count * S)
        deltaEnergy = .init(repeating: 0, count: M * SF)
        deltaValueAdded = .init(repeating: 0, count: M * S)
        deltaAir = .init(repeating: 0, count: M * AirPollutant.count)
        deltaWater = .init(repeating: 0, count: M * WaterPollutant.count)
        pvMWh = .init(repeating: 0, count: M)
        measureTce = .init(repeating: 0, count: M)
        measureCO2 = .init(repeating: 0, count: M)
        measureSectorTce = .init(repeating: 0, count: M * S)
        energy2015 = .init(repeating: 0, count: SF)
        tceBySector = .init(repeating: 0, count: S)
        tceByFuel = .init(repeating: 0, count: Fuel.count)
        townshipEnergy2014 = .init(repeating: 0, count: T)
        townshipEnergy2015 = .init(repeating: 0, count: T)
        townshipValueAdded2014 = .init(repeating: 0, count: T)
        townshipValueAdded2015 = .init(repeating: 0, count: T)
        townshipIntensityChange = .init(repeating: 0, count: T)
        townshipEnergyGapTce = .init(repeating: 0, count: T)
        locatedTce = .init(repeating: 0, count: T)
        locatedValueAdded = .init(repeating: 0, count: T)
        yearToDate = YearToDateState(for: compiled)
    }
}
