extension CompiledScenario {
    /// The 2015 quantities with measures (docs/MODEL.md §5), each checked against going below zero.
    func sumQuantities(into p: inout Projection) -> Bool {
        let S = Sector.count, F = Fuel.count, A = AirPollutant.count, W = WaterPollutant.count
        let M = measures.count
        // A measure changes only its own sector's fuels (`apply`), so each adds F numbers, not
        // S·F. The same sums: the additions left out were of +0, which changes no number but
        // −0 (to +0), and no delta is −0 (each starts at +0 and only gains or loses nonzero
        // amounts or ±0), so `+ 0` once, when there is any measure, does what they did.
        for i in 0..<(S * F) { p.energy2015[i] = M > 0 ? p.energyBAU[i] + 0 : p.energyBAU[i] }
        p.deltaEnergy.withUnsafeBufferPointer { d in
            p.energy2015.withUnsafeMutableBufferPointer { e in
                for m in 0..<M {
                    let own = measures[m].sector * F
                    let base = m * S * F + own
                    for f in 0..<F { e[own + f] += d[base + f] }
                }
            }
        }
        for i in 0..<(S * F) {
            let e = p.energy2015[i]
            if e < -tolerance(p.energyBAU[i]) {
                p.failure = .negativeEnergy(sector: i / F, fuel: i % F, removed: p.energyBAU[i] - e, bau: p.energyBAU[i])
                return false
            }
        }
        for s in 0..<S {
            var v = p.valueAddedBAU[s]
            for m in 0..<measures.count { v += p.deltaValueAdded[m * S + s] }
            p.valueAdded2015[s] = v
            if v < -tolerance(p.valueAddedBAU[s]) {
                p.failure = .negativeValueAdded(sector: s, removed: p.valueAddedBAU[s] - v, bau: p.valueAddedBAU[s])
                return false
            }
        }
        for a in 0..<A {
            var bau = 0.0
            for s in 0..<S { bau += p.airBAU[a * S + s] }
            var v = bau
            for m in 0..<measures.count { v += p.deltaAir[m * A + a] }
            p.air2015[a] = v
            if v < -tolerance(bau) {
                p.failure = .negativeAir(pollutant: a, removed: bau - v, bau: bau)
                return false
            }
        }
        for w in 0..<W {
            var v = p.waterBAU[w]
            for m in 0..<measures.count { v += p.deltaWater[m * W + w] }
            p.water2015[w] = v
            if v < -tolerance(p.waterBAU[w]) {
                p.failure = .negativeWater(pollutant: w, removed: p.waterBAU[w] - v, bau: p.waterBAU[w])
                return false
            }
        }

        return true
    }

    /// Each measure's change in tce (by sector) and CO₂, and the PV generation. A measure
    /// changes only its own sector's fuels (`apply`): its other sectors' tce is 0, and the sums
    /// over them, which added only ±0 to sums that are never −0, are left out.
    func sumMeasureContributions(into p: inout Projection) {
        let S = Sector.count, F = Fuel.count, elec = Fuel.electricity.rawValue
        let counted = pvAccounting == .counted
        p.pvGenerationMWh = 0
        for i in 0..<(measures.count * S) { p.measureSectorTce[i] = 0 }
        for m in 0..<measures.count {
            let s = measures[m].sector
            var tce = 0.0, co2 = 0.0, ts = 0.0
            p.deltaEnergy.withUnsafeBufferPointer { d in
                coefTce.withUnsafeBufferPointer { kt in
                    coefCO2.withUnsafeBufferPointer { kc in
                        let base = m * S * F + s * F
                        for f in 0..<F {
                            let x = d[base + f]
                            ts += x * kt[f]
                            co2 += x * kc[f]
                        }
                    }
                }
            }
            p.measureSectorTce[m * S + s] = ts
            tce += ts
            if counted { co2 -= p.pvMWh[m] * coefCO2[elec] }
            p.measureTce[m] = tce
            p.measureCO2[m] = co2
            p.pvGenerationMWh += p.pvMWh[m]
        }
    }

    /// District totals: GDP, energy, CO₂, intensity and the energy gap.
    func sumTotals(into p: inout Projection) {
        let S = Sector.count, F = Fuel.count, elec = Fuel.electricity.rawValue
        let counted = pvAccounting == .counted
        p.gdp2014 = 0; p.gdp2015 = 0
        for s in 0..<S { p.gdp2014 += gdp[s]; p.gdp2015 += p.valueAdded2015[s] }
        p.energy2014Tce = 0; p.energyBAU2015Tce = 0; p.energy2015Tce = 0
        p.co2_2014 = 0; p.co2BAU2015 = 0; p.co2_2015 = 0
        for f in 0..<F { p.tceByFuel[f] = 0 }
        for s in 0..<S {
            var ts = 0.0
            for f in 0..<F {
                let i = s * F + f
                let t = p.energy2015[i] * coefTce[f]
                ts += t
                p.tceByFuel[f] += t
                p.co2_2014 += energy[i] * coefCO2[f]
                p.co2BAU2015 += p.energyBAU[i] * coefCO2[f]
                p.co2_2015 += p.energy2015[i] * coefCO2[f]
            }
            p.tceBySector[s] = ts
            p.energy2015Tce += ts
            p.energy2014Tce += p.tce2014[s]
            p.energyBAU2015Tce += p.tceBAU[s]
        }
        if counted { p.co2_2015 -= p.pvGenerationMWh * coefCO2[elec] }
        p.intensity2014 = p.energy2014Tce / p.gdp2014
        p.intensity2015 = p.energy2015Tce / p.gdp2015
        p.intensityChange = p.intensity2015 / p.intensity2014 - 1
        p.allowedEnergyTce = p.intensity2014 * (1 + goals.intensityChange) * p.gdp2015
        p.energyGapTce = p.energy2015Tce - p.allowedEnergyTce

    }
}
