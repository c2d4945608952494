extension CompiledScenario {
    /// Projects 2015 (docs/MODEL.md §3–§5) into `p`, which must have been made for this scenario.
    /// Looks up no strings and allocates nothing. Returns false, with `p.failure` set, when
    /// measures would take a quantity below zero or scale an empty sector.
    @discardableResult
    public func evaluate(into p: inout Projection) -> Bool {
        precondition(p.measureCount == measures.count && p.townshipCount == townshipCount,
                     "Projection was made for another scenario")
        let S = Sector.count, F = Fuel.count, A = AirPollutant.count, W = WaterPollutant.count
        p.failure = nil

        // Business as usual (docs/MODEL.md §3.1).
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

        // Measures (docs/MODEL.md §4), each against BAU.
        for i in p.deltaEnergy.indices { p.deltaEnergy[i] = 0 }
        for i in p.deltaValueAdded.indices { p.deltaValueAdded[i] = 0 }
        for i in p.deltaAir.indices { p.deltaAir[i] = 0 }
        for i in p.deltaWater.indices { p.deltaWater[i] = 0 }
        p.keyEnterprisesTce = 0
        p.smokelessAreaKm2 = constants.smokelessArea2014Km2
        p.smokelessAreaByDeadlineKm2 = constants.smokelessArea2014Km2
        for m in measures.indices {
            p.pvMWh[m] = 0
            if !apply(m, &p) { return false }
        }

        // Results (docs/MODEL.md §5).
        let elec = Fuel.electricity.rawValue
        for i in 0..<(S * F) { p.energy2015[i] = p.energyBAU[i] }
        p.deltaEnergy.withUnsafeBufferPointer { d in
            p.energy2015.withUnsafeMutableBufferPointer { e in
                for m in 0..<measures.count {
                    let base = m * S * F
                    for i in 0..<(S * F) { e[i] += d[base + i] }
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

        // Per-measure contributions in tce and CO₂.
        let counted = pvAccounting == .counted
        p.pvGenerationMWh = 0
        for m in 0..<measures.count {
            var tce = 0.0, co2 = 0.0
            p.deltaEnergy.withUnsafeBufferPointer { d in
                coefTce.withUnsafeBufferPointer { kt in
                    coefCO2.withUnsafeBufferPointer { kc in
                        for s in 0..<S {
                            var ts = 0.0
                            let base = m * S * F + s * F
                            for f in 0..<F {
                                let x = d[base + f]
                                ts += x * kt[f]
                                co2 += x * kc[f]
                            }
                            p.measureSectorTce[m * S + s] = ts
                            tce += ts
                        }
                    }
                }
            }
            if counted { co2 -= p.pvMWh[m] * coefCO2[elec] }
            p.measureTce[m] = tce
            p.measureCO2[m] = co2
            p.pvGenerationMWh += p.pvMWh[m]
        }

        // Totals.
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

        // Townships: shares of BAU plus each measure, located or split by share. Measures that
        // are spread are summed by sector first, located ones by township (same result as
        // splitting each measure, in S·(M + T) instead of S·M·T steps).
        for s in 0..<S { p.spreadTce[s] = 0; p.spreadValueAdded[s] = 0 }
        for t in 0..<townshipCount { p.locatedTce[t] = 0; p.locatedValueAdded[t] = 0 }
        for m in 0..<measures.count {
            let t = measures[m].township
            if t >= 0 {
                p.locatedTce[t] += p.measureTce[m]
                for s in 0..<S { p.locatedValueAdded[t] += p.deltaValueAdded[m * S + s] }
            } else {
                for s in 0..<S {
                    p.spreadTce[s] += p.measureSectorTce[m * S + s]
                    p.spreadValueAdded[s] += p.deltaValueAdded[m * S + s]
                }
            }
        }
        for t in 0..<townshipCount {
            var e14 = 0.0, e15 = p.locatedTce[t], v14 = 0.0, v15 = p.locatedValueAdded[t]
            for s in 0..<S {
                let se = shareEnergy[t * S + s], sv = shareValueAdded[t * S + s]
                e14 += se * p.tce2014[s]
                e15 += se * (p.tceBAU[s] + p.spreadTce[s])
                v14 += sv * gdp[s]
                v15 += sv * (p.valueAddedBAU[s] + p.spreadValueAdded[s])
            }
            p.townshipEnergy2014[t] = e14
            p.townshipEnergy2015[t] = e15
            p.townshipValueAdded2014[t] = v14
            p.townshipValueAdded2015[t] = v15
            if e15 < -tolerance(e14) {
                p.failure = .negativeTownshipEnergy(township: t, energyTce: e15)
                return false
            }
            if !(v15 > 0) {
                p.failure = .nonPositiveTownshipValueAdded(township: t, valueAdded: v15)
                return false
            }
            p.townshipIntensityChange[t] = (e15 / v15) / (e14 / v14) - 1
        }
        return true
    }

    @inline(__always)
    func tolerance(_ scale: Double) -> Double { 1e-9 * max(abs(scale), 1) }

    /// Writes measure `m`'s changes into `p` (docs/MODEL.md §4). False when it scales an empty sector.
    func apply(_ m: Int, _ p: inout Projection) -> Bool {
        let S = Sector.count, F = Fuel.count, A = AirPollutant.count, W = WaterPollutant.count
        let measure = measures[m]
        let frac = measure.fraction
        let s = measure.sector
        let e0 = m * S * F, a0 = m * A, w0 = m * W
        let coal = Fuel.coal.rawValue, gas = Fuel.gas.rawValue, elec = Fuel.electricity.rawValue
        let k = constants

        /// Generic rule G: a fraction φ of sector `sector`'s BAU energy and air.
        func scale(_ sector: Int, _ phi: Double, _ p: inout Projection) {
            for f in 0..<F { p.deltaEnergy[e0 + sector * F + f] -= phi * p.energyBAU[sector * F + f] }
            for a in 0..<A { p.deltaAir[a0 + a] -= phi * p.airBAU[a * S + sector] }
        }
        func share(_ tce: Double, of sector: Int, _ p: inout Projection) -> Double? {
            if tce == 0 { return 0 }
            guard p.tceBAU[sector] > 0 else {
                p.failure = .emptySector(measure: m, sector: sector)
                return nil
            }
            return tce / p.tceBAU[sector]
        }

        switch measure.effect {
        case .coalToGas(let capacityTph, let hours):
            let heatGJ = capacityTph * k.boilerMWPerTph * hours * 3.6 * frac
            let coalT = heatGJ / (k.ncvGJPerTce * k.boilerEffCoal) / coefTce[coal]
            let gas10kM3 = heatGJ / (k.ncvGJPerTce * k.boilerEffGas) / coefTce[gas]
            p.deltaEnergy[e0 + s * F + coal] -= coalT
            p.deltaEnergy[e0 + s * F + gas] += gas10kM3
            for a in 0..<A {
                p.deltaAir[a0 + a] += -coalT * k.boilerCoalAir[a] / 1000 + gas10kM3 * k.boilerGasAir[a] / 1000
            }
        case .rooftopPV(let capacityMW, let yield):
            let mwh = capacityMW * yield * frac
            p.pvMWh[m] = mwh
            if pvAccounting == .offset { p.deltaEnergy[e0 + s * F + elec] -= mwh }
        case .smokelessZone(let areaKm2):
            let coalT = areaKm2 * k.smokelessCoalTPerKm2 * frac
            let usefulGJ = coalT * coefTce[coal] * k.ncvGJPerTce * k.stoveEffCoal
            let gas10kM3 = usefulGJ * k.smokelessGasShare / (k.stoveEffGas * k.ncvGJPerTce * coefTce[gas])
            let electricMWh = usefulGJ * (1 - k.smokelessGasShare) / (k.stoveEffElectric * 3.6)
            p.deltaEnergy[e0 + s * F + coal] -= coalT
            p.deltaEnergy[e0 + s * F + gas] += gas10kM3
            p.deltaEnergy[e0 + s * F + elec] += electricMWh
            for a in 0..<A {
                p.deltaAir[a0 + a] += -coalT * k.stoveCoalAir[a] / 1000 + gas10kM3 * k.stoveGasAir[a] / 1000
            }
            if measure.startMonth <= 12 { p.smokelessAreaKm2 += areaKm2 }
            if measure.startMonth <= goals.smokelessDeadlineMonth { p.smokelessAreaByDeadlineKm2 += areaKm2 }
        case .yellowLabel(let vehicles, let r):
            let nox = AirPollutant.nox.rawValue, pm = AirPollutant.pm.rawValue
            for v in vehicles {
                let t = vehicleTerms[v]
                let vkm = t.count * t.km
                let fuelT = vkm * (t.litresPer100kmOld - r * t.litresPer100kmNew) / 100 * t.densityKgPerLitre / 1000 * frac
                p.deltaEnergy[e0 + s * F + t.fuel] -= fuelT
                p.deltaAir[a0 + nox] -= vkm * (t.noxGPerKmOld - r * t.noxGPerKmNew) * 1e-6 * frac
                p.deltaAir[a0 + pm] -= vkm * (t.pmGPerKmOld - r * t.pmGPerKmNew) * 1e-6 * frac
            }
        case .oilToGas(let vehicles):
            let nox = AirPollutant.nox.rawValue, pm = AirPollutant.pm.rawValue
            for v in vehicles {
                let t = vehicleTerms[v]
                let vkm = t.count * t.km
                p.deltaEnergy[e0 + s * F + t.fuel] -= vkm * t.litresPer100kmNew / 100 * t.densityKgPerLitre / 1000 * frac
                p.deltaEnergy[e0 + s * F + gas] += vkm * t.cngM3Per100km / 100 / 1e4 * frac
                p.deltaAir[a0 + nox] -= vkm * (t.noxGPerKmNew - t.noxGPerKmCNG) * 1e-6 * frac
                p.deltaAir[a0 + pm] -= vkm * (t.pmGPerKmNew - t.pmGPerKmCNG) * 1e-6 * frac
            }
        case .keyEnterprises(let savingTce):
            guard let phi = share(savingTce * frac, of: s, &p) else { return false }
            scale(s, phi, &p)
            p.keyEnterprisesTce += savingTce * frac
        case .backwardCapacity(let energyTce, let valueAdded), .newProjects(let energyTce, let valueAdded):
            let sign: Double = measure.kind == .newProjects ? -1 : 1
            guard let phi = share(energyTce * frac, of: s, &p) else { return false }
            scale(s, sign * phi, &p)
            let va = valueAdded * frac
            p.deltaValueAdded[m * S + s] -= sign * va
            if va > 0 {
                guard p.valueAddedBAU[s] > 0 else {
                    p.failure = .emptySector(measure: m, sector: s)
                    return false
                }
                let psi = va / p.valueAddedBAU[s]
                let cod = WaterPollutant.codIndustrial.rawValue, nh3n = WaterPollutant.nh3nIndustrial.rawValue
                p.deltaWater[w0 + cod] -= sign * psi * p.waterBAU[cod]
                p.deltaWater[w0 + nh3n] -= sign * psi * p.waterBAU[nh3n]
            }
        case .industrialEfficiency(let percent), .publicInstitutions(let percent):
            scale(s, percent * frac, &p)
        case .motors(let capacityKW, let hours, let gain):
            p.deltaEnergy[e0 + s * F + elec] -= capacityKW * hours * gain / 1000 * frac
        case .greenBuildings(let newM2, let retrofitM2):
            let tce = (newM2 * k.greenKgcePerM2 + retrofitM2 * k.retrofitKgcePerM2) / 1000 * frac
            guard let phi = share(tce, of: s, &p) else { return false }
            scale(s, phi, &p)
        case .tieredPricing(let priceIncrease):
            let dElec = k.pricingElasticity * priceIncrease * frac * p.energyBAU[s * F + elec]
            let dGas = k.pricingElasticity * priceIncrease * frac * p.energyBAU[s * F + gas]
            p.deltaEnergy[e0 + s * F + elec] += dElec
            p.deltaEnergy[e0 + s * F + gas] += dGas
            let dTce = dElec * coefTce[elec] + dGas * coefTce[gas]
            let phi = p.tceBAU[s] > 0 ? -dTce / p.tceBAU[s] : 0
            for a in 0..<A { p.deltaAir[a0 + a] -= phi * p.airBAU[a * S + s] }
        case .sewerConnection(let people):
            p.deltaWater[w0 + WaterPollutant.codHousehold.rawValue] -= people * k.sewerCodGPerDay * 365e-6 * k.sewerRemovalCod * frac
            p.deltaWater[w0 + WaterPollutant.nh3nHousehold.rawValue] -= people * k.sewerNh3nGPerDay * 365e-6 * k.sewerRemovalNh3n * frac
        case .industrialWastewater(let percent):
            let cod = WaterPollutant.codIndustrial.rawValue, nh3n = WaterPollutant.nh3nIndustrial.rawValue
            p.deltaWater[w0 + cod] -= percent * frac * p.waterBAU[cod]
            p.deltaWater[w0 + nh3n] -= percent * frac * p.waterBAU[nh3n]
        }
        return true
    }
}
