public import ErqiModel

/// The edits of a scenario's year-to-date figures that the shell's `actual` makes: one sector's
/// figure, the month they run to, or all of them cleared. Each checks its value; the caller
/// evaluates the scenario afterwards.
public enum ActualsEditor {
    /// What `actual` figures a number of: energy (tce) or value added (万元).
    public enum Kind: String, CaseIterable, Sendable {
        case energy, va

        /// The figure's unit.
        public var unit: String { self == .energy ? "tce" : "万元" }
        /// The key under `actuals`.
        public var key: String { self == .energy ? "energy_tce" : "value_added" }
        /// The sectors that may carry such a figure.
        public var sectors: [Sector] { self == .energy ? Sector.allCases : Sector.allCases.filter(\.producesValueAdded) }
    }

    /// Sets (or with `none` drops) `sector`'s figure of `kind` for January to through_month.
    /// VALUE takes a unit (`40.2万tce`, `181亿元`) and digits grouped in threes.
    /// `label` names the field in errors (the shell's `actual energy SECTOR` by default).
    public static func figure(_ scenario: inout Scenario, kind: Kind, sector text: String, value: String,
                              label: String? = nil) throws(EditError) {
        let ids = kind.sectors.map(\.id)
        let field = label ?? "actual \(kind.rawValue) \(text)"
        guard let sector = Sector(id: text), kind.sectors.contains(sector) else {
            if Sector(id: text) != nil {
                throw EditError("\(field): \(text) has no value added; expected one of \(ids.joined(separator: ", "))")
            }
            throw EditError("\(field): unknown sector\(Suggestions.hint(text, ids)); expected one of \(ids.joined(separator: ", "))")
        }
        var a = scenario.actuals ?? Actuals()
        if ["none", "clear", "-"].contains(value.trimmingSpaces.lowercased()) {
            let removed = kind == .energy ? a.energyTce.removeValue(forKey: sector) : a.valueAdded.removeValue(forKey: sector)
            if removed == nil { throw EditError("\(field): there is no figure to drop") }
        } else {
            let v = try ValueParser.number(value, unit: kind.unit, field: field)
            guard v > 0 else { throw EditError("\(field): expected a figure > 0 in \(kind.unit) (January to through_month), got \(formatNumber(v))") }
            if kind == .energy { a.energyTce[sector] = v } else { a.valueAdded[sector] = v }
        }
        scenario.actuals = a
    }

    /// Sets the last month the figures cover, 1…11 (or a month name).
    public static func through(_ scenario: inout Scenario, month text: String) throws(EditError) {
        let m = try ValueParser.month(text, field: "actual through")
        guard m == m.rounded(), Actuals.monthRange.contains(Int(m)) else {
            throw EditError("actual through: expected a month 1…11 (jan … nov; figures through December are the year itself), got '\(text)'")
        }
        var a = scenario.actuals ?? Actuals()
        a.throughMonth = Int(m)
        scenario.actuals = a
    }

    /// Drops every year-to-date figure and the month.
    public static func clear(_ scenario: inout Scenario) throws(EditError) {
        guard scenario.actuals != nil else { throw EditError("actual clear: the scenario has no year-to-date figures") }
        scenario.actuals = nil
    }

    /// The keys `set` takes, for "did you mean" (sectors spelled out).
    public static let keys: [String] = ["actuals.through_month", "actuals.source"]
        + Kind.energy.sectors.map { "actuals.energy_tce.\($0.id)" } + Kind.va.sectors.map { "actuals.value_added.\($0.id)" }

    /// `--set actuals.PATH=VALUE`: `through_month` (1…11 or a name), `source` (text),
    /// `energy_tce.SECTOR` or `value_added.SECTOR` (a figure with an optional unit); `none`
    /// drops the figure, month or source.
    public static func set(_ scenario: inout Scenario, path: String, value: String) throws(EditError) {
        let dropping = ["none", "clear", "-"].contains(value.trimmingSpaces.lowercased())
        let parts = path.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        switch parts[0] {
        case "through_month" where parts.count == 1:
            if dropping {
                guard scenario.actuals?.throughMonth != nil else { throw EditError("actuals.through_month: there is no month to drop") }
                scenario.actuals!.throughMonth = nil
            } else {
                try through(&scenario, month: value)
            }
        case "source" where parts.count == 1:
            var a = scenario.actuals ?? Actuals()
            a.source = dropping ? nil : value.trimmingSpaces
            if !dropping && a.source!.isEmpty { throw EditError("actuals.source: expected a text naming where the figures come from") }
            scenario.actuals = a
        case Kind.energy.key where parts.count == 2:
            try figure(&scenario, kind: .energy, sector: parts[1], value: value, label: "actuals.\(path)")
        case Kind.va.key where parts.count == 2:
            try figure(&scenario, kind: .va, sector: parts[1], value: value, label: "actuals.\(path)")
        default:
            throw EditError("actuals.\(path): unknown key\(Suggestions.hint("actuals." + path, keys)); expected actuals.through_month, "
                + "actuals.source, actuals.energy_tce.SECTOR or actuals.value_added.SECTOR")
        }
    }
}
