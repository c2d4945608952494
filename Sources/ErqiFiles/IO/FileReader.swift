/// Reads whole files, with errors that name the file. Every read is bounded by `InputLimit`,
/// and only regular files are read (a FIFO or a device is refused at once, without blocking),
/// except standard input named as `/dev/stdin` or `/dev/fd/0`.
public enum FileReader {
    /// The file's bytes.
    public static func bytes(atPath path: String) throws(FileErrors) -> [UInt8] {
        try bytes(atPath: path, limit: InputLimit.bytes())
    }

    /// The file's bytes, refused when there are more than `limit`.
    public static func bytes(atPath path: String, limit: Int) throws(FileErrors) -> [UInt8] {
        switch POSIX.readAll(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let f): throw FileErrors(file: path, path: "", message: "cannot read: \(f.message)")
        }
    }

    /// Whether a file or folder exists at `path`.
    public static func exists(_ path: String) -> Bool { POSIX.exists(path) }
}
