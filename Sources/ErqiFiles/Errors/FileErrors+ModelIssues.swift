public import ErqiModel

extension FileErrors {
    /// The model's validation issues as problems of `file` (paths kept as the model gives them).
    public init(_ issues: [ModelIssue], file: String) {
        self.init(issues.map { FileError(file: file, path: $0.path, message: $0.message) })
    }
}
