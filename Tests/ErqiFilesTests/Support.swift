import ErqiTestSupport
import ErqiFiles
import Foundation
import Testing

/// A fresh folder under the system temporary folder, removed by `remove()`.
struct TempFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/erqi-files-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The repository root.
func repositoryRoot() -> String { Repository.root }

/// The errors a throwing call produced, or an empty list when it did not throw.
func fileErrors<T>(_ body: () throws(FileErrors) -> T) -> [FileError] {
    do {
        _ = try body()
        return []
    } catch {
        return error.errors
    }
}

/// The rendered errors, one string each.
func messages<T>(_ body: () throws(FileErrors) -> T) -> [String] {
    fileErrors(body).map(\.description)
}
