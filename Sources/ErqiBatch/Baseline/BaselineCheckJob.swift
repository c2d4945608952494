import ErqiFiles
public import ErqiModel

/// `erqi baseline check FILE`: every problem of a baseline file (exit 2), or its summary with
/// how many parameters are still estimates (exit 0).
public struct BaselineCheckJob: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    public func execute() -> BatchOutcome {
        do throws(FileErrors) {
            let (b, digest) = try BaselineStore.loadWithDigest(path: path, validate: false)
            let issues = b.validate()
            if !issues.isEmpty { throw FileErrors(issues, file: path) }
            return BatchOutcome(output: BaselineSummary(b, sha256: digest, source: path).text + "\n")
        } catch {
            return .failure(BatchError(error))
        }
    }
}

/// A baseline in a few lines: id, file, SHA-256, sizes and the estimates left.
public struct BaselineSummary: Equatable, Sendable {
    public var lines: [String]

    public init(_ b: Baseline, sha256: String, source: String) {
        let estimates = b.estimateCount
        let share = b.parameters.isEmpty ? 0 : Double(estimates) / Double(b.parameters.count) * 100
        lines = [
            "baseline \(b.id): \(b.title)",
            "file     \(source)",
            "sha256   \(sha256.isEmpty ? "(not from a file)" : sha256)",
            "size     \(b.parameters.count) parameters, \(b.sources.count) sources, \(b.townships.count) townships",
            "estimates \(estimates) of \(b.parameters.count) parameters (\(Int(share.rounded())) %); the other \(b.parameters.count - estimates) cite a source",
        ]
    }

    public var text: String { lines.joined(separator: "\n") }
}
