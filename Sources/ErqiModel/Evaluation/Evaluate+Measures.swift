extension CompiledScenario {
    /// Each measure's changes against BAU (docs/MODEL.md §4). False, with `p.failure`, when one
    /// scales an empty sector.
    func applyMeasures(into p: inout Projection) -> Bool {
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

        return true
    }

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
