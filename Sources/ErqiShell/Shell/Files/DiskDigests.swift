import ErqiFiles
import ErqiModel
import Foundation

/// The SHA-256 of each scenario file as the session last read or wrote it, keyed by its
/// absolute path, so that `save` can tell when the file was changed by someone else meanwhile.
struct DiskDigests {
    /// What the session knows of one file.
    struct Entry {
        /// SHA-256 (hex) of its bytes; nil when it could not be read.
        var digest: String?
        /// The scenario those bytes hold (merged), to name what changed.
        var scenario: Scenario
    }

    private var byPath: [String: Entry] = [:]

    static func key(_ path: String) -> String {
        PathText.normalized(path, cwd: FileManager.default.currentDirectoryPath)
    }

    /// Records `digest` (nil: the file could not be read) and the scenario it holds for `path`.
    mutating func record(_ path: String, digest: String?, scenario: Scenario) {
        byPath[Self.key(path)] = Entry(digest: digest, scenario: scenario)
    }

    /// What was recorded for `path`, or nil when the session never read or wrote it.
    func recorded(_ path: String) -> Entry? { byPath[Self.key(path)] }
}

extension ShellFileSystem {
    /// The SHA-256 (hex) of the file at `path`, or nil when it cannot be read.
    static func digest(_ path: String) -> String? {
        guard let bytes = try? FileReader.bytes(atPath: path) else { return nil }
        return SHA256.hex(bytes)
    }
}
