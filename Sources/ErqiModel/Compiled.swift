/// A measure resolved to numbers and indices: evaluating it reads no strings.
public struct CompiledMeasure: Sendable {
    public var kind: LeverKind
    /// Its sizes in the lever's terms, rebuilt from `sizes` whenever they change.
    public var effect: Effect
    /// Index of the sector it acts on.
    public var sector: Int
    /// Index of its township, or −1 when it is spread over townships by share.
    public var township: Int
    /// 1…13.
    public var startMonth: Int
    /// Its fraction of the year, from the start month and load profile (docs/MODEL.md §3.2).
    public var fraction: Double
    /// Index of its load profile in the layout's `profileNames`.
    public var profile: Int
    /// The lever's numeric fields in `LeverSpec.fields` order (a vehicle-count field's place unused).
    public var sizes: SIMD4<Double>
    /// For each field left to its default, the parameter slot it reads; −1 when given.
    public var defaultSlots: SIMD4<Int>
    /// Its vehicle classes in `CompiledScenario.vehicleTerms` (vehicle levers only).
    public var vehicles: Range<Int>

    /// Rebuilds `effect` from `sizes`.
    mutating func rebuildEffect() { effect = Effect(kind, sizes, vehicles: vehicles) }
}

/// The lever-specific sizes of a compiled measure.
public enum Effect: Sendable {
    case coalToGas(capacityTph: Double, hours: Double)
    case rooftopPV(capacityMW: Double, yieldKWhPerKWp: Double)
    case smokelessZone(areaKm2: Double)
    /// `vehicles` indexes `CompiledScenario.vehicleTerms`.
    case yellowLabel(vehicles: Range<Int>, replacement: Double)
    case oilToGas(vehicles: Range<Int>)
    case keyEnterprises(savingTce: Double)
    case backwardCapacity(energyTce: Double, valueAdded: Double)
    case newProjects(energyTce: Double, valueAdded: Double)
    case industrialEfficiency(percent: Double)
    case motors(capacityKW: Double, hours: Double, gain: Double)
    case greenBuildings(newM2: Double, retrofitM2: Double)
    case publicInstitutions(percent: Double)
    case tieredPricing(priceIncrease: Double)
    case sewerConnection(people: Double)
    case industrialWastewater(percent: Double)
}

extension Effect {
    /// The effect of a `kind` measure with these sizes (in `LeverSpec.fields` order).
    init(_ kind: LeverKind, _ x: SIMD4<Double>, vehicles: Range<Int>) {
        switch kind {
        case .coalToGas: self = .coalToGas(capacityTph: x[0], hours: x[1])
        case .rooftopPV: self = .rooftopPV(capacityMW: x[0], yieldKWhPerKWp: x[1])
        case .smokelessZone: self = .smokelessZone(areaKm2: x[0])
        case .yellowLabel: self = .yellowLabel(vehicles: vehicles, replacement: x[1])
        case .oilToGas: self = .oilToGas(vehicles: vehicles)
        case .keyEnterprises: self = .keyEnterprises(savingTce: x[0])
        case .backwardCapacity: self = .backwardCapacity(energyTce: x[0], valueAdded: x[1])
        case .newProjects: self = .newProjects(energyTce: x[0], valueAdded: x[1])
        case .industrialEfficiency: self = .industrialEfficiency(percent: x[0])
        case .motors: self = .motors(capacityKW: x[0], hours: x[1], gain: x[2])
        case .greenBuildings: self = .greenBuildings(newM2: x[0], retrofitM2: x[1])
        case .publicInstitutions: self = .publicInstitutions(percent: x[0])
        case .tieredPricing: self = .tieredPricing(priceIncrease: x[0])
        case .sewerConnection: self = .sewerConnection(people: x[0])
        case .industrialWastewater: self = .industrialWastewater(percent: x[0])
        }
    }
}

/// One vehicle class's numbers inside a yellow-label or oil-to-gas measure.
public struct VehicleTerm: Sendable {
    public var classIndex: Int
    public var fuel: Int
    public var count: Double
    public var km: Double
    public var litresPer100kmOld: Double
    public var litresPer100kmNew: Double
    public var densityKgPerLitre: Double
    public var noxGPerKmOld: Double, noxGPerKmNew: Double, noxGPerKmCNG: Double
    public var pmGPerKmOld: Double, pmGPerKmNew: Double, pmGPerKmCNG: Double
    public var cngM3Per100km: Double
}

/// Baseline constants the levers read (the parameters of docs/MODEL.md §4's lever tables), resolved once.
public struct LeverConstants: Sendable {
    public var ncvGJPerTce = 29.3076
    public var boilerMWPerTph = 0.0, boilerEffCoal = 0.0, boilerEffGas = 0.0
    /// kg/t of coal and kg/10^4 m3 of gas, indexed by AirPollutant.
    /// Held inline (no array per compile), indexed like arrays.
    public var boilerCoalAir = SIMD4<Double>(), boilerGasAir = SIMD4<Double>()
    public var smokelessArea2014Km2 = 0.0, smokelessCoalTPerKm2 = 0.0, smokelessGasShare = 0.0
    public var stoveEffCoal = 0.0, stoveEffGas = 0.0, stoveEffElectric = 0.0
    public var stoveCoalAir = SIMD4<Double>(), stoveGasAir = SIMD4<Double>()
    public var greenKgcePerM2 = 0.0, retrofitKgcePerM2 = 0.0
    public var pricingElasticity = 0.0
    public var sewerCodGPerDay = 0.0, sewerNh3nGPerDay = 0.0, sewerRemovalCod = 0.0, sewerRemovalNh3n = 0.0
}

/// The goals' limits (docs/MODEL.md §6).
public struct GoalLimits: Sendable {
    public var intensityChange = -0.02
    /// Caps indexed by WaterPollutant (held inline).
    public var water = SIMD4<Double>()
    public var smokelessAreaKm2 = 0.0
    public var smokelessDeadlineMonth = 9
    public var keyEnterprisesTce = 0.0
}

/// A scenario on a baseline, resolved once into index-addressed numbers.
///
/// Build it with `init(baseline:scenario:)`, which validates everything (docs/MODEL.md §7) and
/// throws every problem found; then `evaluate(into:)` as often as needed.
public struct CompiledScenario: Sendable {
    public var scenarioName: String
    public var baselineID: String
    /// 2014 energy, physical units, `[sector * 7 + fuel]`.
    public var energy: [Double]
    /// 2014 value added by sector, 万元 (0 for residential). This, growth, drift and water are
    /// held inline (eight and four lanes, the last ones unused) and index like arrays.
    public var gdp: SIMD8<Double>
    public var growth: SIMD8<Double>
    public var drift: SIMD8<Double>
    /// 2014 air emissions, t, `[pollutant * 7 + sector]`.
    public var air: [Double]
    /// 2014 water emissions, t, by WaterPollutant.
    public var water: SIMD4<Double>
    public var growthPopulation: Double
    public var driftWaterIndustrial: Double
    public var coefTce: [Double]
    public var coefCO2: [Double]
    public var constants: LeverConstants
    public var goals: GoalLimits
    public var pvAccounting: PVAccounting
    /// Township energy and value-added shares, `[township * 7 + sector]`.
    public var shareEnergy: [Double]
    public var shareValueAdded: [Double]
    public var townshipTargets: [Double]
    public var measures: [CompiledMeasure]
    public var vehicleTerms: [VehicleTerm]
    /// The scenario's year-to-date figures (docs/MODEL.md §14); nil without, and then evaluation
    /// takes none of their steps.
    public var yearToDate: CompiledActuals?
    /// Every parameter the model reads, assumptions applied, in `layout` order; the arrays
    /// above are loaded from it (`load()`), so that a patch writes one slot and reloads.
    public internal(set) var inputs: [Double]
    public let layout: ParameterLayout

    /// Number of townships.
    public var townshipCount: Int { townshipTargets.count }
}
