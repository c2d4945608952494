/// Path arithmetic on strings with `/` separators, without touching the disk.
public enum PathText {
    /// The folder part ("" when there is none) and the last component.
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// The folder holding `path` ("" for a bare file name).
    public static func folder(_ path: String) -> String { split(path).folder }

    /// The last component.
    public static func name(_ path: String) -> String { split(path).name }

    /// `relative` resolved against `folder`; absolute paths are returned as they are.
    public static func join(_ folder: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || folder.isEmpty { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// A normal form for comparing paths: absolute (against `cwd`), with `.` and `..` resolved.
    public static func normalized(_ path: String, cwd: String) -> String {
        let absolute = path.hasPrefix("/") ? path : join(cwd, path)
        var parts: [Substring] = []
        for c in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
    }
}
