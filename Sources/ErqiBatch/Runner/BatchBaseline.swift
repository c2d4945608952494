public import ErqiFiles

extension LoadedBaseline {
    /// `load(path:)` for a batch command: the file's problems as a `BatchError`.
    public static func loadForBatch(path: String?) throws(BatchError) -> LoadedBaseline {
        do { return try load(path: path) } catch { throw BatchError(error) }
    }
}
