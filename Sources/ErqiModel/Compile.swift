extension CompiledScenario {
    /// Resolves `scenario` on `baseline`: applies assumptions, checks every measure and field,
    /// and reads every parameter the model needs. Throws all problems found, each with its path.
    public init(baseline: Baseline, scenario: Scenario) throws(ModelIssues) {
        var reader = ParameterReader(baseline: baseline)
        var issues: [ModelIssue] = []
        for key in scenario.assumptions.keys.sorted() {
            let value = scenario.assumptions[key]!
            let path = "assumptions.\(key)"
            if baseline.value(key) == nil {
                issues.append(ModelIssue(path, "unknown parameter key\(Suggestions.hint(key, Array(baseline.keys)))"))
            } else if let problem = ParameterRules.problem(key: key, value: value) {
                issues.append(ModelIssue(path, problem))
            } else {
                reader.overrides[key] = value
            }
        }

        let S = Sector.count, F = Fuel.count
        var energy = [Double](repeating: 0, count: S * F)
        var gdp = [Double](repeating: 0, count: S)
        var growth = [Double](repeating: 0, count: S)
        var drift = [Double](repeating: 0, count: S)
        var air = [Double](repeating: 0, count: AirPollutant.count * S)
        var water = [Double](repeating: 0, count: WaterPollutant.count)
        var coefTce = [Double](repeating: 0, count: F)
        var coefCO2 = [Double](repeating: 0, count: F)
        for s in Sector.allCases {
            for f in Fuel.allCases { energy[s.rawValue * F + f.rawValue] = reader.read("energy.\(s.id).\(f.id)") }
            if s.producesValueAdded { gdp[s.rawValue] = reader.read("gdp.\(s.id)") }
            growth[s.rawValue] = reader.read("growth.\(s.id)")
            drift[s.rawValue] = reader.read("drift.\(s.id)")
            for p in AirPollutant.allCases { air[p.rawValue * S + s.rawValue] = reader.read("air.\(p.id).\(s.id)") }
        }
        for f in Fuel.allCases {
            coefTce[f.rawValue] = reader.read("coef.tce.\(f.id)")
            coefCO2[f.rawValue] = reader.read("coef.co2.\(f.id)")
        }
        for w in WaterPollutant.allCases { water[w.rawValue] = reader.read("water.\(w.id)") }

        var k = LeverConstants()
        k.ncvGJPerTce = reader.read("coef.ncv_gj_per_tce")
        k.boilerMWPerTph = reader.read("boiler.mw_per_tph")
        k.boilerEffCoal = reader.read("boiler.eff_coal")
        k.boilerEffGas = reader.read("boiler.eff_gas")
        k.smokelessArea2014Km2 = reader.read("smokeless.area_2014")
        k.smokelessCoalTPerKm2 = reader.read("smokeless.coal_t_per_km2")
        k.smokelessGasShare = reader.read("smokeless.gas_share")
        k.stoveEffCoal = reader.read("stove.eff_coal")
        k.stoveEffGas = reader.read("stove.eff_gas")
        k.stoveEffElectric = reader.read("stove.eff_electric")
        for p in AirPollutant.allCases {
            k.boilerCoalAir[p.rawValue] = reader.read("boiler.coal_\(p.id)")
            k.boilerGasAir[p.rawValue] = reader.read("boiler.gas_\(p.id)")
            k.stoveCoalAir[p.rawValue] = reader.read("stove.coal_\(p.id)")
            k.stoveGasAir[p.rawValue] = reader.read("stove.gas_\(p.id)")
        }
        k.greenKgcePerM2 = reader.read("buildings.green_kgce_per_m2")
        k.retrofitKgcePerM2 = reader.read("buildings.retrofit_kgce_per_m2")
        k.pricingElasticity = reader.read("pricing.elasticity")
        k.sewerCodGPerDay = reader.read("sewer.cod_g_per_day")
        k.sewerNh3nGPerDay = reader.read("sewer.nh3n_g_per_day")
        k.sewerRemovalCod = reader.read("sewer.removal_cod")
        k.sewerRemovalNh3n = reader.read("sewer.removal_nh3n")

        var goals = GoalLimits()
        goals.intensityChange = reader.read("goal.intensity_change")
        for w in WaterPollutant.allCases { goals.water[w.rawValue] = reader.read("goal.\(w.id)") }
        goals.smokelessAreaKm2 = reader.read("goal.smokeless_area_km2")
        goals.smokelessDeadlineMonth = Int(reader.read("goal.smokeless_deadline_month"))
        goals.keyEnterprisesTce = reader.read("goal.key_enterprises_tce")

        let T = baseline.townships.count
        var shareE = [Double](repeating: 0, count: T * S)
        var shareVA = [Double](repeating: 0, count: T * S)
        for (t, township) in baseline.townships.enumerated() {
            for s in Sector.allCases {
                shareE[t * S + s.rawValue] = reader.read("township.\(township.id).energy_share.\(s.id)")
                if s.producesValueAdded {
                    shareVA[t * S + s.rawValue] = reader.read("township.\(township.id).va_share.\(s.id)")
                }
            }
        }
        if !scenario.assumptions.keys.filter({ $0.hasPrefix("township.") }).isEmpty {
            for s in Sector.allCases {
                for (family, shares) in [("energy_share", shareE), ("va_share", shareVA)]
                where family == "energy_share" || s.producesValueAdded {
                    var sum = 0.0
                    for t in 0..<T { sum += shares[t * S + s.rawValue] }
                    if abs(sum - 1) > 1e-6 {
                        issues.append(ModelIssue("assumptions (township.*.\(family).\(s.id))",
                            "shares over the townships must sum to 1, got \(sum)"))
                    }
                }
            }
        }

        var profiles: [String: [Double]] = [:]
        for name in baseline.profileNames {
            profiles[name] = (1...12).map { reader.read(ProfileKey.key(name, month: $0)) }
        }

        var builder = MeasureCompiler(baseline: baseline, reader: reader, profiles: profiles)
        var compiled: [CompiledMeasure] = []
        var ids: Set<String> = []
        for measure in scenario.measures {
            if !ids.insert(measure.id).inserted {
                issues.append(ModelIssue("measures.\(measure.id)", "duplicate measure id"))
                continue
            }
            if let m = builder.compile(measure) { compiled.append(m) }
        }
        issues += builder.issues
        issues += builder.stockIssues()
        issues += builder.reader.issues
        issues += reader.issues
        if !issues.isEmpty { throw ModelIssues(Self.unique(issues)) }

        self.scenarioName = scenario.name
        self.baselineID = baseline.id
        self.energy = energy; self.gdp = gdp; self.growth = growth; self.drift = drift
        self.air = air; self.water = water
        self.growthPopulation = reader.read("growth.population")
        self.driftWaterIndustrial = reader.read("drift.water_industrial")
        self.coefTce = coefTce; self.coefCO2 = coefCO2
        self.constants = k; self.goals = goals
        self.pvAccounting = scenario.pvAccounting ?? baseline.pvAccounting
        self.shareEnergy = shareE; self.shareValueAdded = shareVA
        self.townshipTargets = baseline.townships.map(\.target)
        self.measures = compiled
        self.vehicleTerms = builder.vehicleTerms
    }

    static func unique(_ issues: [ModelIssue]) -> [ModelIssue] {
        var seen: Set<String> = []
        return issues.filter { seen.insert($0.description).inserted }
    }
}

/// Reads parameter values by key (assumptions first), recording the keys the baseline lacks.
struct ParameterReader {
    let baseline: Baseline
    var overrides: [String: Double] = [:]
    var issues: [ModelIssue] = []

    init(baseline: Baseline) { self.baseline = baseline }

    mutating func read(_ key: String) -> Double {
        if let v = overrides[key] ?? baseline.value(key) { return v }
        issues.append(ModelIssue("baseline", "missing parameter \(key)"))
        return 0
    }
}
