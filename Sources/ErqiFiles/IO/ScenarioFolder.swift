/// Scenario files in folders, the one place for their naming rules: a scenario `NAME` is the
/// file `NAME.json`, a reference holding `/` or ending in `.json` is a path, and a listing
/// holds the regular `*.json` files of a folder, never hidden ones (names starting with `.`).
/// The shell (`load`, `save`, `scenarios`), batch arguments and `extends` all read it.
public enum ScenarioFolder {
    /// The extension of scenario files.
    public static let fileExtension = ".json"

    /// Whether `reference` is a path (holds `/` or ends in `.json`) rather than a scenario name.
    public static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(fileExtension)
    }

    /// `NAME` → `NAME.json`; a path stays as it is.
    public static func fileName(_ reference: String) -> String {
        isPath(reference) ? reference : reference + fileExtension
    }

    /// The scenario name a file stands for: its last component without `.json`.
    public static func scenarioName(ofPath path: String) -> String {
        var name = PathText.name(path)
        if name.hasSuffix(fileExtension) { name.removeLast(fileExtension.count) }
        return name
    }

    /// Whether a file name is hidden (starts with `.`).
    public static func isHidden(_ name: String) -> Bool { name.hasPrefix(".") }

    /// The regular, not hidden `*.json` files of `folder` (`""` is the working folder), as file
    /// names, sorted; empty when the folder cannot be read.
    public static func jsonFiles(in folder: String) -> [String] {
        let folder = folder.isEmpty ? "." : folder
        return (POSIX.entries(of: folder) ?? [])
            .filter { $0.hasSuffix(fileExtension) && !isHidden($0) && POSIX.isFile(PathText.join(folder, $0)) }
            .sorted()
    }

    /// The scenario names of `jsonFiles(in:)`, sorted.
    public static func scenarioNames(in folder: String) -> [String] {
        jsonFiles(in: folder).map(scenarioName(ofPath:))
    }

    /// Whether `path` is a folder (following symlinks).
    public static func isFolder(_ path: String) -> Bool { POSIX.isFolder(path) }
}
