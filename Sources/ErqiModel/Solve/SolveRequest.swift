/// The goal a solve must meet (docs/ANALYSIS.md §1): one goal, every district goal, or all.
public enum SolveGoal: Equatable, Sendable {
    case one(GoalID)
    /// Every goal that is not a township's.
    case district
    /// Every goal, townships included.
    case all

    /// The goal named `text` (`intensity`, `township.mazhai`, `district`, `all`); the error
    /// lists the goals.
    public init(_ text: String, baseline: Baseline) throws(ModelIssue) {
        switch text {
        case "district": self = .district
        case "all": self = .all
        default:
            guard let g = GoalID(id: text, baseline: baseline) else {
                let ids = GoalID.all(in: baseline).map { $0.id(in: baseline) } + ["district", "all"]
                throw ModelIssue("goal", "unknown goal '\(text)'\(Suggestions.hint(text, ids)); goals: \(GoalID.district.map { $0.id(in: baseline) }.joined(separator: ", ")), township.ID, district, all")
            }
            self = .one(g)
        }
    }

    /// Its name in answers.
    public func id(in baseline: Baseline) -> String {
        switch self {
        case .one(let g): g.id(in: baseline)
        case .district: "district"
        case .all: "all"
        }
    }
}

/// What a solve varies: one measure field or assumption, or a common factor on the size
/// fields of several measures.
public enum SolveTarget: Equatable, Sendable {
    /// `ID.FIELD` or a parameter key.
    case value(String)
    /// `scale(ID,ID,…)`: k ≥ 0 multiplies the measures' size fields; k = 1 is the scenario.
    case scale([String])

    /// Parses `scale(A,B)` or a plain name.
    public init(_ text: String) throws(ModelIssue) {
        let t = text.filter { $0 != " " }
        if t.hasPrefix("scale(") {
            guard t.hasSuffix(")") else { throw ModelIssue("target", "expected scale(ID,ID,…), got '\(text)'") }
            let ids = t.dropFirst("scale(".count).dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard !ids.isEmpty, !ids.contains(where: \.isEmpty) else {
                throw ModelIssue("target", "expected measure ids in scale(ID,ID,…), got '\(text)'")
            }
            self = .scale(ids)
        } else {
            guard !t.isEmpty else { throw ModelIssue("target", "expected ID.FIELD, a parameter key or scale(ID,…)") }
            self = .value(t)
        }
    }

    /// Its text in answers.
    public var text: String {
        switch self {
        case .value(let name): name
        case .scale(let ids): "scale(\(ids.joined(separator: ",")))"
        }
    }

    /// The fields `scale` multiplies (docs/ANALYSIS.md §1), besides every `count.<class>`.
    public static let sizeFields: Set<String> = [
        "capacity_tph", "capacity_mw", "area_km2", "saving_tce", "energy_tce", "value_added", "percent",
        "capacity_kw", "new_m2", "retrofit_m2", "price_increase", "people",
    ]
}
