public import ErqiModel
import ErqiRender

/// A scenario input as one scenario has it: a value it gives, a default it leaves, or absent.
public enum InputValue: Equatable, Sendable {
    /// The measure (and so its fields) is not in this scenario.
    case absent
    /// Not given: the default applies (its text when known).
    case byDefault(String)
    /// Given by the scenario.
    case given(String)

    /// Text for tables: `—`, `default (…)`, or the value.
    public var text: String {
        switch self {
        case .absent: "—"
        case .byDefault(let d): d.isEmpty ? "default" : "default (\(d))"
        case .given(let v): v
        }
    }
}

/// One input that differs between scenarios: a measure, a measure field, an assumption or an option.
public struct InputDifference: Equatable, Sendable {
    /// `measures.ID` (presence and lever), `measures.ID.FIELD`, `assumptions.KEY`, `uncertainty.KEY`,
    /// `actuals.KEY` (`actuals.energy_tce.SECTOR`, …) or `options.NAME`.
    public var path: String
    /// Per scenario, in the order given.
    public var values: [InputValue]
}

/// Finds the inputs that differ between merged scenarios, the way a reviewer reads a change:
/// measures in order of appearance with their fields (sorted), then assumptions, then options.
public enum InputDifferences {
    /// Every input whose value is not the same in all `scenarios`. Notes are compared only
    /// with `includeNotes` (they change no output).
    public static func find(_ scenarios: [Scenario], baseline: Baseline, includeNotes: Bool) -> [InputDifference] {
        var out: [InputDifference] = []
        var ids: [String] = []
        for s in scenarios { for m in s.measures where !ids.contains(m.id) { ids.append(m.id) } }
        for id in ids {
            let measures = scenarios.map { s in s.measureIndex(id).map { s.measures[$0] } }
            let levers: [InputValue] = measures.map { $0.map { .given($0.lever.id) } ?? .absent }
            if !allEqual(levers) { out.append(InputDifference(path: "measures.\(id)", values: levers)) }
            var fields: Set<String> = []
            for m in measures { if let m { fields.formUnion(m.fields.keys) } }
            for field in fields.sorted() where includeNotes || field != CommonField.note {
                let values: [InputValue] = zip(measures, scenarios).map { m, s in
                    guard let m else { return .absent }
                    if let v = m.fields[field] { return .given(text(v, field: field, lever: m.lever)) }
                    return .byDefault(FieldDefaults.text(field, lever: m.lever, scenario: s, baseline: baseline))
                }
                if !allEqual(values) { out.append(InputDifference(path: "measures.\(id).\(field)", values: values)) }
            }
        }
        var keys: Set<String> = []
        for s in scenarios { keys.formUnion(s.assumptions.keys) }
        for key in keys.sorted() {
            let values: [InputValue] = scenarios.map { s in
                if let v = s.assumptions[key] { return .given(NumberFormat.full(v)) }
                return .byDefault(baseline.parameter(key).map { "baseline \(NumberFormat.full($0.value))" } ?? "")
            }
            if !allEqual(values) { out.append(InputDifference(path: "assumptions.\(key)", values: values)) }
        }
        var uncertain: Set<String> = []
        for s in scenarios { uncertain.formUnion(s.uncertainty.keys) }
        for key in uncertain.sorted() {
            let values: [InputValue] = scenarios.map { s in
                switch s.uncertainty[key] {
                case .certain?: return .given("certain")
                case .uncertain(let u)?: return .given(u.description)
                case nil: return .byDefault(baseline.parameter(key)?.uncertainty.map { "baseline \($0)" } ?? "certain")
                }
            }
            if !allEqual(values) { out.append(InputDifference(path: "uncertainty.\(key)", values: values)) }
        }
        out += actualsDifferences(scenarios)
        let pv: [InputValue] = scenarios.map { s in
            s.pvAccounting.map { .given($0.rawValue) } ?? .byDefault(baseline.pvAccounting.rawValue)
        }
        if !allEqual(pv) { out.append(InputDifference(path: "options.pv_accounting", values: pv)) }
        return out
    }

    static func allEqual(_ values: [InputValue]) -> Bool { values.allSatisfy { $0 == values.first } }

    /// Measures that some scenarios lack while the others hold them with the same lever and
    /// the same fields, each with the number of its field rows in `differences`.
    public static func foldedMeasures(_ differences: [InputDifference]) -> [String: Int] {
        var out: [String: Int] = [:]
        for d in differences where d.path.hasPrefix("measures.") {
            let rest = d.path.dropFirst("measures.".count)
            if !rest.contains("."), d.values.contains(.absent) {
                let present = d.values.filter { $0 != .absent }
                if allEqual(present) { out[String(rest)] = 0 }
            }
        }
        for d in differences where d.path.hasPrefix("measures.") {
            let rest = d.path.dropFirst("measures.".count)
            guard let dot = rest.firstIndex(of: ".") else { continue }
            let id = String(rest[..<dot])
            guard let n = out[id] else { continue }
            out[id] = allEqual(d.values.filter { $0 != .absent }) ? n + 1 : nil
        }
        return out
    }

    /// A field's value with its unit (`15 MW`, `month 9`); long notes shortened.
    static func text(_ v: FieldValue, field: String, lever: LeverKind) -> String {
        switch v {
        case .text(let s):
            return s.count > 60 ? String(s.prefix(59)) + "…" : s
        case .number(let x):
            if field == CommonField.startMonth { return x >= 13 ? "13 (not in 2015)" : NumberFormat.full(x) }
            guard let unit = lever.spec.field(field)?.unit, unit != "fraction" else { return NumberFormat.full(x) }
            return "\(NumberFormat.full(x)) \(unit)"
        }
    }
}

/// What a measure field is when a scenario leaves it out.
enum FieldDefaults {
    static func text(_ field: String, lever: LeverKind, scenario: Scenario, baseline: Baseline) -> String {
        let spec = lever.spec
        switch field {
        case CommonField.startMonth: return NumberFormat.full(Double(spec.defaultStartMonth))
        case CommonField.profile: return spec.defaultProfile
        case CommonField.township: return spec.defaultTownship ?? "all, by share"
        case CommonField.sector: return spec.sector.id
        case CommonField.note: return ""
        default:
            guard let f = spec.field(field) else { return "" }
            switch f.defaultValue {
            case .zero: return "0"
            case .parameter(let constant):
                let key = constant.key
                guard let v = scenario.assumptions[key] ?? baseline.parameter(key)?.value else { return key }
                return "\(key) = \(NumberFormat.full(v))"
            }
        }
    }
}

extension InputDifferences {
    /// The year-to-date figures that differ: the month, the source, each sector's figure.
    static func actualsDifferences(_ scenarios: [Scenario]) -> [InputDifference] {
        guard scenarios.contains(where: { $0.actuals != nil }) else { return [] }
        var out: [InputDifference] = []
        func add(_ path: String, _ value: (Actuals) -> String?) {
            let values: [InputValue] = scenarios.map { s in s.actuals.flatMap(value).map { .given($0) } ?? .absent }
            if !allEqual(values) { out.append(InputDifference(path: path, values: values)) }
        }
        add("actuals.through_month") { $0.throughMonth.map(String.init) }
        add("actuals.source") { $0.source }
        for s in Sector.allCases {
            add("actuals.energy_tce.\(s.id)") { $0.energyTce[s].map(NumberFormat.full) }
            if s.producesValueAdded { add("actuals.value_added.\(s.id)") { $0.valueAdded[s].map(NumberFormat.full) } }
        }
        return out
    }
}
