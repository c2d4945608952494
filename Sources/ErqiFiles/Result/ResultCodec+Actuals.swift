import ErqiModel

extension ResultCodec {
    /// The `actuals` section (docs/FORMATS.md): the year-to-date figures and their projection.
    static func encode(_ a: ActualsResult) -> JSONValue {
        .object([
            ("through_month", .number(Double(a.throughMonth))),
            ("source", a.source.map(JSONValue.string) ?? .null),
            ("energy", .array(a.energy.map { l in
                .object([
                    ("sector", .string(l.sector)), ("actual_tce", .number(l.actual)),
                    ("model_ytd_tce", .number(l.modelYearToDate)), ("ratio", .number(l.ratio)),
                    ("projected_tce", .number(l.projected)), ("model_tce", .number(l.model)),
                    ("surprise_tce", .number(l.surprise)),
                ])
            })),
            ("value_added", .array(a.valueAdded.map { l in
                .object([
                    ("sector", .string(l.sector)), ("actual", .number(l.actual)), ("model_ytd", .number(l.modelYearToDate)),
                    ("ratio", .number(l.ratio)), ("projected", .number(l.projected)), ("model", .number(l.model)),
                ])
            })),
        ])
    }
}

extension ResultWriter {
    /// The `actuals` section, members in canonical order, as `ResultCodec.encode(_: ActualsResult)`.
    static func write(_ a: ActualsResult, to w: inout JSONByteWriter) {
        w.beginObject()
        w.key("energy")
        w.beginArray()
        for l in a.energy {
            w.element()
            w.beginObject()
            w.member("actual_tce", l.actual)
            w.member("model_tce", l.model)
            w.member("model_ytd_tce", l.modelYearToDate)
            w.member("projected_tce", l.projected)
            w.member("ratio", l.ratio)
            w.member("sector", l.sector)
            w.member("surprise_tce", l.surprise)
            w.endObject()
        }
        w.endArray()
        w.key("source")
        if let s = a.source { w.string(s) } else { w.null() }
        w.member("through_month", Double(a.throughMonth))
        w.key("value_added")
        w.beginArray()
        for l in a.valueAdded {
            w.element()
            w.beginObject()
            w.member("actual", l.actual)
            w.member("model", l.model)
            w.member("model_ytd", l.modelYearToDate)
            w.member("projected", l.projected)
            w.member("ratio", l.ratio)
            w.member("sector", l.sector)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
