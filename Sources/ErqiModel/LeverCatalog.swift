/// The fifteen levers of docs/MODEL.md §4 with their fields, defaults, tasks and lead units.
public enum LeverCatalog {
    static let ndrc = "区发改统计局"
    static let miit = "区工信局"
    static let epb = "区环保局"
    static let transport = "区交通局"
    static let construction = "区建设局"
    static let offices = "区事管局"

    /// Every lever's spec, in the catalog's order.
    public static let all: [LeverSpec] = LeverKind.allCases.map(spec)

    /// The spec of one lever.
    public static func spec(_ kind: LeverKind) -> LeverSpec {
        let q = { (unit: String) in FieldKind.quantity(unit: unit, maximum: nil) }
        let fraction = FieldKind.quantity(unit: "fraction", maximum: 1)
        switch kind {
        case .coalToGas:
            return LeverSpec(kind: kind, title: "Coal-to-gas boiler conversion", chineseTitle: "燃煤锅炉煤改气",
                planTask: 4, leadUnit: ndrc, sector: .industry, sectorIsField: true,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("capacity_tph", q("t/h"), .zero, "boiler capacity converted, tonnes of steam per hour"),
                         FieldSpec("hours", q("h"), .parameter("boiler.hours"), "full-load hours per year")],
                effect: "replaces the boilers' coal with gas for the same useful heat")
        case .rooftopPV:
            return LeverSpec(kind: kind, title: "Rooftop photovoltaics", chineseTitle: "屋顶分布式光伏",
                planTask: 5, leadUnit: ndrc, sector: .industry, sectorIsField: true,
                defaultProfile: "solar", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("capacity_mw", q("MW"), .zero, "peak capacity installed"),
                         FieldSpec("yield", q("kWh/kWp"), .parameter("pv.yield_kwh_per_kwp"), "specific yield per year")],
                effect: "generates electricity that offsets the sector's grid purchases (or is counted for CO2 only)")
        case .smokelessZone:
            return LeverSpec(kind: kind, title: "No-coal (smokeless) zone", chineseTitle: "无燃煤区建设",
                planTask: 6, leadUnit: epb, sector: .residential, sectorIsField: false,
                defaultProfile: "heating", defaultStartMonth: 9, defaultTownship: "daxuelu",
                fields: [FieldSpec("area_km2", q("km2"), .zero, "area added to the no-coal zone")],
                effect: "households switch scattered coal to gas or electric heating")
        case .yellowLabel:
            return LeverSpec(kind: kind, title: "Yellow-label vehicle retirement", chineseTitle: "淘汰黄标车",
                planTask: 9, leadUnit: transport, sector: .transport, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("count", .vehicleCount, .zero, "vehicles retired, per class: count.<class>"),
                         FieldSpec("replacement", fraction, .parameter("yellow_label.replacement"),
                                   "share of retired vehicles replaced by a new one")],
                effect: "retires old vehicles; a share is replaced by new, cleaner ones")
        case .oilToGas:
            return LeverSpec(kind: kind, title: "Oil-to-gas (CNG) vehicles", chineseTitle: "营运车辆油改气",
                planTask: 9, leadUnit: transport, sector: .transport, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("count", .vehicleCount, .zero, "vehicles converted, per class: count.<class>")],
                effect: "converted vehicles burn compressed natural gas instead of gasoline or diesel")
        case .keyEnterprises:
            return LeverSpec(kind: kind, title: "Key energy-using enterprises", chineseTitle: "万家企业节能",
                planTask: 11, leadUnit: ndrc, sector: .industry, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("saving_tce", q("tce"), .zero, "energy saved in a full year")],
                effect: "scales industry's energy and air emissions down by the saving")
        case .backwardCapacity:
            return LeverSpec(kind: kind, title: "Retire backward capacity", chineseTitle: "淘汰落后产能",
                planTask: 1, leadUnit: miit, sector: .industry, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("energy_tce", q("tce"), .zero, "energy the closed plants used in a full year"),
                         FieldSpec("value_added", q("万元"), .zero, "value added the closed plants produced in a full year")],
                effect: "removes the plants' energy, air emissions, value added and industrial wastewater")
        case .newProjects:
            return LeverSpec(kind: kind, title: "New industrial projects", chineseTitle: "新增项目",
                planTask: 2, leadUnit: ndrc, sector: .industry, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("energy_tce", q("tce"), .zero, "energy the new plants use in a full year"),
                         FieldSpec("value_added", q("万元"), .zero, "value added the new plants produce in a full year")],
                effect: "adds the plants' energy, air emissions, value added and industrial wastewater")
        case .industrialEfficiency:
            return LeverSpec(kind: kind, title: "Industrial energy efficiency", chineseTitle: "工业节能行动",
                planTask: 7, leadUnit: miit, sector: .industry, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("percent", fraction, .zero, "share of industry's energy saved (0…1)")],
                effect: "scales industry's energy and air emissions down")
        case .motors:
            return LeverSpec(kind: kind, title: "High-efficiency motors", chineseTitle: "高效节能电机",
                planTask: 13, leadUnit: ndrc, sector: .industry, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("capacity_kw", q("kW"), .zero, "motor capacity replaced"),
                         FieldSpec("hours", q("h"), .parameter("motors.hours"), "running hours per year"),
                         FieldSpec("gain", fraction, .parameter("motors.efficiency_gain"), "efficiency gain of the new motors")],
                effect: "cuts industry's electricity")
        case .greenBuildings:
            return LeverSpec(kind: kind, title: "Green and retrofitted buildings", chineseTitle: "绿色建筑行动",
                planTask: 8, leadUnit: construction, sector: .commercial, sectorIsField: true,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("new_m2", q("m2"), .zero, "new floor area built to the green standard"),
                         FieldSpec("retrofit_m2", q("m2"), .zero, "existing floor area retrofitted")],
                effect: "scales the sector's energy and air emissions down by the per-m2 savings")
        case .publicInstitutions:
            return LeverSpec(kind: kind, title: "Public institutions", chineseTitle: "公共机构节能",
                planTask: 10, leadUnit: offices, sector: .public, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("percent", fraction, .zero, "share of public institutions' energy saved (0…1)")],
                effect: "scales the public sector's energy and air emissions down")
        case .tieredPricing:
            return LeverSpec(kind: kind, title: "Tiered household prices", chineseTitle: "居民阶梯价格",
                planTask: 19, leadUnit: ndrc, sector: .residential, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("price_increase", q("fraction"), .zero, "average price rise for households (0.05 = 5 %)")],
                effect: "households use less electricity and gas through the price elasticity")
        case .sewerConnection:
            return LeverSpec(kind: kind, title: "Sewer connections", chineseTitle: "污水管网接入",
                planTask: nil, leadUnit: epb, sector: .residential, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("people", q("persons"), .zero, "residents newly connected to treatment")],
                effect: "cuts household COD and ammonia nitrogen by the treatment removal")
        case .industrialWastewater:
            return LeverSpec(kind: kind, title: "Industrial wastewater treatment", chineseTitle: "工业废水治理",
                planTask: nil, leadUnit: epb, sector: .industry, sectorIsField: false,
                defaultProfile: "flat", defaultStartMonth: 1, defaultTownship: nil,
                fields: [FieldSpec("percent", fraction, .zero, "share of industrial COD and NH3-N removed (0…1)")],
                effect: "cuts industrial COD and ammonia nitrogen")
        }
    }
}
