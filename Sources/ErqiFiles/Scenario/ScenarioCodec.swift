import ErqiModel

/// Reads and writes the scenario file format (docs/FORMATS.md, `erqi-scenario` version 1).
///
/// Decoding checks the file's shape only: field names and ranges are the model's checks.
public enum ScenarioCodec {
    /// The `format` value of scenario files.
    public static let format = "erqi-scenario"

    static let topKeys = ["format", "version", "name", "title", "description", "extends",
                          "assumptions", "options", "measures", "baseline", "uncertainty", "actuals"]
    static let optionKeys = [PVAccountingText.key]
    static let pinKeys = ["id", "sha256"]

    /// Decodes scenario text into the file as written (nulls kept, parent not merged).
    public static func decode(_ text: String, file: String) throws(FileErrors) -> ScenarioFile {
        try decode(JSONParser.parse(text, file: file), file: file)
    }

    /// Decodes a parsed scenario file.
    public static func decode(_ json: JSONValue, file: String) throws(FileErrors) -> ScenarioFile {
        let (decoded, errors) = decodeCollecting(json, file: file)
        guard errors.isEmpty, let decoded else { throw FileErrors(errors) }
        return decoded
    }

    /// Decodes what can be decoded (leaving out values of the wrong shape) and returns every
    /// problem found; nil when the file is not a scenario object at all.
    public static func decodeCollecting(_ json: JSONValue, file: String) -> (ScenarioFile?, [FileError]) {
        var problems = Problems(file: file)
        guard let top = ObjectReader(json, path: "", problems: &problems, what: "a scenario object") else {
            return (nil, problems.errors)
        }
        guard Check.header(top, format: format, &problems) else { return (nil, problems.errors) }
        top.rejectUnknownKeys(topKeys, &problems)

        let name = top.string("name", nonEmpty: true, &problems)
        let title = top.string("title", required: false, &problems) ?? ""
        let description = top.string("description", required: false, &problems) ?? ""
        var extends: String?
        if let v = top.value("extends") {
            extends = Check.string(v, path: "extends", nonEmpty: true, &problems)
        }
        let (assumptions, unsetAssumptions) = decodeAssumptions(top.value("assumptions"), &problems)
        var pv: PVAccounting?
        var unsetsPV = false
        if let v = top.value("options"), let o = ObjectReader(v, path: "options", problems: &problems) {
            o.rejectUnknownKeys(optionKeys, &problems)
            if case .null? = o.value(PVAccountingText.key) { unsetsPV = true } else {
                pv = PVAccountingText.decode(o, &problems, required: false)
            }
        }
        var measures: [(id: String, entry: MeasureEntry)] = []
        if let v = top.value("measures"), let o = ObjectReader(v, path: "measures", problems: &problems) {
            for m in o.members {
                if let entry = decodeMeasure(id: m.key, m.value, &problems) { measures.append((m.key, entry)) }
            }
        }
        let pin = top.value("baseline").flatMap { decodePin($0, &problems) }
        let uncertainty = decodeUncertainty(top.value("uncertainty"), &problems)
        let actuals = ActualsCodec.decode(top.value("actuals"), &problems)

        var decoded = ScenarioFile(name: name ?? "", title: title, description: description, extends: extends,
                                   assumptions: assumptions, unsetAssumptions: unsetAssumptions, pvAccounting: pv, measures: measures, baselinePin: pin,
                                   uncertainty: uncertainty, actuals: actuals)
        decoded.unsetsPVAccounting = unsetsPV
        if name == nil && problems.isEmpty { problems.add("name", "missing scenario name") }
        return (decoded, problems.errors)
    }

    /// `assumptions`: numbers by parameter key, and the keys set to `null` (an inherited
    /// assumption unset; the merge checks that there is one).
    static func decodeAssumptions(_ v: JSONValue?, _ problems: inout Problems) -> ([String: Double], [String]) {
        guard let v, let o = ObjectReader(v, path: "assumptions", problems: &problems,
                                          what: "an object of parameter keys and numbers (or null)") else { return ([:], []) }
        var out: [String: Double] = [:]
        var unset: [String] = []
        for m in o.members {
            if m.key.isEmpty { problems.add("assumptions", "a parameter key may not be empty"); continue }
            if case .null = m.value { unset.append(m.key); continue }
            if let x = Check.number(m.value, path: o.path(m.key), &problems,
                                    expected: "a number, or null to unset an inherited assumption") { out[m.key] = x }
        }
        return (out, unset.sorted())
    }

    /// `uncertainty`: an object from a key to a distribution, or `null` to make an inherited one certain.
    static func decodeUncertainty(_ v: JSONValue?, _ problems: inout Problems) -> [String: UncertaintySetting] {
        guard let v, let o = ObjectReader(v, path: "uncertainty", problems: &problems,
                                          what: "an object from keys to distributions (or null)") else { return [:] }
        var out: [String: UncertaintySetting] = [:]
        for m in o.members {
            if m.key.trimmingSpaces.isEmpty { problems.add("uncertainty", "a key may not be empty"); continue }
            if case .null = m.value { out[m.key] = .certain; continue }
            if let u = UncertaintyCodec.decode(m.value, path: o.path(m.key), &problems) { out[m.key] = .uncertain(u) }
        }
        return out
    }

    static func decodePin(_ v: JSONValue, _ problems: inout Problems) -> BaselinePin? {
        guard let o = ObjectReader(v, path: "baseline", problems: &problems) else { return nil }
        o.rejectUnknownKeys(pinKeys, &problems)
        let id = o.string("id", nonEmpty: true, &problems)
        var sha: String?
        if let s = o.string("sha256", required: false, &problems) {
            if SHA256.isHexDigest(s) {
                sha = s
            } else {
                problems.add(o.path("sha256"), "expected 64 lowercase hex digits, got \(JSONWriter.quoted(s))")
            }
        }
        guard let id else { return nil }
        return BaselinePin(id: id, sha256: sha)
    }

    static func decodeMeasure(id: String, _ v: JSONValue, _ problems: inout Problems) -> MeasureEntry? {
        if id.trimmingSpaces.isEmpty {
            problems.add("measures", "a measure needs a non-empty id, got \(JSONWriter.quoted(id))")
            return nil
        }
        let path = JSONPath.key("measures", id)
        if case .null = v { return .remove }
        guard let o = ObjectReader(v, path: path, problems: &problems,
                                   what: "an object of fields, or null to remove an inherited measure") else {
            return nil
        }
        var lever: LeverKind?
        var ok = true
        if let lv = o.value(CommonField.lever) {
            lever = decodeLever(lv, id: id, path: o.path(CommonField.lever), &problems)
            if lever == nil { ok = false }
        }
        let spec = (lever ?? LeverKind(id: id))?.spec
        var fields: [String: FieldValue] = [:]
        var unset: [String] = []
        fields.reserveCapacity(o.members.count)  // one table, not one per doubling
        for m in o.members where m.key != CommonField.lever {
            if m.key.isEmpty { problems.add(path, "a field name may not be empty"); ok = false; continue }
            if case .null = m.value { unset.append(m.key); continue }
            if MeasureTextFields.names.contains(m.key) {
                if let s = Check.string(m.value, path: o.path(m.key), &problems, expected: MeasureTextFields.meaning(m.key)) {
                    fields[m.key] = .text(s)
                } else { ok = false }
            } else if let x = Check.number(m.value, path: o.path(m.key), &problems,
                                           expected: expectedNumber(m.key, spec)) {
                fields[m.key] = .number(x)
            } else { ok = false }
        }
        // A value of the wrong shape is left out (its problem is recorded); an unusable lever drops the measure.
        return lever == nil && !ok && o.value(CommonField.lever) != nil ? nil : .fields(fields, lever: lever, unset: unset.sorted())
    }

    /// The explicit `lever` key: a lever's id, and the id's own lever when the id is a lever's name.
    static func decodeLever(_ v: JSONValue, id: String, path: String, _ problems: inout Problems) -> LeverKind? {
        guard case .string(let s) = v else {
            problems.add(path, "expected a lever name, got \(v.shortDescription)")
            return nil
        }
        guard let kind = LeverKind(id: s) else {
            problems.add(path, "expected a lever name, got \(JSONWriter.quoted(s))" + Suggestions.hint(s, LeverKind.allCases.map(\.id)))
            return nil
        }
        if let own = LeverKind(id: id), own != kind {
            problems.add(path, "expected \(JSONWriter.quoted(own.id)), got \(JSONWriter.quoted(s)) "
                         + "(a measure named after a lever is that lever; rename the measure)")
            return nil
        }
        return kind
    }

    /// "a number ≥ 0 in MW", "a month 1…13", … from the lever's field spec when known.
    static func expectedNumber(_ field: String, _ spec: LeverSpec?) -> String {
        if field == CommonField.startMonth { return "a month number 1…13" }
        guard let f = spec?.field(field) else { return "a number" }
        switch f.kind {
        case .vehicleCount: return "a number of vehicles ≥ 0"
        case .quantity(let unit, let maximum):
            if let maximum { return "a number 0…\(JSONNumberText.format(maximum))" }
            return unit == "fraction" ? "a number ≥ 0 (a fraction)" : "a number ≥ 0 in \(unit)"
        }
    }
}
