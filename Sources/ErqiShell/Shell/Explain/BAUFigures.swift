import ErqiModel

/// Business-as-usual 2015 quantities (docs/MODEL.md §3.1) computed from the parameters, for explanations.
extension ParameterBook {
    mutating func growthFactor(_ s: Sector) -> Double { (1 + value("growth.\(s.id)")) * (1 + value("drift.\(s.id)")) }

    /// `E_bau[s][f]`, physical units.
    mutating func energyBAU(_ s: Sector, _ f: Fuel) -> Double { value("energy.\(s.id).\(f.id)") * growthFactor(s) }

    /// `T_bau[s]`, tce.
    mutating func tceBAU(_ s: Sector) -> Double {
        Fuel.allCases.reduce(0) { $0 + energyBAU(s, $1) * value("coef.tce.\($1.id)") }
    }

    /// 2014 tce of a sector.
    mutating func tce2014(_ s: Sector) -> Double {
        Fuel.allCases.reduce(0) { $0 + value("energy.\(s.id).\($1.id)") * value("coef.tce.\($1.id)") }
    }

    mutating func airBAU(_ p: AirPollutant, _ s: Sector) -> Double { value("air.\(p.id).\(s.id)") * growthFactor(s) }

    mutating func valueAddedBAU(_ s: Sector) -> Double {
        s.producesValueAdded ? value("gdp.\(s.id)") * (1 + value("growth.\(s.id)")) : 0
    }

    mutating func waterBAU(_ w: WaterPollutant) -> Double {
        w.isHousehold ? value("water.\(w.id)") * (1 + value("growth.population"))
            : value("water.\(w.id)") * (1 + value("growth.industry")) * (1 + value("drift.water_industrial"))
    }

    /// Profile weights m01…m12.
    mutating func weights(_ profile: String) -> [Double] {
        (1...12).map { value("profile.\(profile).m\($0 < 10 ? "0" : "")\($0)") }
    }
}
