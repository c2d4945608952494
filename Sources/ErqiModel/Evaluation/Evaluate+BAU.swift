extension CompiledScenario {
    /// Business as usual 2015 (docs/MODEL.md §3.1) and the 2014 tce by sector, into `p`.
    public func computeBAU(into p: inout Projection) {
        let S = Sector.count, F = Fuel.count, A = AirPollutant.count, W = WaterPollutant.count
        for s in 0..<S {
            let g = 1 + growth[s], d = 1 + drift[s]
            var tBAU = 0.0, t14 = 0.0
            for f in 0..<F {
                let e = energy[s * F + f] * g * d
                p.energyBAU[s * F + f] = e
                tBAU += e * coefTce[f]
                t14 += energy[s * F + f] * coefTce[f]
            }
            p.tceBAU[s] = tBAU
            p.tce2014[s] = t14
            p.valueAddedBAU[s] = gdp[s] * g
            for a in 0..<A { p.airBAU[a * S + s] = air[a * S + s] * g * d }
        }
        for w in 0..<W {
            p.waterBAU[w] = WaterPollutant(rawValue: w)!.isHousehold
                ? water[w] * (1 + growthPopulation)
                : water[w] * (1 + growth[Sector.industry.rawValue]) * (1 + driftWaterIndustrial)
        }

    }
}
