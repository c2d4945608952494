#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether two paths reach the same file (device and inode, after following links), so that a
/// command can refuse to overwrite one of its own inputs.
public enum FileIdentity {
    /// True when both paths exist and name the same file.
    public static func same(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// The first of `inputs` that `output` would overwrite, or nil. Devices and FIFOs
    /// (`/dev/null`, a pipe) are never counted as inputs overwritten.
    public static func overwrittenInput(output: String, inputs: [String]) -> String? {
        var so = stat()
        guard stat(output, &so) == 0, (so.st_mode & S_IFMT) == S_IFREG else { return nil }
        return inputs.first { same(output, $0) }
    }
}
