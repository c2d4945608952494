public import ErqiFiles
import ErqiModel

/// `erqi baseline import FILE.csv --onto BASELINE [-o NEW]`: the baseline with the table's
/// values, written atomically to NEW (or standard output); nothing is written on any problem.
public struct BaselineImportJob: Sendable {
    public var csvPath: String
    public var ontoPath: String
    public var outputPath: String?
    public var source: BaselineImport.NewSource?

    public init(csvPath: String, ontoPath: String, outputPath: String? = nil, source: BaselineImport.NewSource? = nil) {
        self.csvPath = csvPath; self.ontoPath = ontoPath; self.outputPath = outputPath; self.source = source
    }

    public func execute() -> BatchOutcome {
        do throws(FileErrors) {
            let onto = try BaselineStore.load(path: ontoPath)
            let bytes = try FileReader.bytes(atPath: csvPath)
            let outcome = try BaselineImport.apply(bytes: bytes, file: csvPath, onto: onto, source: source)
            let text = BaselineCodec.text(outcome.baseline)
            var messages: [String] = []
            if outcome.encoding != .utf8 {
                messages.append("\(csvPath): note: read as \(outcome.encoding.rawValue) (not UTF-8)")
            }
            let summary = "\(csvPath): \(outcome.changedKeys.count) parameter\(outcome.changedKeys.count == 1 ? "" : "s") changed, "
                + "\(outcome.estimatesReplaced) estimate\(outcome.estimatesReplaced == 1 ? "" : "s") replaced; "
                + "\(outcome.baseline.estimateCount) of \(outcome.baseline.parameters.count) parameters are still estimates"
            guard let outputPath else { return BatchOutcome(output: text, messages: messages + [summary]) }
            do throws(FileErrors) { try AtomicFile.write(text, to: outputPath, overwrite: true) } catch {
                return .failure(BatchError.output(error), warnings: messages)
            }
            return BatchOutcome(messages: messages + [summary + "; wrote \(outputPath)"])
        } catch {
            return .failure(BatchError(error))
        }
    }
}
