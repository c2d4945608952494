import ErqiModel

/// Business-as-usual 2015 quantities (docs/MODEL.md §3.1) computed from the parameters, for explanations.
extension ParameterBook {
    mutating func growthFactor(_ s: Sector) -> Double { (1 + value(.growth(s))) * (1 + value(.drift(s))) }

    /// `E_bau[s][f]`, physical units.
    mutating func energyBAU(_ s: Sector, _ f: Fuel) -> Double { value(.energy(s, f)) * growthFactor(s) }

    /// `T_bau[s]`, tce.
    mutating func tceBAU(_ s: Sector) -> Double {
        Fuel.allCases.reduce(0) { $0 + energyBAU(s, $1) * value(.coefTce($1)) }
    }

    /// 2014 tce of a sector.
    mutating func tce2014(_ s: Sector) -> Double {
        Fuel.allCases.reduce(0) { $0 + value(.energy(s, $1)) * value(.coefTce($1)) }
    }

    mutating func airBAU(_ p: AirPollutant, _ s: Sector) -> Double { value(.air(p, s)) * growthFactor(s) }

    mutating func valueAddedBAU(_ s: Sector) -> Double {
        s.producesValueAdded ? value(.gdp(s)) * (1 + value(.growth(s))) : 0
    }

    mutating func waterBAU(_ w: WaterPollutant) -> Double {
        w.isHousehold ? value(.water(w)) * (1 + value(.growthPopulation))
            : value(.water(w)) * (1 + value(.growth(.industry))) * (1 + value(.driftWaterIndustrial))
    }

    /// Profile weights m01…m12.
    mutating func weights(_ profile: String) -> [Double] {
        (1...12).map { value(.profileWeight(profile: profile, month: $0)) }
    }
}
