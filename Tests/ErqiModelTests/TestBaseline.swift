import ErqiModel

/// A small baseline with round numbers, so that each lever's effect can be worked by hand.
///
/// Energy 2014 (physical → tce at the coefficients below):
/// - industry: coal 10,000 t (7,000 tce), gas 500 ×10^4 m3 (6,000), electricity 100,000 MWh (10,000) = 23,000 tce
/// - transport: gasoline 2,000 t (3,000), diesel 3,000 t (4,500) = 7,500
/// - residential: coal 5,000 t (3,500), gas 300 (3,600), electricity 50,000 MWh (5,000) = 12,100
/// - commercial: electricity 80,000 MWh = 8,000; public: 20,000 MWh = 2,000;
///   agriculture: 1,000 MWh = 100; construction: diesel 500 t = 750
/// - district: 53,450 tce on GDP 331,000 万元.
/// Growth 10 % for every sector but residential (5 %); no drift.
enum TestBaseline {
    static let energy: [String: Double] = [
        "industry.coal": 10_000, "industry.gas": 500, "industry.electricity": 100_000,
        "transport.gasoline": 2_000, "transport.diesel": 3_000,
        "residential.coal": 5_000, "residential.gas": 300, "residential.electricity": 50_000,
        "commercial.electricity": 80_000, "public.electricity": 20_000,
        "agriculture.electricity": 1_000, "construction.diesel": 500,
    ]
    static let gdp: [String: Double] = [
        "agriculture": 1_000, "industry": 100_000, "construction": 10_000, "transport": 20_000,
        "commercial": 150_000, "public": 50_000,
    ]
    static let air: [String: Double] = [
        "so2.industry": 100, "nox.industry": 50, "pm.industry": 40,
        "so2.residential": 50, "nox.residential": 10, "pm.residential": 30,
        "nox.transport": 200, "pm.transport": 10, "so2.commercial": 5,
    ]

    static func make() -> Baseline {
        var p: [Parameter] = []
        func add(_ key: String, _ value: Double, _ unit: String = "1") {
            p.append(Parameter(key: key, value: value, unit: unit, source: "test"))
        }
        for s in Sector.allCases {
            for f in Fuel.allCases { add("energy.\(s.id).\(f.id)", energy["\(s.id).\(f.id)"] ?? 0, f.unit) }
            if s.producesValueAdded { add("gdp.\(s.id)", gdp[s.id]!, "万元") }
            add("growth.\(s.id)", s == .residential ? 0.05 : 0.10)
            add("drift.\(s.id)", 0)
            for a in AirPollutant.allCases { add("air.\(a.id).\(s.id)", air["\(a.id).\(s.id)"] ?? 0, "t") }
        }
        add("water.cod_household", 150, "t"); add("water.cod_industrial", 11, "t")
        add("water.nh3n_household", 26, "t"); add("water.nh3n_industrial", 2.6, "t")
        add("growth.population", 0.01); add("drift.water_industrial", 0)
        let tce: [Fuel: Double] = [.coal: 0.7, .gas: 12, .gasoline: 1.5, .diesel: 1.5, .lpg: 1.7, .electricity: 0.1, .heat: 0.03]
        let co2: [Fuel: Double] = [.coal: 2, .gas: 20, .gasoline: 3, .diesel: 3, .lpg: 3, .electricity: 0.5, .heat: 0.1]
        for f in Fuel.allCases { add("coef.tce.\(f.id)", tce[f]!); add("coef.co2.\(f.id)", co2[f]!) }
        add("coef.ncv_gj_per_tce", 30)
        add("coef.density.gasoline", 0.75); add("coef.density.diesel", 0.85)
        let heating: [Double] = [31, 28, 15, 0, 0, 0, 0, 0, 0, 0, 16, 31]
        let solar: [Double] = [6, 7, 9, 10, 11, 11, 10, 10, 9, 8, 6, 5]
        for m in 1...12 {
            let mm = m < 10 ? "m0\(m)" : "m\(m)"
            add("profile.flat.\(mm)", 1); add("profile.heating.\(mm)", heating[m - 1]); add("profile.solar.\(mm)", solar[m - 1])
        }
        // Township a holds 80 % of industry's energy and 70 % of its value added, half of the rest.
        for s in Sector.allCases {
            let ea = s == .industry ? 0.8 : 0.5
            add("township.a.energy_share.\(s.id)", ea); add("township.b.energy_share.\(s.id)", 1 - ea)
            if s.producesValueAdded {
                let va = s == .industry ? 0.7 : 0.5
                add("township.a.va_share.\(s.id)", va); add("township.b.va_share.\(s.id)", 1 - va)
            }
        }
        let bus: [String: Double] = ["km": 50_000, "l_per_100km_old": 30, "l_per_100km_new": 25,
            "nox_g_per_km_old": 10, "nox_g_per_km_new": 5, "nox_g_per_km_cng": 3,
            "pm_g_per_km_old": 1, "pm_g_per_km_new": 0.2, "pm_g_per_km_cng": 0.05, "cng_m3_per_100km": 35, "yellow_stock": 100]
        let taxi: [String: Double] = ["km": 100_000, "l_per_100km_old": 10, "l_per_100km_new": 8,
            "nox_g_per_km_old": 2, "nox_g_per_km_new": 0.2, "nox_g_per_km_cng": 0.1,
            "pm_g_per_km_old": 0.05, "pm_g_per_km_new": 0.005, "pm_g_per_km_cng": 0.002, "cng_m3_per_100km": 9, "yellow_stock": 50]
        for (k, v) in bus { add("vehicle.bus.\(k)", v) }
        for (k, v) in taxi { add("vehicle.taxi.\(k)", v) }
        add("boiler.hours", 2000); add("boiler.mw_per_tph", 0.7); add("boiler.eff_coal", 0.6); add("boiler.eff_gas", 0.9)
        add("boiler.coal_so2", 10); add("boiler.coal_nox", 3); add("boiler.coal_pm", 5)
        add("boiler.gas_so2", 2); add("boiler.gas_nox", 20); add("boiler.gas_pm", 2)
        add("pv.yield_kwh_per_kwp", 1000)
        add("smokeless.area_2014", 30); add("smokeless.coal_t_per_km2", 100); add("smokeless.gas_share", 0.5)
        add("stove.eff_coal", 0.3); add("stove.eff_gas", 0.6); add("stove.eff_electric", 0.9)
        add("stove.coal_so2", 10); add("stove.coal_nox", 2); add("stove.coal_pm", 8)
        add("stove.gas_so2", 1); add("stove.gas_nox", 10); add("stove.gas_pm", 1)
        add("yellow_label.replacement", 0.5)
        add("motors.hours", 4000); add("motors.efficiency_gain", 0.05)
        add("buildings.green_kgce_per_m2", 2); add("buildings.retrofit_kgce_per_m2", 3)
        add("pricing.elasticity", -0.2)
        add("sewer.cod_g_per_day", 70); add("sewer.nh3n_g_per_day", 8); add("sewer.removal_cod", 0.8); add("sewer.removal_nh3n", 0.75)
        add("goal.intensity_change", -0.02); add("goal.cod_household", 144.2); add("goal.cod_industrial", 10.1)
        add("goal.nh3n_household", 25.34); add("goal.nh3n_industrial", 2.51); add("goal.smokeless_area_km2", 32.83)
        add("goal.smokeless_deadline_month", 9); add("goal.key_enterprises_tce", 21_400)
        return Baseline(
            id: "test", title: "test baseline",
            sources: [Source(id: "test", title: "round numbers for hand checks", confidence: "E")],
            townships: [Township(id: "a", name: "甲镇", target: -0.02), Township(id: "b", name: "乙街道", target: -0.02)],
            vehicleClasses: [VehicleClass(id: "bus", name: "公交车", fuel: .diesel), VehicleClass(id: "taxi", name: "出租车", fuel: .gasoline)],
            parameters: p)
    }

    /// A scenario with one measure.
    static func scenario(_ lever: LeverKind, id: String? = nil, _ fields: [String: FieldValue]) -> Scenario {
        Scenario(name: "t", measures: [Measure(id: id ?? lever.id, lever: lever, fields: fields)])
    }

    /// Projects, failing the test on validation errors.
    static func project(_ scenario: Scenario, baseline: Baseline = make()) throws -> ScenarioResult {
        try Engine.project(baseline: baseline, scenario: scenario)
    }
}

/// |a − b| within 1e-9 relative (the tolerance of docs/MODEL.md §6).
func close(_ a: Double, _ b: Double, _ rel: Double = 1e-9) -> Bool {
    abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)
}
