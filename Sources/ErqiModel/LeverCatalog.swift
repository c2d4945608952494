/// The fifteen levers of docs/MODEL.md §4: fields, defaults, the baseline constants each reads,
/// tasks and lead units. The engine's compiler and `explain` both read these descriptions.
public enum LeverCatalog {
    static let ndrc = "区发改统计局"
    static let miit = "区工信局"
    static let epb = "区环保局"
    static let transport = "区交通局"
    static let construction = "区建设局"
    static let offices = "区事管局"

    /// Every lever's spec, in `LeverKind.allCases` order.
    public static let all: [LeverSpec] = LeverKind.allCases.map(make)

    /// The spec of one lever.
    public static func spec(_ kind: LeverKind) -> LeverSpec { all[kind.index] }

    static func make(_ kind: LeverKind) -> LeverSpec {
        let q = { (unit: String) in FieldKind.quantity(unit: unit, maximum: nil) }
        let fraction = FieldKind.quantity(unit: "fraction", maximum: 1)
        let boilerAir = AirPollutant.allCases.flatMap { [ModelConstant.boilerCoal($0), .boilerGas($0)] }
        let stoveAir = AirPollutant.allCases.flatMap { [ModelConstant.stoveCoal($0), .stoveGas($0)] }
        switch kind {
        case .coalToGas:
            return LeverSpec(kind, "Coal-to-gas boiler conversion", "燃煤锅炉煤改气", task: 4, lead: ndrc,
                sector: .industry, sectorIsField: true,
                fields: [FieldSpec("capacity_tph", q("t/h"), .zero, "boiler capacity converted, tonnes of steam per hour"),
                         FieldSpec("hours", q("h"), .parameter(.boilerHours), "full-load hours per year")],
                reads: [.boilerMWPerTph, .ncvGJPerTce, .boilerEffCoal, .boilerEffGas] + boilerAir,
                effect: "replaces the boilers' coal with gas for the same useful heat")
        case .rooftopPV:
            return LeverSpec(kind, "Rooftop photovoltaics", "屋顶分布式光伏", task: 5, lead: ndrc,
                sector: .industry, sectorIsField: true, profile: "solar",
                fields: [FieldSpec("capacity_mw", q("MW"), .zero, "peak capacity installed"),
                         FieldSpec("yield", q("kWh/kWp"), .parameter(.pvYieldKWhPerKWp), "specific yield per year")],
                effect: "generates electricity that offsets the sector's grid purchases (or is counted for CO2 only)")
        case .smokelessZone:
            return LeverSpec(kind, "No-coal (smokeless) zone", "无燃煤区建设", task: 6, lead: epb,
                sector: .residential, profile: "heating", startMonth: 9, township: "daxuelu",
                fields: [FieldSpec("area_km2", q("km2"), .zero, "area added to the no-coal zone")],
                reads: [.smokelessCoalTPerKm2, .ncvGJPerTce, .stoveEffCoal, .smokelessGasShare, .stoveEffGas,
                        .stoveEffElectric] + stoveAir,
                effect: "households switch scattered coal to gas or electric heating")
        case .yellowLabel:
            return LeverSpec(kind, "Yellow-label vehicle retirement", "淘汰黄标车", task: 9, lead: transport,
                sector: .transport,
                fields: [FieldSpec("count", .vehicleCount, .zero, "vehicles retired, per class: count.<class>"),
                         FieldSpec("replacement", fraction, .parameter(.yellowLabelReplacement),
                                   "share of retired vehicles replaced by a new one")],
                readsVehicles: true,
                effect: "retires old vehicles; a share is replaced by new, cleaner ones")
        case .oilToGas:
            return LeverSpec(kind, "Oil-to-gas (CNG) vehicles", "营运车辆油改气", task: 9, lead: transport,
                sector: .transport,
                fields: [FieldSpec("count", .vehicleCount, .zero, "vehicles converted, per class: count.<class>")],
                readsVehicles: true,
                effect: "converted vehicles burn compressed natural gas instead of gasoline or diesel")
        case .keyEnterprises:
            return LeverSpec(kind, "Key energy-using enterprises", "万家企业节能", task: 11, lead: ndrc, sector: .industry,
                fields: [FieldSpec("saving_tce", q("tce"), .zero, "energy saved in a full year")],
                effect: "scales industry's energy and air emissions down by the saving")
        case .backwardCapacity:
            return LeverSpec(kind, "Retire backward capacity", "淘汰落后产能", task: 1, lead: miit, sector: .industry,
                fields: [FieldSpec("energy_tce", q("tce"), .zero, "energy the closed plants used in a full year"),
                         FieldSpec("value_added", q("万元"), .zero, "value added the closed plants produced in a full year")],
                effect: "removes the plants' energy, air emissions, value added and industrial wastewater")
        case .newProjects:
            return LeverSpec(kind, "New industrial projects", "新增项目", task: 2, lead: ndrc, sector: .industry,
                fields: [FieldSpec("energy_tce", q("tce"), .zero, "energy the new plants use in a full year"),
                         FieldSpec("value_added", q("万元"), .zero, "value added the new plants produce in a full year")],
                effect: "adds the plants' energy, air emissions, value added and industrial wastewater")
        case .industrialEfficiency:
            return LeverSpec(kind, "Industrial energy efficiency", "工业节能行动", task: 7, lead: miit, sector: .industry,
                fields: [FieldSpec("percent", fraction, .zero, "share of industry's energy saved (0…1)")],
                effect: "scales industry's energy and air emissions down")
        case .motors:
            return LeverSpec(kind, "High-efficiency motors", "高效节能电机", task: 13, lead: ndrc, sector: .industry,
                fields: [FieldSpec("capacity_kw", q("kW"), .zero, "motor capacity replaced"),
                         FieldSpec("hours", q("h"), .parameter(.motorsHours), "running hours per year"),
                         FieldSpec("gain", fraction, .parameter(.motorsEfficiencyGain), "efficiency gain of the new motors")],
                effect: "cuts industry's electricity")
        case .greenBuildings:
            return LeverSpec(kind, "Green and retrofitted buildings", "绿色建筑行动", task: 8, lead: construction,
                sector: .commercial, sectorIsField: true,
                fields: [FieldSpec("new_m2", q("m2"), .zero, "new floor area built to the green standard"),
                         FieldSpec("retrofit_m2", q("m2"), .zero, "existing floor area retrofitted")],
                reads: [.buildingsGreenKgcePerM2, .buildingsRetrofitKgcePerM2],
                effect: "scales the sector's energy and air emissions down by the per-m2 savings")
        case .publicInstitutions:
            return LeverSpec(kind, "Public institutions", "公共机构节能", task: 10, lead: offices, sector: .public,
                fields: [FieldSpec("percent", fraction, .zero, "share of public institutions' energy saved (0…1)")],
                effect: "scales the public sector's energy and air emissions down")
        case .tieredPricing:
            return LeverSpec(kind, "Tiered household prices", "居民阶梯价格", task: 19, lead: ndrc, sector: .residential,
                fields: [FieldSpec("price_increase", q("fraction"), .zero, "average price rise for households (0.05 = 5 %)")],
                reads: [.pricingElasticity],
                effect: "households use less electricity and gas through the price elasticity")
        case .sewerConnection:
            return LeverSpec(kind, "Sewer connections", "污水管网接入", task: nil, lead: epb, sector: .residential,
                fields: [FieldSpec("people", q("persons"), .zero, "residents newly connected to treatment")],
                reads: [.sewerCodGPerDay, .sewerRemovalCod, .sewerNh3nGPerDay, .sewerRemovalNh3n],
                effect: "cuts household COD and ammonia nitrogen by the treatment removal")
        case .industrialWastewater:
            return LeverSpec(kind, "Industrial wastewater treatment", "工业废水治理", task: nil, lead: epb, sector: .industry,
                fields: [FieldSpec("percent", fraction, .zero, "share of industrial COD and NH3-N removed (0…1)")],
                effect: "cuts industrial COD and ammonia nitrogen")
        }
    }
}
