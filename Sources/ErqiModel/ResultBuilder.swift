/// Projects a scenario on a baseline and reports the result with names (the convenient,
/// allocating path; `CompiledScenario.evaluate(into:)` is the fast one).
public enum Engine {
    /// Compiles, evaluates and reports; throws every validation problem found.
    public static func project(baseline: Baseline, scenario: Scenario) throws(ModelIssues) -> ScenarioResult {
        let uncertaintyIssues = UncertainInputs.scenarioIssues(baseline: baseline, scenario: scenario)
        let compiled: CompiledScenario
        do { compiled = try CompiledScenario(baseline: baseline, scenario: scenario) } catch {
            throw ModelIssues(error.issues + uncertaintyIssues)
        }
        if !uncertaintyIssues.isEmpty { throw ModelIssues(uncertaintyIssues) }
        var p = Projection(for: compiled)
        if !compiled.evaluate(into: &p) {
            throw ModelIssues([compiled.issue(for: p.failure!, baseline: baseline, scenario: scenario, projection: p)])
        }
        let result = compiled.result(p, baseline: baseline, scenario: scenario)
        if let issue = result.nonFiniteIssue(baseline: baseline) { throw ModelIssues([issue]) }
        return result
    }
}

extension WaterPollutant {
    /// The label of its cap goal.
    var goalLabel: String {
        switch self {
        case .codHousehold: "生活COD cod household 2015"
        case .codIndustrial: "工业COD cod industrial 2015"
        case .nh3nHousehold: "生活氨氮 nh3n household 2015"
        case .nh3nIndustrial: "工业氨氮 nh3n industrial 2015"
        }
    }
}

/// Relative slack for goal comparisons, so that 30.63 + 2.2 meets 32.83.
let goalTolerance = 1e-9

extension CompiledScenario {
    /// The named result of an evaluated projection.
    public func result(_ p: Projection, baseline: Baseline, scenario: Scenario) -> ScenarioResult {
        var t = ResultTotals()
        t.gdp2014 = p.gdp2014; t.gdp2015 = p.gdp2015
        t.energy2014Tce = p.energy2014Tce; t.energyBAU2015Tce = p.energyBAU2015Tce; t.energy2015Tce = p.energy2015Tce
        t.intensity2014 = p.intensity2014; t.intensity2015 = p.intensity2015; t.intensityChange = p.intensityChange
        t.energyGapTce = p.energyGapTce
        t.co2_2014_t = p.co2_2014; t.co2_2015_t = p.co2_2015
        t.so2_2015_t = p.air2015[AirPollutant.so2.rawValue]
        t.nox_2015_t = p.air2015[AirPollutant.nox.rawValue]
        t.pm_2015_t = p.air2015[AirPollutant.pm.rawValue]
        t.codHousehold2015_t = p.water2015[WaterPollutant.codHousehold.rawValue]
        t.codIndustrial2015_t = p.water2015[WaterPollutant.codIndustrial.rawValue]
        t.nh3nHousehold2015_t = p.water2015[WaterPollutant.nh3nHousehold.rawValue]
        t.nh3nIndustrial2015_t = p.water2015[WaterPollutant.nh3nIndustrial.rawValue]
        t.pvGenerationMWh = p.pvGenerationMWh
        t.smokelessAreaKm2 = p.smokelessAreaKm2

        let index = baseline.index
        let T = townshipCount
        var goalsOut: [GoalResult] = []
        goalsOut.reserveCapacity(GoalID.district.count + T)
        func add(_ goal: GoalID, _ id: String, _ label: String, _ unit: String) {
            let c = check(goal, p)
            goalsOut.append(GoalResult(id: id, label: label, value: c.value, limit: c.limit, direction: c.direction,
                                       met: c.met, margin: c.margin, unit: unit))
        }
        add(.intensity, "intensity", "单位GDP能耗 energy intensity change", "fraction")
        for w in WaterPollutant.allCases { add(.water(w), w.id, w.goalLabel, "t") }
        let deadline = goals.smokelessDeadlineMonth
        add(.smokelessArea, "smokeless_area",
            index.smokelessGoalLabels.indices.contains(deadline) ? index.smokelessGoalLabels[deadline] : "无燃煤区 no-coal zone by month \(deadline)",
            "km2")
        add(.keyEnterprises, "key_enterprises", "万家企业节能量 key-enterprise saving", "tce")

        var townshipsOut: [TownshipResult] = []
        townshipsOut.reserveCapacity(T)
        for i in 0..<T {
            let tw = baseline.townships[i]
            let c = check(.township(i), p)
            townshipsOut.append(TownshipResult(
                id: tw.id, name: tw.name, energy2014Tce: p.townshipEnergy2014[i], energy2015Tce: p.townshipEnergy2015[i],
                gdp2014: p.townshipValueAdded2014[i], gdp2015: p.townshipValueAdded2015[i],
                intensityChange: c.value, target: tw.target, met: c.met, energyGapTce: p.townshipEnergyGapTce[i]))
            add(.township(i), index.townshipGoalIDs[i], index.townshipGoalLabels[i], "fraction")
        }

        var measuresOut: [MeasureResult] = []
        measuresOut.reserveCapacity(measures.count)
        let S = Sector.count, A = AirPollutant.count, W = WaterPollutant.count
        for (m, cm) in measures.enumerated() {
            var gdpChange = 0.0
            for s in 0..<S { gdpChange += p.deltaValueAdded[m * S + s] }
            let w = m * W
            // The catalog's fields are read in place: no copy of the lever's whole spec.
            measuresOut.append(MeasureResult(
                id: scenario.measures[m].id, lever: cm.kind.id, sector: Sector(rawValue: cm.sector)!.id,
                township: cm.township >= 0 ? baseline.townships[cm.township].id : nil,
                startMonth: cm.startMonth, fractionOfYear: cm.fraction,
                energySavingTce: -p.measureTce[m], co2ReductionT: -p.measureCO2[m],
                so2ReductionT: -p.deltaAir[m * A + AirPollutant.so2.rawValue],
                noxReductionT: -p.deltaAir[m * A + AirPollutant.nox.rawValue],
                pmReductionT: -p.deltaAir[m * A + AirPollutant.pm.rawValue],
                waterReductionT: -SIMD4(p.deltaWater[w], p.deltaWater[w + 1], p.deltaWater[w + 2], p.deltaWater[w + 3]),
                gdpChange: gdpChange,
                pvGenerationMWh: p.pvMWh[m], planTask: LeverCatalog.all[cm.kind.index].planTask,
                leadUnit: LeverCatalog.all[cm.kind.index].leadUnit))
        }
        let departments = Self.departments(measures, measuresOut)

        var warnings: [String] = []
        for (m, cm) in measures.enumerated() where cm.fraction == 0 {
            warnings.append("measure \(scenario.measures[m].id) has no effect in 2015 (start month \(cm.startMonth), profile weight 0 from then on)")
        }
        return ScenarioResult(
            scenario: scenario.name, baseline: baseline.id, totals: t,
            energy2015BySectorTce: p.tceBySector, energy2015ByFuelTce: p.tceByFuel,
            goals: goalsOut, townships: townshipsOut, measures: measuresOut, departments: departments,
            warnings: warnings, actuals: actualsResult(p, source: scenario.actuals?.source))
    }

    /// Each lead unit with measures, in catalog order: their count, saving and CO₂ reduction
    /// (summed in stack storage, so that the only allocation is the list returned).
    static func departments(_ measures: [CompiledMeasure], _ results: [MeasureResult]) -> [DepartmentResult] {
        let units = LeverCatalog.leadUnits
        return withUnsafeTemporaryAllocation(of: (count: Int, saving: Double, co2: Double).self, capacity: units.count) { sums in
            sums.initialize(repeating: (0, 0, 0))
            for (m, cm) in measures.enumerated() {
                let u = LeverCatalog.leadUnitIndex[cm.kind.index]
                sums[u].count += 1
                sums[u].saving += results[m].energySavingTce
                sums[u].co2 += results[m].co2ReductionT
            }
            var out: [DepartmentResult] = []
            out.reserveCapacity(units.count)
            for (u, unit) in units.enumerated() where sums[u].count > 0 {
                out.append(DepartmentResult(unit: unit, measureCount: sums[u].count,
                                            energySavingTce: sums[u].saving, co2ReductionT: sums[u].co2))
            }
            return out
        }
    }

    /// The validation error for an evaluation failure, naming the measures involved.
    public func issue(for failure: EvaluationFailure, baseline: Baseline, scenario: Scenario, projection p: Projection) -> ModelIssue {
        func ids(_ touches: (Int) -> Bool) -> String {
            let names = (0..<measures.count).filter(touches).map { scenario.measures[$0].id }
            return names.isEmpty ? "measures" : "measures (\(names.joined(separator: ", ")))"
        }
        let S = Sector.count, F = Fuel.count
        switch failure {
        case .negativeEnergy(let s, let f, let removed, let bau):
            let sector = Sector(rawValue: s)!, fuel = Fuel(rawValue: f)!
            return ModelIssue(ids { p.deltaEnergy[$0 * S * F + s * F + f] < 0 },
                "measures remove \(grouped(removed)) \(fuel.unit) of \(sector.id) \(fuel.id); BAU 2015 has \(grouped(bau)) \(fuel.unit)")
        case .negativeValueAdded(let s, let removed, let bau):
            return ModelIssue(ids { p.deltaValueAdded[$0 * S + s] < 0 },
                "measures remove \(grouped(removed)) 万元 of \(Sector(rawValue: s)!.id) value added; BAU 2015 has \(grouped(bau)) 万元")
        case .negativeAir(let a, let removed, let bau):
            return ModelIssue(ids { p.deltaAir[$0 * AirPollutant.count + a] < 0 },
                "measures remove \(grouped(removed)) t of \(AirPollutant(rawValue: a)!.id); BAU 2015 emits \(grouped(bau)) t")
        case .negativeWater(let w, let removed, let bau):
            return ModelIssue(ids { p.deltaWater[$0 * WaterPollutant.count + w] < 0 },
                "measures remove \(grouped(removed)) t of \(WaterPollutant(rawValue: w)!.id); BAU 2015 discharges \(grouped(bau)) t")
        case .negativeTownshipEnergy(let t, let e):
            return ModelIssue(ids { measures[$0].township == t },
                "measures located in \(baseline.townships[t].id) take its 2015 energy to \(grouped(e)) tce, below zero")
        case .nonPositiveTownshipValueAdded(let t, let v):
            return ModelIssue(ids { measures[$0].township == t },
                "measures located in \(baseline.townships[t].id) take its 2015 value added to \(grouped(v)) 万元; it must stay above zero")
        case .emptySector(let m, let s):
            return ModelIssue("measures.\(scenario.measures[m].id)",
                "scales \(Sector(rawValue: s)!.id), which has no energy (or value added) in BAU 2015")
        case .actualsCannotProject(let s, let va, let ytd, let model, let projected):
            return Self.actualsIssue(sector: s, valueAdded: va, modelYearToDate: ytd, model: model, projected: projected)
        }
    }
}

extension LeverCatalog {
    /// The lead units in catalog order, each once.
    public static let leadUnits: [String] = {
        var seen: [String] = []
        for spec in all where !seen.contains(spec.leadUnit) { seen.append(spec.leadUnit) }
        return seen
    }()

    /// For each lever (by `LeverKind.index`), the index of its lead unit in `leadUnits`.
    static let leadUnitIndex: [Int] = all.map { spec in leadUnits.firstIndex(of: spec.leadUnit)! }
}

extension String {
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}

/// A number with thousands separators and at most one decimal, for messages.
public func grouped(_ v: Double) -> String {
    guard v.isFinite, abs(v) < 1e15 else { return "\(v)" }
    let rounded = (abs(v) * 10).rounded() / 10
    let whole = Int64(rounded)
    var digits = String(whole)
    var out = ""
    while digits.count > 3 {
        out = "," + digits.suffix(3) + out
        digits = String(digits.dropLast(3))
    }
    out = digits + out
    let tenth = Int((rounded - Double(whole)) * 10 + 0.5)
    if tenth > 0 && tenth < 10 { out += ".\(tenth)" }
    return (v < 0 && rounded != 0 ? "-" : "") + out
}
