public import ErqiModel

extension BaselineCodec {
    /// The baseline as JSON; decoding it gives the same `Baseline`.
    public static func encode(_ b: Baseline) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("version", .number(1)),
            ("id", .string(b.id)),
            ("title", .string(b.title)),
            ("base_year", .number(Double(b.baseYear))),
            ("target_year", .number(Double(b.targetYear))),
            ("sources", .array(b.sources.map(encode))),
            ("townships", .array(b.townships.map(encode))),
            ("vehicle_classes", .array(b.vehicleClasses.map(encode))),
            ("options", .object([(PVAccountingText.key, .string(b.pvAccounting.rawValue))])),
            ("parameters", .array(b.parameters.map(encode))),
        ])
    }

    /// The baseline as canonical text (sorted keys, two-space indent, final newline).
    public static func text(_ b: Baseline) -> String {
        JSONWriter.canonical(encode(b))
    }

    static func encode(_ s: Source) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [
            ("id", .string(s.id)), ("title", .string(s.title)),
            ("url", s.url.map(JSONValue.string) ?? .null), ("confidence", .string(s.confidence)),
        ]
        if let note = s.note { m.append(("note", .string(note))) }
        return .object(m)
    }

    static func encode(_ t: Township) -> JSONValue {
        .object([("id", .string(t.id)), ("name", .string(t.name)), ("target", .number(t.target))])
    }

    static func encode(_ v: VehicleClass) -> JSONValue {
        .object([("id", .string(v.id)), ("name", .string(v.name)), ("fuel", .string(v.fuel.id))])
    }

    static func encode(_ p: Parameter) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [
            ("key", .string(p.key)), ("value", .number(p.value)),
            ("unit", .string(p.unit)), ("source", .string(p.source)),
        ]
        if let note = p.note { m.append(("note", .string(note))) }
        if let u = p.uncertainty { m.append(("uncertainty", UncertaintyCodec.encode(u))) }
        return .object(m)
    }
}
