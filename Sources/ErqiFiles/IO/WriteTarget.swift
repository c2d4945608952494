#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path to be written names, decided before writing: a regular file (or nothing yet) is
/// replaced atomically; a device, FIFO, socket or standard stream is written in place; a
/// symbolic link is followed so that the file it points to is replaced and the link stays.
public enum WriteTarget: Equatable, Sendable {
    /// A regular file or a new name: write a temporary file beside it and rename it over.
    case replace(path: String)
    /// A device, FIFO, socket or standard stream: open it and write to it directly.
    case direct(path: String)

    /// Links followed before giving up (the system's own limit is 40).
    public static let maximumLinks = 40

    /// The path written: the link's final target for `.replace`, the path as given for `.direct`.
    public var path: String {
        switch self {
        case .replace(let p), .direct(let p): return p
        }
    }

    /// Paths written in place whatever they point to: this process's descriptors and its terminal.
    public static func isStandardStream(_ path: String) -> Bool {
        path == "/dev/tty" || StandardStreamPath.descriptor(path) != nil
    }

    /// Decides how `path` is written; fails for a folder or a loop of links.
    public static func resolve(_ path: String) throws(FileErrors) -> WriteTarget {
        if isStandardStream(path) { return .direct(path: path) }
        var current = path
        for _ in 0...maximumLinks {
            var st = stat()
            guard lstat(current, &st) == 0 else {
                // Nothing there yet (or an unreadable folder, reported when writing).
                return .replace(path: current)
            }
            switch st.st_mode & S_IFMT {
            case S_IFLNK:
                guard let target = POSIX.readLink(current) else {
                    throw FileErrors(file: path, path: "", message: "cannot write: cannot read the link: \(POSIX.lastError())")
                }
                current = PathText.join(PathText.folder(current), target)
            case S_IFREG:
                return .replace(path: current)
            case S_IFDIR:
                throw FileErrors(file: path, path: "", message: "cannot write: \(POSIX.describe(EISDIR))")
            default:
                return .direct(path: current)
            }
        }
        throw FileErrors(file: path, path: "", message: "cannot write: more than \(maximumLinks) symbolic links in a row")
    }
}
