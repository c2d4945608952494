/// The seven sectors of the model; all but `residential` produce value added.
public enum Sector: Int, CaseIterable, Sendable, Comparable {
    case agriculture, industry, construction, transport, commercial, `public`, residential

    /// Number of sectors, for flat array layouts.
    public static let count = 7

    /// The sector's key as it appears in parameter keys and files.
    public var id: String {
        switch self {
        case .agriculture: "agriculture"
        case .industry: "industry"
        case .construction: "construction"
        case .transport: "transport"
        case .commercial: "commercial"
        case .public: "public"
        case .residential: "residential"
        }
    }

    /// Chinese name for tables.
    public var chineseName: String {
        switch self {
        case .agriculture: "农业"
        case .industry: "工业"
        case .construction: "建筑业"
        case .transport: "交通运输"
        case .commercial: "商业服务"
        case .public: "公共机构"
        case .residential: "居民生活"
        }
    }

    /// Whether the sector has value added (`gdp.<sector>`).
    public var producesValueAdded: Bool { self != .residential }

    /// The sector with this id, or nil.
    public init?(id: String) {
        switch id {
        case "agriculture": self = .agriculture
        case "industry": self = .industry
        case "construction": self = .construction
        case "transport": self = .transport
        case "commercial": self = .commercial
        case "public": self = .public
        case "residential": self = .residential
        default: return nil
        }
    }

    public static func < (a: Sector, b: Sector) -> Bool { a.rawValue < b.rawValue }
}

/// Fuels, each in its own physical unit.
public enum Fuel: Int, CaseIterable, Sendable {
    case coal, gas, gasoline, diesel, lpg, electricity, heat

    /// Number of fuels, for flat array layouts.
    public static let count = 7

    /// The fuel's key in parameter keys and files.
    public var id: String {
        switch self {
        case .coal: "coal"
        case .gas: "gas"
        case .gasoline: "gasoline"
        case .diesel: "diesel"
        case .lpg: "lpg"
        case .electricity: "electricity"
        case .heat: "heat"
        }
    }

    /// Physical unit of `energy.<sector>.<fuel>`.
    public var unit: String {
        switch self {
        case .coal, .gasoline, .diesel, .lpg: "t"
        case .gas: "10^4 m3"
        case .electricity: "MWh"
        case .heat: "GJ"
        }
    }

    /// Chinese name for tables.
    public var chineseName: String {
        switch self {
        case .coal: "煤炭"
        case .gas: "天然气"
        case .gasoline: "汽油"
        case .diesel: "柴油"
        case .lpg: "液化石油气"
        case .electricity: "电力"
        case .heat: "热力"
        }
    }

    /// The fuel with this id, or nil.
    public init?(id: String) {
        guard let f = Fuel.allCases.first(where: { $0.id == id }) else { return nil }
        self = f
    }
}

/// Air pollutants, tonnes.
public enum AirPollutant: Int, CaseIterable, Sendable {
    case so2, nox, pm

    /// Number of air pollutants.
    public static let count = 3

    /// Key in parameter keys (`air.<pollutant>.<sector>`) and files.
    public var id: String {
        switch self {
        case .so2: "so2"
        case .nox: "nox"
        case .pm: "pm"
        }
    }

    /// Display name.
    public var label: String {
        switch self {
        case .so2: "SO₂"
        case .nox: "NOx"
        case .pm: "PM"
        }
    }
}

/// Water pollutants with their own caps, tonnes.
public enum WaterPollutant: Int, CaseIterable, Sendable {
    case codHousehold, codIndustrial, nh3nHousehold, nh3nIndustrial

    /// Number of water pollutants.
    public static let count = 4

    /// Key in parameter keys (`water.<id>`, `goal.<id>`) and files.
    public var id: String {
        switch self {
        case .codHousehold: "cod_household"
        case .codIndustrial: "cod_industrial"
        case .nh3nHousehold: "nh3n_household"
        case .nh3nIndustrial: "nh3n_industrial"
        }
    }

    /// Chinese name for tables.
    public var chineseName: String {
        switch self {
        case .codHousehold: "生活COD"
        case .codIndustrial: "工业COD"
        case .nh3nHousehold: "生活氨氮"
        case .nh3nIndustrial: "工业氨氮"
        }
    }

    /// True for the household pollutants, which grow with population.
    public var isHousehold: Bool { self == .codHousehold || self == .nh3nHousehold }
}

/// How rooftop PV output is accounted for (docs/MODEL.md §5.2).
public enum PVAccounting: String, CaseIterable, Sendable {
    /// PV output reduces the sector's grid electricity (default).
    case offset
    /// Energy is unchanged; CO₂ falls by the output times the grid factor.
    case counted
}
