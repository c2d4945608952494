/// Where the repository's own files are, for tests that read seeds and scenarios.
public enum Repository {
    /// The repository root (this file is Tests/ErqiTestSupport/Repository.swift).
    public static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
}
