/// Where each parameter the model reads sits in one flat vector of values, for a baseline's
/// townships, vehicle classes and profiles. Compiling copies the vector, patches write one
/// slot; no key is spelled out after the layout is made.
public struct ParameterLayout: Equatable, Sendable {
    public let townshipIDs: [String]
    public let vehicleClassIDs: [String]
    /// Profile names, sorted.
    public let profileNames: [String]

    let constantBase: Int, energyBase: Int, gdpBase: Int, growthBase: Int, driftBase: Int
    let airBase: Int, waterBase: Int, coefTceBase: Int, coefCO2Base: Int, densityBase: Int
    let energyShareBase: Int, valueAddedShareBase: Int, vehicleBase: Int, profileBase: Int
    let sectorProfileBase: Int
    /// Number of slots.
    public let count: Int

    public init(townshipIDs: [String], vehicleClassIDs: [String], profileNames: [String]) {
        self.townshipIDs = townshipIDs; self.vehicleClassIDs = vehicleClassIDs; self.profileNames = profileNames
        let S = Sector.count, F = Fuel.count, T = townshipIDs.count
        var next = 0
        func take(_ n: Int) -> Int { defer { next += n }; return next }
        constantBase = take(ModelConstant.allCases.count)
        energyBase = take(S * F)
        gdpBase = take(S); growthBase = take(S); driftBase = take(S)
        airBase = take(AirPollutant.count * S)
        waterBase = take(WaterPollutant.count)
        coefTceBase = take(F); coefCO2Base = take(F); densityBase = take(F)
        energyShareBase = take(T * S); valueAddedShareBase = take(T * S)
        vehicleBase = take(vehicleClassIDs.count * VehicleParameter.count)
        profileBase = take(profileNames.count * 12)
        sectorProfileBase = take(SectorProfileKind.allCases.count * S * 12)
        count = next
    }

    /// The slot of a constant.
    @inline(__always) public func slot(_ c: ModelConstant) -> Int { constantBase + c.index }
    @inline(__always) func energy(_ s: Int, _ f: Int) -> Int { energyBase + s * Fuel.count + f }
    @inline(__always) func air(_ p: Int, _ s: Int) -> Int { airBase + p * Sector.count + s }
    @inline(__always) func energyShare(_ t: Int, _ s: Int) -> Int { energyShareBase + t * Sector.count + s }
    @inline(__always) func valueAddedShare(_ t: Int, _ s: Int) -> Int { valueAddedShareBase + t * Sector.count + s }
    @inline(__always) func vehicle(_ c: Int, _ v: VehicleParameter) -> Int { vehicleBase + c * VehicleParameter.count + v.index }
    @inline(__always) func profile(_ p: Int, month: Int) -> Int { profileBase + p * 12 + month - 1 }
    /// The slot of month `month` (1…12) of sector `s`'s shape of kind `k`.
    @inline(__always) func sectorProfile(_ k: SectorProfileKind, _ s: Int, month: Int) -> Int {
        sectorProfileBase + (k.rawValue * Sector.count + s) * 12 + month - 1
    }

    /// The slot of a typed key, or nil when its township, class or profile is not in the layout.
    public func slot(_ key: ParameterKey) -> Int? {
        switch key {
        case .constant(let c): return slot(c)
        case .gdp(let s): return gdpBase + s.rawValue
        case .growth(let s): return growthBase + s.rawValue
        case .drift(let s): return driftBase + s.rawValue
        case .energy(let s, let f): return energy(s.rawValue, f.rawValue)
        case .air(let p, let s): return air(p.rawValue, s.rawValue)
        case .water(let w): return waterBase + w.rawValue
        case .coefTce(let f): return coefTceBase + f.rawValue
        case .coefCO2(let f): return coefCO2Base + f.rawValue
        case .density(let f): return densityBase + f.rawValue
        case .energyShare(let t, let s): return townshipIDs.firstIndex(of: t).map { energyShare($0, s.rawValue) }
        case .valueAddedShare(let t, let s): return townshipIDs.firstIndex(of: t).map { valueAddedShare($0, s.rawValue) }
        case .vehicle(let c, let v): return vehicleClassIDs.firstIndex(of: c).map { vehicle($0, v) }
        case .profileWeight(let p, let m): return profileNames.firstIndex(of: p).map { profile($0, month: m) }
        case .sectorProfile(let k, let s, let m): return sectorProfile(k, s.rawValue, month: m)
        }
    }

    /// Every slot's typed key, in slot order.
    public var keys: [ParameterKey] {
        var out: [ParameterKey] = []
        out.reserveCapacity(count)
        out += ModelConstant.allCases.map { .constant($0) }
        for s in Sector.allCases { for f in Fuel.allCases { out.append(.energy(s, f)) } }
        out += Sector.allCases.map { .gdp($0) }
        out += Sector.allCases.map { .growth($0) }
        out += Sector.allCases.map { .drift($0) }
        for p in AirPollutant.allCases { for s in Sector.allCases { out.append(.air(p, s)) } }
        out += WaterPollutant.allCases.map { .water($0) }
        out += Fuel.allCases.map { .coefTce($0) }
        out += Fuel.allCases.map { .coefCO2($0) }
        out += Fuel.allCases.map { .density($0) }
        for t in townshipIDs { for s in Sector.allCases { out.append(.energyShare(township: t, s)) } }
        for t in townshipIDs { for s in Sector.allCases { out.append(.valueAddedShare(township: t, s)) } }
        for c in vehicleClassIDs { for v in VehicleParameter.allCases { out.append(.vehicle(vehicleClass: c, v)) } }
        for p in profileNames { for m in 1...12 { out.append(.profileWeight(profile: p, month: m)) } }
        for k in SectorProfileKind.allCases {
            for s in Sector.allCases { for m in 1...12 { out.append(.sectorProfile(k, s, month: m)) } }
        }
        return out
    }

    /// Whether every baseline must carry the key: false for the lever defaults, vehicle
    /// numbers and densities (read only when a measure needs them), residential value added.
    static func isRequired(_ key: ParameterKey) -> Bool {
        switch key {
        case .constant(let c): c.isRequired
        case .gdp(let s), .valueAddedShare(_, let s): s.producesValueAdded
        case .vehicle, .density, .sectorProfile: false
        default: true
        }
    }
}

extension VehicleParameter {
    /// Position in `allCases`.
    var index: Int {
        switch self {
        case .km: 0
        case .litresPer100kmOld: 1
        case .litresPer100kmNew: 2
        case .noxGPerKmOld: 3
        case .noxGPerKmNew: 4
        case .noxGPerKmCNG: 5
        case .pmGPerKmOld: 6
        case .pmGPerKmNew: 7
        case .pmGPerKmCNG: 8
        case .cngM3Per100km: 9
        case .yellowStock: 10
        }
    }
}
