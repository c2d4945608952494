public import ErqiModel

/// The `actuals` block as a scenario file writes it, before it is merged with the parent's
/// (docs/FORMATS.md): each part overrides the parent's key by key, and a `null` figure removes
/// the parent's figure of that sector.
public struct ActualsBlock: Equatable, Sendable {
    /// `through_month`; nil inherits.
    public var throughMonth: Int?
    /// `source`; nil inherits.
    public var source: String?
    /// `energy_tce` by sector; a nil value is the file's `null`.
    public var energyTce: [Sector: Double?]
    /// `value_added` by sector; a nil value is the file's `null`.
    public var valueAdded: [Sector: Double?]

    public init(throughMonth: Int? = nil, source: String? = nil, energyTce: [Sector: Double?] = [:],
                valueAdded: [Sector: Double?] = [:]) {
        self.throughMonth = throughMonth; self.source = source; self.energyTce = energyTce; self.valueAdded = valueAdded
    }
}

/// How a scenario file states its year-to-date figures.
public enum ActualsEntry: Equatable, Sendable {
    /// `"actuals": null`: drop the figures inherited from the parent.
    case remove
    /// The keys the file gives.
    case block(ActualsBlock)
}

/// Reading, writing and merging the `actuals` block.
enum ActualsCodec {
    static let keys = ["through_month", "source", "energy_tce", "value_added"]

    /// The block at `actuals`, strictly: known keys, sector ids of the model (value added:
    /// producing sectors), numbers > 0 or null, `through_month` a whole month 1…11.
    static func decode(_ v: JSONValue?, _ problems: inout Problems) -> ActualsEntry? {
        guard let v else { return nil }
        if case .null = v { return .remove }
        guard let o = ObjectReader(v, path: "actuals", problems: &problems,
                                   what: "an object with through_month, source, energy_tce and value_added (or null)") else {
            return nil
        }
        o.rejectUnknownKeys(keys, &problems)
        var block = ActualsBlock()
        if let k = o.value("through_month") {
            let path = o.path("through_month")
            if case .number(let x) = k, x == x.rounded(), Actuals.monthRange.contains(Int(exactly: x) ?? 0) {
                block.throughMonth = Int(x)
            } else {
                problems.add(path, "expected a month 1…11 (the figures cover January to that month), got \(k.shortDescription)")
            }
        }
        if let s = o.value("source") {
            block.source = Check.string(s, path: o.path("source"), nonEmpty: true, &problems,
                                        expected: "a non-empty string naming where the figures come from")
        }
        block.energyTce = figures(o.value("energy_tce"), path: o.path("energy_tce"), unit: "tce",
                                  sectors: Sector.allCases, &problems)
        block.valueAdded = figures(o.value("value_added"), path: o.path("value_added"), unit: "万元",
                                   sectors: Sector.allCases.filter(\.producesValueAdded), &problems)
        return .block(block)
    }

    /// An object from sector ids to numbers > 0 (or null).
    static func figures(_ v: JSONValue?, path: String, unit: String, sectors: [Sector],
                        _ problems: inout Problems) -> [Sector: Double?] {
        guard let v, let o = ObjectReader(v, path: path, problems: &problems,
                                          what: "an object from sector ids to numbers of \(unit)") else { return [:] }
        let ids = sectors.map(\.id)
        var out: [Sector: Double?] = [:]
        for m in o.members {
            guard let s = Sector(id: m.key), sectors.contains(s) else {
                let why = Sector(id: m.key) != nil ? "\(m.key) has no value added; expected one of \(ids.joined(separator: ", "))"
                    : "unknown sector; expected one of \(ids.joined(separator: ", "))" + Suggestions.hint(m.key, ids)
                problems.add(o.path(m.key), why)
                continue
            }
            if case .null = m.value { out[s] = .some(nil); continue }
            let expected = "a number of \(unit) > 0 (January to through_month), or null to drop an inherited figure"
            guard let x = Check.number(m.value, path: o.path(m.key), &problems, expected: expected) else { continue }
            if x > 0 { out[s] = x } else { problems.add(o.path(m.key), "expected \(expected), got \(JSONNumberText.format(x))") }
        }
        return out
    }

    static func encode(_ entry: ActualsEntry) -> JSONValue {
        guard case .block(let b) = entry else { return .null }
        var m: [(key: String, value: JSONValue)] = []
        if let k = b.throughMonth { m.append(("through_month", .number(Double(k)))) }
        if let s = b.source { m.append(("source", .string(s))) }
        func figures(_ d: [Sector: Double?]) -> JSONValue {
            .object(d.keys.sorted().map { ($0.id, d[$0]!.map(JSONValue.number) ?? .null) })
        }
        if !b.energyTce.isEmpty { m.append(("energy_tce", figures(b.energyTce))) }
        if !b.valueAdded.isEmpty { m.append(("value_added", figures(b.valueAdded))) }
        return .object(m)
    }

    /// The figures of `entry` on top of the parent's; problems for a `null` with nothing to drop.
    static func merged(_ entry: ActualsEntry?, parent: Actuals?, _ problems: inout Problems) -> Actuals? {
        guard let entry else { return parent }
        guard case .block(let b) = entry else {
            if parent == nil { problems.add("actuals", "null drops inherited year-to-date figures, but the parent has none") }
            return nil
        }
        var a = parent ?? Actuals()
        if let k = b.throughMonth { a.throughMonth = k }
        if let s = b.source { a.source = s }
        func apply(_ given: [Sector: Double?], _ into: inout [Sector: Double], _ key: String) {
            for s in given.keys.sorted() {
                if let v = given[s]! { into[s] = v; continue }
                if into.removeValue(forKey: s) == nil {
                    problems.add("actuals.\(key).\(s.id)", "null drops an inherited figure, but the parent has no \(key) figure for \(s.id)")
                }
            }
        }
        apply(b.energyTce, &a.energyTce, "energy_tce")
        apply(b.valueAdded, &a.valueAdded, "value_added")
        return a
    }

    /// What a file must say so that merging it onto `parent` gives `actuals`.
    static func difference(_ actuals: Actuals?, parent: Actuals?) -> ActualsEntry? {
        guard actuals != parent else { return nil }
        guard let actuals else { return .remove }
        guard let parent else {
            return .block(ActualsBlock(throughMonth: actuals.throughMonth, source: actuals.source,
                                       energyTce: actuals.energyTce.mapValues { $0 }, valueAdded: actuals.valueAdded.mapValues { $0 }))
        }
        var b = ActualsBlock()
        if actuals.throughMonth != parent.throughMonth { b.throughMonth = actuals.throughMonth }
        if actuals.source != parent.source { b.source = actuals.source }
        func diff(_ now: [Sector: Double], _ old: [Sector: Double]) -> [Sector: Double?] {
            var out: [Sector: Double?] = [:]
            for (s, v) in now where old[s] != v { out[s] = v }
            for s in old.keys where now[s] == nil { out[s] = .some(nil) }
            return out
        }
        b.energyTce = diff(actuals.energyTce, parent.energyTce)
        b.valueAdded = diff(actuals.valueAdded, parent.valueAdded)
        return .block(b)
    }
}
