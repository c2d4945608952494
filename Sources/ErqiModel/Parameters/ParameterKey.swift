/// One number a vehicle class carries (`vehicle.<class>.<field>`).
public enum VehicleParameter: String, CaseIterable, Sendable {
    case km = "km"
    case litresPer100kmOld = "l_per_100km_old"
    case litresPer100kmNew = "l_per_100km_new"
    case noxGPerKmOld = "nox_g_per_km_old", noxGPerKmNew = "nox_g_per_km_new", noxGPerKmCNG = "nox_g_per_km_cng"
    case pmGPerKmOld = "pm_g_per_km_old", pmGPerKmNew = "pm_g_per_km_new", pmGPerKmCNG = "pm_g_per_km_cng"
    case cngM3Per100km = "cng_m3_per_100km"
    case yellowStock = "yellow_stock"

    /// Number of fields, for flat layouts.
    public static let count = 11
}

/// A parameter key of the model, typed (docs/MODEL.md §2): the one table of keys that the
/// compiler, `ParameterRules`, patches and `explain` read instead of building strings.
/// Families over townships, vehicle classes and profiles carry the baseline's id.
public enum ParameterKey: Hashable, Sendable {
    case constant(ModelConstant)
    case gdp(Sector)
    case growth(Sector)
    case drift(Sector)
    case energy(Sector, Fuel)
    case air(AirPollutant, Sector)
    case water(WaterPollutant)
    case coefTce(Fuel)
    case coefCO2(Fuel)
    case density(Fuel)
    case energyShare(township: String, Sector)
    case valueAddedShare(township: String, Sector)
    case vehicle(vehicleClass: String, VehicleParameter)
    case profileWeight(profile: String, month: Int)
    /// A sector's monthly shape of energy use or value added (`profile.energy.industry.m07`).
    case sectorProfile(SectorProfileKind, Sector, month: Int)

    /// The key as written in files (`energy.industry.coal`).
    public var text: String {
        switch self {
        case .constant(let c): c.key
        case .gdp(let s): "gdp.\(s.id)"
        case .growth(let s): "growth.\(s.id)"
        case .drift(let s): "drift.\(s.id)"
        case .energy(let s, let f): "energy.\(s.id).\(f.id)"
        case .air(let p, let s): "air.\(p.id).\(s.id)"
        case .water(let w): "water.\(w.id)"
        case .coefTce(let f): "coef.tce.\(f.id)"
        case .coefCO2(let f): "coef.co2.\(f.id)"
        case .density(let f): "coef.density.\(f.id)"
        case .energyShare(let t, let s): "township.\(t).energy_share.\(s.id)"
        case .valueAddedShare(let t, let s): "township.\(t).va_share.\(s.id)"
        case .vehicle(let c, let v): "vehicle.\(c).\(v.rawValue)"
        case .profileWeight(let p, let m): m < 10 ? "profile.\(p).m0\(m)" : "profile.\(p).m\(m)"
        case .sectorProfile(let k, let s, let m): m < 10 ? "profile.\(k.id).\(s.id).m0\(m)" : "profile.\(k.id).\(s.id).m\(m)"
        }
    }

    /// The typed key of `text`, or nil when it is no key the model reads.
    public init?(text: String) {
        if let c = ModelConstant(key: text) { self = .constant(c); return }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("gdp", 2): guard let s = Sector(id: parts[1]) else { return nil }; self = .gdp(s)
        case ("growth", 2): guard let s = Sector(id: parts[1]) else { return nil }; self = .growth(s)
        case ("drift", 2): guard let s = Sector(id: parts[1]) else { return nil }; self = .drift(s)
        case ("energy", 3):
            guard let s = Sector(id: parts[1]), let f = Fuel(id: parts[2]) else { return nil }
            self = .energy(s, f)
        case ("air", 3):
            guard let p = AirPollutant.allCases.first(where: { $0.id == parts[1] }), let s = Sector(id: parts[2]) else { return nil }
            self = .air(p, s)
        case ("water", 2):
            guard let w = WaterPollutant.allCases.first(where: { $0.id == parts[1] }) else { return nil }
            self = .water(w)
        case ("coef", 3):
            guard let f = Fuel(id: parts[2]) else { return nil }
            switch parts[1] {
            case "tce": self = .coefTce(f)
            case "co2": self = .coefCO2(f)
            case "density": self = .density(f)
            default: return nil
            }
        case ("township", 4):
            guard let s = Sector(id: parts[3]) else { return nil }
            switch parts[2] {
            case "energy_share": self = .energyShare(township: parts[1], s)
            case "va_share": self = .valueAddedShare(township: parts[1], s)
            default: return nil
            }
        case ("vehicle", 3):
            guard let v = VehicleParameter(rawValue: parts[2]) else { return nil }
            self = .vehicle(vehicleClass: parts[1], v)
        case ("profile", 3):
            let m = parts[2]
            guard m.count == 3, m.hasPrefix("m"), let month = Int(m.dropFirst()), (1...12).contains(month) else { return nil }
            self = .profileWeight(profile: parts[1], month: month)
        case ("profile", 4):
            let m = parts[3]
            guard m.count == 3, m.hasPrefix("m"), let month = Int(m.dropFirst()), (1...12).contains(month),
                  let kind = SectorProfileKind.allCases.first(where: { $0.id == parts[1] }), let s = Sector(id: parts[2])
            else { return nil }
            self = .sectorProfile(kind, s, month: month)
        default: return nil
        }
    }

    /// The values it may take (docs/MODEL.md §7).
    public var rule: ValueRule {
        switch self {
        case .constant(let c): c.rule
        case .growth, .drift: .rate
        case .energyShare, .valueAddedShare: .fraction
        case .coefTce, .density: .positive
        case .vehicle(_, .km): .positive
        default: .nonNegative
        }
    }

    /// True when business as usual (docs/MODEL.md §3.1) reads it: a change to it changes BAU.
    public var entersBAU: Bool {
        switch self {
        case .gdp, .growth, .drift, .energy, .air, .water, .coefTce: true
        case .constant(let c): c == .growthPopulation || c == .driftWaterIndustrial
        default: false
        }
    }
}
