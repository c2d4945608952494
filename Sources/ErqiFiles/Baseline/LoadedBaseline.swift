public import ErqiModel

/// The baseline a command runs on, with the digest that scenario pins are checked against.
public struct LoadedBaseline: Sendable {
    public var baseline: Baseline
    /// SHA-256 of the baseline's file text.
    public var sha256: String
    /// The file, or `<embedded baseline>`.
    public var source: String

    public init(baseline: Baseline, sha256: String, source: String) {
        self.baseline = baseline; self.sha256 = sha256; self.source = source
    }

    /// The file at `path`, or the embedded baseline when `path` is nil.
    public static func load(path: String?) throws(FileErrors) -> LoadedBaseline {
        if let path {
            let (baseline, digest) = try BaselineStore.loadWithDigest(path: path)
            return LoadedBaseline(baseline: baseline, sha256: digest, source: path)
        }
        return LoadedBaseline(baseline: try BaselineStore.embedded(), sha256: BaselineStore.embeddedSHA256,
                              source: BaselineStore.embeddedFileName)
    }

    /// `baseline` with the embedded file's digest when it is the embedded baseline, else with
    /// no digest (its pins are checked by id only).
    public static func describing(_ baseline: Baseline) -> LoadedBaseline {
        if let embedded = try? BaselineStore.embedded(), embedded == baseline {
            return LoadedBaseline(baseline: baseline, sha256: BaselineStore.embeddedSHA256, source: BaselineStore.embeddedFileName)
        }
        return LoadedBaseline(baseline: baseline, sha256: "", source: "baseline \(baseline.id)")
    }

    /// A warning when `scenario` pins another baseline (docs/FORMATS.md: a mismatch warns), or nil.
    public func pinWarning(for scenario: Scenario, file: String) -> String? {
        guard let pin = scenario.baselinePin else { return nil }
        if pin.id != baseline.id {
            return "\(file): warning: baseline.id: written against baseline \(pin.id), running on \(baseline.id) (\(source))"
        }
        if let sha = pin.sha256, !sha256.isEmpty, sha != sha256 {
            return "\(file): warning: baseline.sha256: written against another version of \(pin.id) than \(source) (sha256 \(sha.prefix(12))… vs \(sha256.prefix(12))…)"
        }
        return nil
    }
}
