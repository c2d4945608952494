public import ErqiFiles
import ErqiModel

/// `erqi baseline export`: the baseline as spreadsheet tables (CSV) or one JSON document.
public struct BaselineExportJob: Sendable {
    /// CSV (one table per file) or JSON (all sections in one document).
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public var baselinePath: String?
    public var outputPath: String?
    public var format: Format
    /// BOM and CRLF for Excel (CSV only).
    public var excel: Bool
    /// The table written to standard output when there is no `outputPath` (CSV only).
    public var section: BaselineTable.Section

    public init(baselinePath: String? = nil, outputPath: String? = nil, format: Format = .csv, excel: Bool = false,
                section: BaselineTable.Section = .parameters) {
        self.baselinePath = baselinePath; self.outputPath = outputPath; self.format = format
        self.excel = excel; self.section = section
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            if excel && format == .json { throw BatchError("--excel: only for --format csv") }
            let loaded = try LoadedBaseline.loadForBatch(path: baselinePath)
            let b = loaded.baseline
            let style: CSVWriter.Style = excel ? .excel : .plain
            switch (format, outputPath) {
            case (.json, nil):
                return BatchOutcome(output: BaselineTable.json(b))
            case (.json, let path?):
                try write(BaselineTable.json(b), to: path)
                return BatchOutcome(messages: ["wrote \(path) (\(b.parameters.count) parameters, \(b.sources.count) sources, \(b.townships.count) townships)"])
            case (.csv, nil):
                return BatchOutcome(output: BaselineTable.csv(b, section, style: style))
            case (.csv, let path?):
                var written: [String] = []
                for s in BaselineTable.Section.allCases {
                    let p = BaselineTable.companionPath(path, s)
                    try write(BaselineTable.csv(b, s, style: style), to: p)
                    written.append(p)
                }
                return BatchOutcome(messages: ["wrote \(written.joined(separator: ", ")) (\(b.parameters.count) parameters, \(b.estimateCount) of them estimates)"])
            }
        } catch {
            return .failure(error)
        }
    }

    func write(_ text: String, to path: String) throws(BatchError) {
        do { try AtomicFile.write(text, to: path, overwrite: true) } catch { throw BatchError.output(error) }
    }
}
