/// A scenario's year-to-date figures (docs/MODEL.md §14): what the statistics bureau counted
/// from January to month `throughMonth` of 2015, by sector.
public struct Actuals: Equatable, Sendable {
    /// The last month the figures cover, 1…11; nil when no file of the `extends` chain gives it
    /// (compiling then reports it missing).
    public var throughMonth: Int?
    /// Where the figures come from (a bulletin's name), free text; nil when not given.
    public var source: String?
    /// Each sector's energy use January…k, tce at the baseline's coefficients.
    public var energyTce: [Sector: Double]
    /// Each producing sector's value added January…k, 万元 at 2014 prices.
    public var valueAdded: [Sector: Double]

    public init(throughMonth: Int? = nil, source: String? = nil, energyTce: [Sector: Double] = [:],
                valueAdded: [Sector: Double] = [:]) {
        self.throughMonth = throughMonth; self.source = source; self.energyTce = energyTce; self.valueAdded = valueAdded
    }

    /// The months a figure may end at: a figure through December is the year itself.
    public static let monthRange = 1...11

    /// Why these figures cannot be used, each with its path under `actuals`; empty when fine.
    public func issues() -> [ModelIssue] {
        var out: [ModelIssue] = []
        if let k = throughMonth {
            if !Self.monthRange.contains(k) {
                out.append(ModelIssue("actuals.through_month", "expected a month 1…11 (the figures cover January to that month), got \(k)"))
            }
        } else {
            out.append(ModelIssue("actuals.through_month", "missing: the figures need the last month they cover, 1…11"))
        }
        for s in Sector.allCases {
            if let v = energyTce[s], !(v > 0 && v.isFinite) {
                out.append(ModelIssue("actuals.energy_tce.\(s.id)", "expected a number of tce > 0, got \(formatNumber(v))"))
            }
            if let v = valueAdded[s] {
                if !s.producesValueAdded {
                    out.append(ModelIssue("actuals.value_added.\(s.id)", "\(s.id) has no value added; expected one of \(Self.producingSectorIDs)"))
                } else if !(v > 0 && v.isFinite) {
                    out.append(ModelIssue("actuals.value_added.\(s.id)", "expected a number of 万元 > 0, got \(formatNumber(v))"))
                }
            }
        }
        return out
    }

    /// The producing sectors' ids, for messages.
    static let producingSectorIDs = Sector.allCases.filter(\.producesValueAdded).map(\.id).joined(separator: ", ")
}

/// Which monthly shape of a sector: of its energy use or of its value added.
public enum SectorProfileKind: Int, CaseIterable, Sendable {
    case energy, valueAdded

    /// The word in `profile.<word>.<sector>.mNN`.
    public var id: String {
        switch self {
        case .energy: "energy"
        case .valueAdded: "va"
        }
    }
}
