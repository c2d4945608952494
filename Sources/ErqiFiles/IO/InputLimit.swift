#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The largest file erqi reads: scenarios, baselines, scripts and every other input. A larger
/// file (or a device such as /dev/zero that never ends) is refused with a message rather than
/// read into memory. `ERQI_MAX_INPUT_BYTES` raises (or lowers) the limit.
public enum InputLimit {
    /// 64 MiB: a thousand times the largest shipped file.
    public static let defaultBytes = 64 << 20

    /// The environment variable that sets the limit, a whole number of bytes.
    public static let environmentVariable = "ERQI_MAX_INPUT_BYTES"

    /// The limit in force: `$ERQI_MAX_INPUT_BYTES` when set, else `defaultBytes`. A value that is
    /// not a positive whole number is an error naming the variable (never silently ignored).
    public static func bytes() throws(FileErrors) -> Int {
        guard let raw = getenv(environmentVariable) else { return defaultBytes }
        let text = String(cString: raw)
        guard let n = Int(text), n > 0 else {
            throw FileErrors(file: environmentVariable, path: "",
                             message: "'\(text)' is not a positive whole number of bytes")
        }
        return n
    }

    /// `bytes` in words: "64 MiB", "1,500 bytes".
    public static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
