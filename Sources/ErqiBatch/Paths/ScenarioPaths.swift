import ErqiFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The batch commands' one file-system reader (folder listings through `ScenarioFolder`).
/// Turns command-line arguments into scenario files: a folder means its `*.json` files, a
/// pattern with `*`, `?` or `[` is expanded here too (for quoted patterns the shell left
/// alone), anything else is a file. Each argument's files are sorted; arguments keep their order.
public enum ScenarioPaths {
    /// The files the arguments name, or the arguments that name none.
    public static func expand(_ arguments: [String]) throws(BatchError) -> [String] {
        var paths: [String] = []
        var problems: [String] = []
        for argument in arguments {
            if isPattern(argument) {
                let matches = matches(argument)
                if matches.isEmpty { problems.append("\(argument): no file matches this pattern") }
                paths += matches
            } else if isFolder(argument) {
                let files = jsonFiles(in: argument)
                if files.isEmpty { problems.append("\(argument): this folder holds no .json files") }
                paths += files
            } else {
                paths.append(argument)
            }
        }
        if !problems.isEmpty { throw BatchError(problems) }
        return paths
    }

    /// Whether `argument` holds a glob character.
    static func isPattern(_ argument: String) -> Bool {
        argument.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    static func isFolder(_ path: String) -> Bool { ScenarioFolder.isFolder(path) }

    /// The folder's scenario files (`ScenarioFolder.jsonFiles`), sorted, as `folder/name`.
    static func jsonFiles(in folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return ScenarioFolder.jsonFiles(in: folder).map { prefix + $0 }
    }

    /// glob(3) matches, sorted; folders matched by the pattern are left out.
    static func matches(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, 0, nil, &g) == 0 else { return [] }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] {
                let path = String(cString: p)
                if !isFolder(path) { out.append(path) }
            }
        }
        return out.sorted()
    }
}
