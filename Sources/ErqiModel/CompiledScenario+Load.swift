extension CompiledScenario {
    /// Loads the index-addressed arrays, the lever constants, the goals and every measure's
    /// defaulted sizes, fraction of the year and vehicle numbers from `inputs`. Writes in
    /// place: no allocation once the scenario is uniquely held.
    mutating func load() {
        let L = layout, S = Sector.count, F = Fuel.count
        for i in 0..<(S * F) { energy[i] = inputs[L.energyBase + i] }
        for s in 0..<S {
            gdp[s] = s == Sector.residential.rawValue ? 0 : inputs[L.gdpBase + s]
            growth[s] = inputs[L.growthBase + s]
            drift[s] = inputs[L.driftBase + s]
        }
        for i in 0..<(AirPollutant.count * S) { air[i] = inputs[L.airBase + i] }
        for w in 0..<WaterPollutant.count { water[w] = inputs[L.waterBase + w] }
        for f in 0..<F {
            coefTce[f] = inputs[L.coefTceBase + f]
            coefCO2[f] = inputs[L.coefCO2Base + f]
        }
        growthPopulation = value(.growthPopulation)
        driftWaterIndustrial = value(.driftWaterIndustrial)
        loadConstants()
        for t in 0..<townshipCount {
            for s in 0..<S {
                shareEnergy[t * S + s] = inputs[L.energyShare(t, s)]
                shareValueAdded[t * S + s] = s == Sector.residential.rawValue ? 0 : inputs[L.valueAddedShare(t, s)]
            }
        }
        for v in vehicleTerms.indices { loadVehicleTerm(v) }
        for m in measures.indices { loadMeasure(m) }
    }

    /// The value of a constant in `inputs`.
    @inline(__always) func value(_ c: ModelConstant) -> Double { inputs[layout.constantBase + c.index] }

    mutating func loadConstants() {
        constants.ncvGJPerTce = value(.ncvGJPerTce)
        constants.boilerMWPerTph = value(.boilerMWPerTph)
        constants.boilerEffCoal = value(.boilerEffCoal)
        constants.boilerEffGas = value(.boilerEffGas)
        constants.smokelessArea2014Km2 = value(.smokelessArea2014Km2)
        constants.smokelessCoalTPerKm2 = value(.smokelessCoalTPerKm2)
        constants.smokelessGasShare = value(.smokelessGasShare)
        constants.stoveEffCoal = value(.stoveEffCoal)
        constants.stoveEffGas = value(.stoveEffGas)
        constants.stoveEffElectric = value(.stoveEffElectric)
        for a in 0..<AirPollutant.count {
            let p = AirPollutant(rawValue: a)!
            constants.boilerCoalAir[p.rawValue] = value(.boilerCoal(p))
            constants.boilerGasAir[p.rawValue] = value(.boilerGas(p))
            constants.stoveCoalAir[p.rawValue] = value(.stoveCoal(p))
            constants.stoveGasAir[p.rawValue] = value(.stoveGas(p))
        }
        constants.greenKgcePerM2 = value(.buildingsGreenKgcePerM2)
        constants.retrofitKgcePerM2 = value(.buildingsRetrofitKgcePerM2)
        constants.pricingElasticity = value(.pricingElasticity)
        constants.sewerCodGPerDay = value(.sewerCodGPerDay)
        constants.sewerNh3nGPerDay = value(.sewerNh3nGPerDay)
        constants.sewerRemovalCod = value(.sewerRemovalCod)
        constants.sewerRemovalNh3n = value(.sewerRemovalNh3n)
        goals.intensityChange = value(.goalIntensityChange)
        for i in 0..<WaterPollutant.count { goals.water[i] = value(.waterGoal(WaterPollutant(rawValue: i)!)) }
        goals.smokelessAreaKm2 = value(.goalSmokelessAreaKm2)
        goals.smokelessDeadlineMonth = Int(value(.goalSmokelessDeadlineMonth))
        goals.keyEnterprisesTce = value(.goalKeyEnterprisesTce)
    }

    mutating func loadVehicleTerm(_ v: Int) {
        let L = layout, c = vehicleTerms[v].classIndex
        func x(_ p: VehicleParameter) -> Double { inputs[L.vehicle(c, p)] }
        vehicleTerms[v].km = x(.km)
        vehicleTerms[v].litresPer100kmOld = x(.litresPer100kmOld)
        vehicleTerms[v].litresPer100kmNew = x(.litresPer100kmNew)
        vehicleTerms[v].densityKgPerLitre = inputs[L.densityBase + vehicleTerms[v].fuel]
        vehicleTerms[v].noxGPerKmOld = x(.noxGPerKmOld)
        vehicleTerms[v].noxGPerKmNew = x(.noxGPerKmNew)
        vehicleTerms[v].noxGPerKmCNG = x(.noxGPerKmCNG)
        vehicleTerms[v].pmGPerKmOld = x(.pmGPerKmOld)
        vehicleTerms[v].pmGPerKmNew = x(.pmGPerKmNew)
        vehicleTerms[v].pmGPerKmCNG = x(.pmGPerKmCNG)
        vehicleTerms[v].cngM3Per100km = x(.cngM3Per100km)
    }

    mutating func loadMeasure(_ m: Int) {
        for i in 0..<4 where measures[m].defaultSlots[i] >= 0 { measures[m].sizes[i] = inputs[measures[m].defaultSlots[i]] }
        measures[m].fraction = fraction(startMonth: measures[m].startMonth, profile: measures[m].profile)
        measures[m].rebuildEffect()
    }

    /// docs/MODEL.md §3.2 for a measure starting in `startMonth` on profile number `profile`.
    func fraction(startMonth: Int, profile: Int) -> Double {
        guard profile >= 0 else { return 0 }
        let base = layout.profile(profile, month: 1)
        return MeasureCompiler.fraction(startMonth: startMonth) { inputs[base + $0 - 1] }
    }
}

extension MeasureCompiler {
    /// docs/MODEL.md §3.2: the share of the profile's weight from the start month to December.
    static func fraction(startMonth: Int, weights: [Double]) -> Double {
        guard weights.count == 12 else { return 0 }
        return fraction(startMonth: startMonth) { weights[$0 - 1] }
    }

    /// The same with the weight of month k (1…12) read by `weight`.
    @inline(__always)
    static func fraction(startMonth: Int, weight: (Int) -> Double) -> Double {
        var total = 0.0, from = 0.0
        for k in 1...12 {
            let w = weight(k)
            total += w
            if k >= startMonth { from += w }
        }
        return total > 0 ? from / total : 0
    }
}
