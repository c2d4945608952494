/// Reads whole files, with errors that name the file.
public enum FileReader {
    /// The file's bytes.
    public static func bytes(atPath path: String) throws(FileErrors) -> [UInt8] {
        switch POSIX.readAll(path) {
        case .success(let bytes): return bytes
        case .failure(let f): throw FileErrors(file: path, path: "", message: "cannot read: \(f.message)")
        }
    }

    /// Whether a file or folder exists at `path`.
    public static func exists(_ path: String) -> Bool { POSIX.exists(path) }
}
