public import ErqiModel

/// Reads and writes the baseline file format (docs/FORMATS.md, `erqi-baseline` version 1).
///
/// Decoding is strict and reports every problem at once. It checks the file's shape and
/// references (source ids, unique keys and ids); sums and ranges are `Baseline`'s own checks.
public enum BaselineCodec {
    /// The `format` value of baseline files.
    public static let format = "erqi-baseline"

    static let topKeys = ["format", "version", "id", "title", "base_year", "target_year", "sources",
                          "townships", "vehicle_classes", "options", "parameters"]
    static let sourceKeys = ["id", "title", "url", "confidence", "note"]
    static let townshipKeys = ["id", "name", "target"]
    static let vehicleKeys = ["id", "name", "fuel"]
    static let optionKeys = ["pv_accounting"]
    static let parameterKeys = ["key", "value", "unit", "source", "note", "uncertainty"]

    /// The source id that marks a figure no document states.
    public static let estimate = "estimate"

    /// Decodes baseline text; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws(FileErrors) -> Baseline {
        try decode(JSONParser.parse(text, file: file), file: file)
    }

    /// Decodes a parsed baseline.
    public static func decode(_ json: JSONValue, file: String) throws(FileErrors) -> Baseline {
        var problems = Problems(file: file)
        guard let top = ObjectReader(json, path: "", problems: &problems, what: "a baseline object") else {
            throw FileErrors(problems.errors)
        }
        guard Check.header(top, format: format, &problems) else { throw FileErrors(problems.errors) }
        top.rejectUnknownKeys(topKeys, &problems)

        let id = top.string("id", nonEmpty: true, &problems)
        let title = top.string("title", &problems)
        let baseYear = top.integer("base_year", &problems)
        let targetYear = top.integer("target_year", &problems)
        let sources = list(top, "sources", &problems, decodeSource)
        let townships = list(top, "townships", &problems, decodeTownship)
        let vehicles = list(top, "vehicle_classes", &problems, decodeVehicleClass)
        let pv = decodeOptions(top, &problems)

        checkUnique(sources?.map { ($0.index, $0.item.id) }, path: "sources", field: "id", what: "source id", &problems)
        for s in sources ?? [] where s.item.id == estimate {
            problems.add(JSONPath.key(JSONPath.index("sources", s.index), "id"),
                         "\(JSONWriter.quoted(estimate)) is reserved for estimates; give the source another id")
        }
        checkUnique(townships?.map { ($0.index, $0.item.id) }, path: "townships", field: "id",
                    what: "township id", &problems)
        checkUnique(vehicles?.map { ($0.index, $0.item.id) }, path: "vehicle_classes", field: "id",
                    what: "vehicle class id", &problems)

        // Every id the file lists, even of sources with other problems, so that those
        // problems are not repeated on each parameter citing them.
        let sourceIDs = (top.value("sources").flatMap { v -> [JSONValue]? in
            if case .array(let a) = v { return a } else { return nil }
        } ?? []).compactMap { $0["id"]?.stringValue }
        let parameters = list(top, "parameters", &problems) { v, path, problems in
            decodeParameter(v, path: path, sourceIDs: sourceIDs, &problems)
        }
        checkUnique(parameters?.map { ($0.index, $0.item.key) }, path: "parameters", field: "key",
                    what: "parameter", &problems)

        try problems.throwIfAny()
        guard let id, let title, let baseYear, let targetYear, let sources, let townships,
              let vehicles, let parameters else {
            throw FileErrors(file: file, path: "", message: "incomplete baseline")
        }
        return Baseline(id: id, title: title, baseYear: baseYear, targetYear: targetYear,
                        sources: sources.map(\.item), townships: townships.map(\.item),
                        vehicleClasses: vehicles.map(\.item), pvAccounting: pv ?? .offset,
                        parameters: parameters.map(\.item))
    }

    // MARK: Sections

    /// Decodes an array's elements with their indices in the file; nil if the key is missing or
    /// not an array. Elements that fail (already reported) are left out.
    static func list<T>(_ top: ObjectReader, _ key: String, _ problems: inout Problems,
                        _ element: (JSONValue, String, inout Problems) -> T?) -> [(index: Int, item: T)]? {
        guard let v = top.required(key, &problems) else { return nil }
        guard case .array(let items) = v else {
            problems.add(key, "expected an array, got \(v.shortDescription)")
            return nil
        }
        var out: [(index: Int, item: T)] = []
        for (i, item) in items.enumerated() {
            if let t = element(item, JSONPath.index(key, i), &problems) { out.append((i, t)) }
        }
        return out
    }

    static func decodeSource(_ v: JSONValue, path: String, _ problems: inout Problems) -> Source? {
        guard let o = ObjectReader(v, path: path, problems: &problems) else { return nil }
        o.rejectUnknownKeys(sourceKeys, &problems)
        let id = o.string("id", nonEmpty: true, &problems)
        let title = o.string("title", &problems)
        let url = o.optionalString("url", &problems)
        let confidence = o.string("confidence", nonEmpty: true, &problems)
        let note = o.string("note", required: false, &problems)
        guard let id, let title, let confidence else { return nil }
        return Source(id: id, title: title, url: url, confidence: confidence, note: note)
    }

    static func decodeTownship(_ v: JSONValue, path: String, _ problems: inout Problems) -> Township? {
        guard let o = ObjectReader(v, path: path, problems: &problems) else { return nil }
        o.rejectUnknownKeys(townshipKeys, &problems)
        let id = o.string("id", nonEmpty: true, &problems)
        let name = o.string("name", nonEmpty: true, &problems)
        let target = o.number("target", &problems)
        guard let id, let name, let target else { return nil }
        return Township(id: id, name: name, target: target)
    }

    static func decodeVehicleClass(_ v: JSONValue, path: String, _ problems: inout Problems) -> VehicleClass? {
        guard let o = ObjectReader(v, path: path, problems: &problems) else { return nil }
        o.rejectUnknownKeys(vehicleKeys, &problems)
        let id = o.string("id", nonEmpty: true, &problems)
        let name = o.string("name", nonEmpty: true, &problems)
        var fuel: Fuel?
        if let f = o.required("fuel", &problems),
           let s = Check.choice(f, path: o.path("fuel"), [Fuel.gasoline.id, Fuel.diesel.id], &problems) {
            fuel = Fuel(id: s)
        }
        guard let id, let name, let fuel else { return nil }
        return VehicleClass(id: id, name: name, fuel: fuel)
    }

    /// `options`, optional as a whole; nil when absent or bad.
    static func decodeOptions(_ top: ObjectReader, _ problems: inout Problems) -> PVAccounting? {
        guard let v = top.value("options"),
              let o = ObjectReader(v, path: "options", problems: &problems) else { return nil }
        o.rejectUnknownKeys(optionKeys, &problems)
        return PVAccountingText.decode(o, &problems, required: true)
    }

    static func decodeParameter(_ v: JSONValue, path: String, sourceIDs: [String],
                                _ problems: inout Problems) -> Parameter? {
        guard let o = ObjectReader(v, path: path, problems: &problems) else { return nil }
        o.rejectUnknownKeys(parameterKeys, &problems)
        let key = o.string("key", nonEmpty: true, &problems)
        let value = o.number("value", &problems)
        let unit = o.string("unit", &problems)
        let source = o.string("source", nonEmpty: true, &problems)
        let note = o.string("note", required: false, &problems)
        var uncertainty: Uncertainty?
        var uncertaintyOK = true
        if let u = o.value("uncertainty") {
            uncertainty = UncertaintyCodec.decode(u, path: o.path("uncertainty"), &problems)
            uncertaintyOK = uncertainty != nil
        }
        let about = key.map { " (parameter \(JSONWriter.quoted($0)))" } ?? ""
        if let source, source != estimate, !sourceIDs.contains(source) {
            problems.add(o.path("source"),
                         "expected a source id from \"sources\" or \"estimate\", got \(JSONWriter.quoted(source))"
                         + about + Suggestions.hint(source, sourceIDs + [estimate]))
        }
        if source == estimate, note?.trimmingSpaces.isEmpty ?? true {
            problems.add(o.path("note"), "an estimate needs a non-empty note saying how it was derived" + about)
        }
        guard let key, let value, let unit, let source, uncertaintyOK else { return nil }
        return Parameter(key: key, value: value, unit: unit, source: source, note: note, uncertainty: uncertainty)
    }

    /// Records every repeat of an id (given with its index in the file), naming where it first appeared.
    static func checkUnique(_ ids: [(Int, String)]?, path: String, field: String, what: String,
                            _ problems: inout Problems) {
        guard let ids else { return }
        var first: [String: Int] = [:]
        for (i, id) in ids {
            if let j = first[id] {
                problems.add(JSONPath.key(JSONPath.index(path, i), field),
                             "duplicate \(what) \(JSONWriter.quoted(id)) (first at \(JSONPath.index(path, j)))")
            } else {
                first[id] = i
            }
        }
    }
}
