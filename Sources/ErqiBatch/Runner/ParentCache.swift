public import ErqiFiles
public import ErqiModel
import Foundation

/// The merged parents of a batch's scenarios, loaded once each: ten thousand files that extend
/// plan-2015 read plan-2015 once. Only successful loads are kept, so every error is reported
/// against the file that meets it. Safe to use from several threads.
public final class ParentCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parents: [String: Scenario] = [:]

    public init() {}

    /// The scenario at `path` with its `extends` chain merged, as `ScenarioLoader.load(path:)`.
    public func load(path: String) throws(FileErrors) -> Scenario {
        let file = try ScenarioLoader.loadFile(path: path)
        guard let extends = file.extends else { return try file.merged(onto: nil, file: path) }
        let key = ScenarioLoader.parentPath(of: extends, from: path)
        lock.lock()
        let cached = parents[key]
        lock.unlock()
        if let cached { return try file.merged(onto: cached, file: path) }
        guard let parent = try ScenarioLoader.parent(extends, of: path) else { return try file.merged(onto: nil, file: path) }
        lock.lock()
        parents[key] = parent
        lock.unlock()
        return try file.merged(onto: parent, file: path)
    }
}
