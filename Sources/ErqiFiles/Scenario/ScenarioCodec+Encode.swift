public import ErqiModel

extension ScenarioCodec {
    /// The file as JSON: optional parts (title, description, extends, assumptions, options,
    /// baseline) only when set; a measure holds `lever` only when its id is not the lever's name.
    public static func encode(_ f: ScenarioFile) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [
            ("format", .string(format)), ("version", .number(1)), ("name", .string(f.name)),
        ]
        if !f.title.isEmpty { m.append(("title", .string(f.title))) }
        if !f.description.isEmpty { m.append(("description", .string(f.description))) }
        if let e = f.extends { m.append(("extends", .string(e))) }
        if !f.assumptions.isEmpty || !f.unsetAssumptions.isEmpty {
            m.append(("assumptions", .object(f.assumptions.map { ($0.key, .number($0.value)) }
                                              + f.unsetAssumptions.map { ($0, .null) })))
        }
        if let pv = f.pvAccounting {
            m.append(("options", .object([(PVAccountingText.key, .string(pv.rawValue))])))
        } else if f.unsetsPVAccounting {
            m.append(("options", .object([(PVAccountingText.key, .null)])))
        }
        m.append(("measures", .object(f.measures.map { ($0.id, encode(id: $0.id, $0.entry)) })))
        if !f.uncertainty.isEmpty {
            m.append(("uncertainty", .object(f.uncertainty.map { ($0.key, UncertaintyCodec.encode($0.value)) })))
        }
        if let a = f.actuals { m.append(("actuals", ActualsCodec.encode(a))) }
        if let pin = f.baselinePin {
            var p: [(key: String, value: JSONValue)] = [("id", .string(pin.id))]
            if let sha = pin.sha256 { p.append(("sha256", .string(sha))) }
            m.append(("baseline", .object(p)))
        }
        return .object(m)
    }

    /// A scenario as JSON. With `parent` (the merged scenario it extends) only what differs
    /// from the parent is written, and inherited measures it dropped are written as `null`;
    /// without, every measure is written in full.
    public static func encode(_ s: Scenario, parent: Scenario? = nil) -> JSONValue {
        encode(ScenarioFile(s, parent: parent))
    }

    /// The file as canonical text (sorted keys, two-space indent, final newline).
    public static func text(_ f: ScenarioFile) -> String {
        JSONWriter.canonical(encode(f))
    }

    /// A scenario as canonical text; see `encode(_:parent:)`.
    public static func text(_ s: Scenario, parent: Scenario? = nil) -> String {
        JSONWriter.canonical(encode(s, parent: parent))
    }

    static func encode(id: String, _ entry: MeasureEntry) -> JSONValue {
        switch entry {
        case .remove:
            return .null
        case .fields(let fields, let lever, let unset):
            var m: [(key: String, value: JSONValue)] = fields.map { ($0.key, encode($0.value)) } + unset.map { ($0, .null) }
            if let lever, lever.id != id { m.append((CommonField.lever, .string(lever.id))) }
            return .object(m)
        }
    }

    static func encode(_ v: FieldValue) -> JSONValue {
        switch v {
        case .number(let x): .number(x)
        case .text(let s): .string(s)
        }
    }
}
