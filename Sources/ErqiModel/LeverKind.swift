/// The fifteen levers of docs/MODEL.md §4.
public enum LeverKind: String, CaseIterable, Sendable {
    case coalToGas = "coal_to_gas"
    case rooftopPV = "rooftop_pv"
    case smokelessZone = "smokeless_zone"
    case yellowLabel = "yellow_label"
    case oilToGas = "oil_to_gas"
    case keyEnterprises = "key_enterprises"
    case backwardCapacity = "backward_capacity"
    case newProjects = "new_projects"
    case industrialEfficiency = "industrial_efficiency"
    case motors = "motors"
    case greenBuildings = "green_buildings"
    case publicInstitutions = "public_institutions"
    case tieredPricing = "tiered_pricing"
    case sewerConnection = "sewer_connection"
    case industrialWastewater = "industrial_wastewater"

    /// The lever's id in files and the shell.
    public var id: String { rawValue }

    /// The lever with this id, or nil: the same answer as `init(rawValue:)`, found by comparing
    /// lengths first (a scenario file asks this of every measure id).
    public init?(id: String) {
        let n = id.utf8.count
        for (length, kind) in Self.idLengths where length == n && kind.rawValue == id {
            self = kind
            return
        }
        return nil
    }

    /// Each lever with the UTF-8 length of its id, built once.
    static let idLengths: [(Int, LeverKind)] = allCases.map { ($0.rawValue.utf8.count, $0) }

    /// Its description: fields, defaults, plan task and lead unit.
    public var spec: LeverSpec { LeverCatalog.spec(self) }

    /// Position in `allCases`.
    public var index: Int {
        switch self {
        case .coalToGas: 0
        case .rooftopPV: 1
        case .smokelessZone: 2
        case .yellowLabel: 3
        case .oilToGas: 4
        case .keyEnterprises: 5
        case .backwardCapacity: 6
        case .newProjects: 7
        case .industrialEfficiency: 8
        case .motors: 9
        case .greenBuildings: 10
        case .publicInstitutions: 11
        case .tieredPricing: 12
        case .sewerConnection: 13
        case .industrialWastewater: 14
        }
    }
}
