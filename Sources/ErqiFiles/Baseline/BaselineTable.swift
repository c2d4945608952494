public import ErqiModel

/// The baseline as tables for spreadsheets: parameters, sources and townships
/// (`erqi baseline export`). Values are written in full precision, so that importing the
/// parameters table onto the same baseline gives the same file byte for byte.
public enum BaselineTable {
    /// The three tables of an export.
    public enum Section: String, CaseIterable, Sendable {
        case parameters, sources, townships
    }

    /// Columns of the parameters table, in order; `key` and `value` are the ones import requires.
    /// `uncertainty` holds the parameter's distribution as compact JSON (empty: none).
    public static let parameterColumns = ["key", "value", "unit", "source", "note", "uncertainty"]
    /// Columns of the sources table.
    public static let sourceColumns = ["id", "title", "url", "confidence", "note"]
    /// Columns of the townships table.
    public static let townshipColumns = ["id", "name", "target"]

    /// The `format` value of a JSON export.
    public static let jsonFormat = "erqi-baseline-table"

    /// A section's header and rows, as text cells.
    public static func rows(_ b: Baseline, _ section: Section) -> (header: [String], rows: [[String]]) {
        switch section {
        case .parameters:
            return (parameterColumns, b.parameters.map {
                [$0.key, JSONNumberText.format($0.value), $0.unit, $0.source, $0.note ?? "",
                 $0.uncertainty.map { JSONWriter.compact(UncertaintyCodec.encode($0)) } ?? ""]
            })
        case .sources:
            return (sourceColumns, b.sources.map { [$0.id, $0.title, $0.url ?? "", $0.confidence, $0.note ?? ""] })
        case .townships:
            return (townshipColumns, b.townships.map { [$0.id, $0.name, JSONNumberText.format($0.target)] })
        }
    }

    /// A section as CSV.
    public static func csv(_ b: Baseline, _ section: Section, style: CSVWriter.Style = .plain) -> String {
        let t = rows(b, section)
        return CSVWriter(style: style).text(header: t.header, rows: t.rows)
    }

    /// All three sections in one canonical JSON document (`erqi-baseline-table` version 1).
    public static func json(_ b: Baseline) -> String {
        JSONWriter.canonical(.object([
            ("format", .string(jsonFormat)),
            ("version", .number(1)),
            ("baseline", .string(b.id)),
            ("parameters", .array(b.parameters.map(BaselineCodec.encode))),
            ("sources", .array(b.sources.map(BaselineCodec.encode))),
            ("townships", .array(b.townships.map(BaselineCodec.encode))),
        ]))
    }

    /// Where the sources and townships tables go when the parameters go to `path`:
    /// `x.csv` → `x.sources.csv`, `x.townships.csv`.
    public static func companionPath(_ path: String, _ section: Section) -> String {
        guard section != .parameters else { return path }
        let (dir, name) = PathText.split(path)
        let stem = name.hasSuffix(".csv") ? String(name.dropLast(4)) : name
        return PathText.join(dir, "\(stem).\(section.rawValue).csv")
    }
}
