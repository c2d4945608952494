import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing

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
