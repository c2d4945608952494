public import ErqiModel

/// Loads scenario files from disk and resolves their `extends` chains.
///
/// `extends` names a scenario in the same folder (`<folder>/<name>.json`) or, when it holds a
/// `/` or ends in `.json`, a path relative to the file's folder. Parents load first; a cycle,
/// a missing parent or a parent that is not a scenario file is an error naming the file.
public enum ScenarioLoader {
    /// Longest `extends` chain followed before giving up.
    public static let maximumChain = 64

    /// The scenario at `path` with its whole `extends` chain merged in, read from `source`
    /// (the disk unless told otherwise).
    public static func load(path: String, source: ScenarioSource = .disk) throws(FileErrors) -> Scenario {
        try load(path: path, chain: [], in: Chain(source))
    }

    /// The file at `path` as written: nulls kept, parent not merged (for `fmt`).
    public static func loadFile(path: String, source: ScenarioSource = .disk) throws(FileErrors) -> ScenarioFile {
        try ScenarioCodec.decode(readJSON(path, source), file: path)
    }

    /// Where `extends` points from the file at `path`.
    public static func parentPath(of extends: String, from path: String) -> String {
        PathText.join(PathText.folder(path), ScenarioFolder.fileName(extends))
    }

    /// The merged parent that a scenario at `path` with this `extends` has, or nil without one.
    public static func parent(_ extends: String?, of path: String, source: ScenarioSource = .disk) throws(FileErrors) -> Scenario? {
        guard let extends else { return nil }
        let context = Chain(source)
        return try loadParent(extends, of: path, chain: [context.link(path)], in: context)
    }

    /// Writes `scenario` to `path` atomically. When it extends a parent, the parent is loaded
    /// from beside `path` and only the differences are written (inherited measures it dropped
    /// as `null`), so that loading the file gives `scenario` back.
    public static func save(_ scenario: Scenario, to path: String, overwrite: Bool) throws(FileErrors) {
        let parent = try parent(scenario.extends, of: path)
        try AtomicFile.write(ScenarioCodec.text(scenario, parent: parent), to: path, overwrite: overwrite)
    }

    /// Every problem of the scenario at `path` at once: its shape, its merge with the parent,
    /// and (when those leave a scenario to check) the model's validation on `baseline`, each
    /// named by the file and JSON path. Empty when the file loads and validates.
    public static func diagnose(path: String, baseline: Baseline) -> [FileError] {
        let json: JSONValue
        do { json = try readJSON(path, .disk) } catch { return error.errors }
        let (decoded, shape) = ScenarioCodec.decodeCollecting(json, file: path)
        guard let decoded else { return shape }
        var parent: Scenario?
        if let extends = decoded.extends {
            let context = Chain(.disk)
            do { parent = try loadParent(extends, of: path, chain: [context.link(path)], in: context) } catch { return shape + error.errors }
        }
        let (merged, mergeProblems) = decoded.mergedCollecting(onto: parent, file: path)
        var errors = shape + mergeProblems
        do {
            _ = try Engine.project(baseline: baseline, scenario: merged)
        } catch {
            let reported = Set(errors.map(\.path))
            for issue in error.issues where !reported.contains(issue.path) {
                errors.append(FileError(file: path, path: issue.path, message: issue.message))
            }
        }
        return errors
    }

    // MARK: Chain resolution

    /// One file of a chain: as displayed and in normal form.
    struct Link {
        var path: String
        var normal: String
    }

    /// What one resolution of a chain reads from: the source, and its working folder (asked
    /// for once, and only when a path is relative).
    final class Chain {
        let source: ScenarioSource
        private var workingFolder: String?
        init(_ source: ScenarioSource) { self.source = source }

        func link(_ path: String) -> Link {
            if path.hasPrefix("/") { return Link(path: path, normal: PathText.normalized(path, cwd: "/")) }
            let cwd = workingFolder ?? source.workingFolder()
            workingFolder = cwd
            return Link(path: path, normal: PathText.normalized(path, cwd: cwd))
        }
    }

    static func load(path: String, chain: [Link], in context: Chain) throws(FileErrors) -> Scenario {
        let file = try loadFile(path: path, source: context.source)
        guard let extends = file.extends else { return try file.merged(onto: nil, file: path) }
        let parent = try loadParent(extends, of: path, chain: chain + [context.link(path)], in: context)
        return try file.merged(onto: parent, file: path)
    }

    /// Loads the parent named by `extends` in the file `chain.last`.
    static func loadParent(_ extends: String, of path: String, chain: [Link], in context: Chain) throws(FileErrors) -> Scenario {
        func fail(_ message: String) -> FileErrors { FileErrors(file: path, path: "extends", message: message) }
        let parentPath = parentPath(of: extends, from: path)
        let link = context.link(parentPath)
        if chain.contains(where: { $0.normal == link.normal }) {
            throw fail("cycle: " + describe(chain + [link]))
        }
        if chain.count >= maximumChain {
            throw fail("the extends chain is longer than \(maximumChain) files")
        }
        guard context.source.exists(parentPath) else {
            throw fail("no scenario \(JSONWriter.quoted(extends)) (looked for \(parentPath))"
                       + Suggestions.hint(extends, context.source.scenarioNames(PathText.folder(parentPath))))
        }
        let json = try readJSON(parentPath, context.source)
        guard json["format"] == .string(ScenarioCodec.format) else {
            let format = json["format"].map { "its format is \($0.shortDescription)" } ?? "it has no \"format\""
            throw fail("\(parentPath) is not an erqi-scenario file (\(format))")
        }
        let file = try ScenarioCodec.decode(json, file: parentPath)
        guard let grand = file.extends else { return try file.merged(onto: nil, file: parentPath) }
        let grandParent = try loadParent(grand, of: parentPath, chain: chain + [link], in: context)
        return try file.merged(onto: grandParent, file: parentPath)
    }

    /// `a.json → b.json → a.json`, with folders when the files are not all in one.
    static func describe(_ chain: [Link]) -> String {
        let folders = Set(chain.map { PathText.folder($0.normal) })
        return chain.map { folders.count == 1 ? PathText.name($0.path) : $0.path }.joined(separator: " → ")
    }

    static func readJSON(_ path: String, _ source: ScenarioSource) throws(FileErrors) -> JSONValue {
        try JSONParser.parse(source.read(path), file: path)
    }
}
