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
    public static func figure(_ scenario: inout Scenario, kind: Kind, sector text: String, value: String) throws(EditError) {
        let ids = kind.sectors.map(\.id)
        guard let sector = Sector(id: text), kind.sectors.contains(sector) else {
            if Sector(id: text) != nil {
                throw EditError("actual va \(text): \(text) has no value added; expected one of \(ids.joined(separator: ", "))")
            }
            throw EditError("actual \(kind.rawValue) \(text): unknown sector\(Suggestions.hint(text, ids)); expected one of \(ids.joined(separator: ", "))")
        }
        var a = scenario.actuals ?? Actuals()
        let field = "actual \(kind.rawValue) \(sector.id)"
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
}
