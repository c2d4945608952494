public import ErqiModel

/// Where baselines come from: the one compiled into the binary, or a file.
///
/// Both decode strictly (`BaselineCodec`) and then, unless told not to, run the model's own
/// checks (`Baseline.validate()`), so that a baseline they return is one the model can use.
public enum BaselineStore {
    /// How errors in the embedded baseline name their file.
    public static let embeddedFileName = "<embedded baseline>"

    /// The embedded baseline is fixed when the binary is built, so the model's checks are run on
    /// it by the tests (`EmbeddedBaselineTests`) and by every debug build, not at each start of
    /// a release build: they were a third of the start-up work. A file baseline is always checked.
    ///
    /// It is built by generated Swift (`EmbeddedBaseline.prebuilt()`, from the same seed) rather
    /// than decoded from the JSON text: parsing that text was most of the rest of the start-up
    /// work. The tests (`EmbeddedBaselinePrebuiltTests`) hold the two forms to the same baseline.
    private static let embeddedResult = Result<Baseline, FileErrors> { () throws(FileErrors) -> Baseline in
        let built = EmbeddedBaseline.prebuilt()
        #if DEBUG
        return try checked(built, file: embeddedFileName)
        #else
        return built
        #endif
    }

    /// The embedded baseline decoded and put through `Baseline.validate()` whatever the build:
    /// what the tests use to show that release builds may skip the checks.
    public static func embeddedChecked() throws(FileErrors) -> Baseline {
        try checked(BaselineCodec.decode(EmbeddedBaseline.json, file: embeddedFileName), file: embeddedFileName)
    }

    /// The default baseline, `seeds/baseline-2014.json` as embedded at build time (built once).
    public static func embedded() throws(FileErrors) -> Baseline {
        try embeddedResult.get()
    }

    /// The SHA-256 of the embedded baseline's text, for `baseline.sha256` pins (computed once,
    /// when first asked for).
    public static let embeddedSHA256: String = sha256(of: EmbeddedBaseline.json)

    /// A baseline file.
    public static func load(path: String, validate: Bool = true) throws(FileErrors) -> Baseline {
        try loadWithDigest(path: path, validate: validate).baseline
    }

    /// A baseline file with the SHA-256 of its bytes.
    public static func loadWithDigest(path: String, validate: Bool = true)
        throws(FileErrors) -> (baseline: Baseline, sha256: String) {
        let bytes = try FileReader.bytes(atPath: path)
        let decoded = try BaselineCodec.decode(JSONParser.parse(bytes, file: path), file: path)
        return (validate ? try checked(decoded, file: path) : decoded, SHA256.hex(bytes))
    }

    /// The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits.
    public static func sha256(of text: String) -> String { SHA256.hex(text.utf8) }

    /// The baseline if the model accepts it.
    static func checked(_ b: Baseline, file: String) throws(FileErrors) -> Baseline {
        let issues = b.validate()
        if !issues.isEmpty { throw FileErrors(issues, file: file) }
        return b
    }
}
