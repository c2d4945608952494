import Foundation

/// Where `ScenarioLoader` reads scenario files and their `extends` parents: the disk, or files
/// held in memory. The fuzz harness loads thousands of parent and child files a second from
/// memory; writing them to disk first made the file system, not the loader, what it measured.
public struct ScenarioSource: Sendable {
    /// The bytes of the file at `path`, or an error naming it.
    let read: @Sendable (String) throws(FileErrors) -> [UInt8]
    /// Whether something exists at `path`.
    let exists: @Sendable (String) -> Bool
    /// The scenario names in a folder (for "did you mean" hints).
    let scenarioNames: @Sendable (String) -> [String]
    /// The folder relative paths start from (for comparing paths in a chain).
    let workingFolder: @Sendable () -> String

    /// Files on disk, read with `FileReader` (bounded, regular files only).
    public static let disk = ScenarioSource(
        read: { (path: String) throws(FileErrors) -> [UInt8] in try FileReader.bytes(atPath: path) },
        exists: { POSIX.exists($0) },
        scenarioNames: { ScenarioFolder.scenarioNames(in: $0) },
        workingFolder: { FileManager.default.currentDirectoryPath })

    /// The given files, by path; relative paths start from `/`. A path that is not among them
    /// does not exist.
    public static func memory(_ files: [String: [UInt8]]) -> ScenarioSource {
        var byPath: [String: [UInt8]] = [:]
        for (path, bytes) in files { byPath[PathText.normalized(path, cwd: "/")] = bytes }
        let held = byPath
        return ScenarioSource(
            read: { (path: String) throws(FileErrors) -> [UInt8] in
                guard let bytes = held[PathText.normalized(path, cwd: "/")] else {
                    throw FileErrors(file: path, path: "", message: "cannot read: \(POSIX.describe(ENOENT))")
                }
                return bytes
            },
            exists: { held[PathText.normalized($0, cwd: "/")] != nil },
            scenarioNames: { folder in
                let normal = PathText.normalized(folder, cwd: "/")
                return held.keys.filter { PathText.folder($0) == normal && $0.hasSuffix(ScenarioFolder.fileExtension) }
                    .map(ScenarioFolder.scenarioName(ofPath:)).sorted()
            },
            workingFolder: { "/" })
    }
}
