public import ErqiModel

/// Writes a projection's result in the result format (docs/FORMATS.md, `erqi-result` version 1):
/// the object `erqi run --format json` prints, one per scenario (`jsonl`: one per line).
///
/// Numbers keep full double precision; keys are sorted by the writer. Beyond the core keys of docs/FORMATS.md
/// each goal carries `label`, `unit` and `direction`, each measure its `start_month`, water
/// reductions, `gdp_change`, `pv_generation_mwh`, `plan_task` and `lead_unit`, and each
/// department its `measure_count` (docs/MODEL.md §5.5 describes them); `ResultKeys` lists every key.
public enum ResultCodec {
    /// The `format` value of result objects.
    public static let format = "erqi-result"

    /// The result as a JSON object.
    public static func encode(_ r: ScenarioResult) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("format", .string(format)),
            ("version", .number(1)),
            ("scenario", .string(r.scenario)),
            ("baseline", .string(r.baseline)),
            ("totals", encode(r.totals)),
            ("energy_2015_by_sector_tce", .object(Sector.allCases.map { ($0.id, .number(r.energy2015BySectorTce[$0.rawValue])) })),
            ("energy_2015_by_fuel_tce", .object(Fuel.allCases.map { ($0.id, .number(r.energy2015ByFuelTce[$0.rawValue])) })),
            ("goals", .array(r.goals.map(encode))),
            ("townships", .array(r.townships.map(encode))),
            ("measures", .array(r.measures.map(encode))),
            ("departments", .array(r.departments.map(encode))),
            ("warnings", .array(r.warnings.map(JSONValue.string))),
        ]
        if let a = r.actuals { members.append(("actuals", encode(a))) }
        return .object(members)
    }

    /// Canonical multi-line text of one result (sorted keys, two-space indent, final newline).
    public static func text(_ r: ScenarioResult) -> String {
        JSONWriter.canonical(encode(r))
    }

    /// A JSON array of results, canonical, ending in a newline.
    public static func text(_ results: [ScenarioResult]) -> String {
        JSONWriter.canonical(.array(results.map(encode)))
    }

    /// One result on one line (JSON Lines), ending in a newline.
    public static func line(_ r: ScenarioResult) -> String {
        JSONWriter.compact(encode(r)) + "\n"
    }
}
