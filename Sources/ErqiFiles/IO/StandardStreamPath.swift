/// Paths that name one of this process's open descriptors (`/dev/stdout`, `/dev/stderr`,
/// `/dev/fd/N`, `/proc/self/fd/N`): writing goes to that descriptor, keeping its offset and
/// append mode, rather than to whatever file it happens to point to.
public enum StandardStreamPath {
    /// The descriptor the path names, or nil.
    public static func descriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int32(rest) else { return nil }
            return n
        }
        return nil
    }
}
