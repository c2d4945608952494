#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls ErqiFiles makes, each returning a readable failure.
enum POSIX {
    /// The error text for the current `errno`, in lowercase ("no such file or directory").
    static func lastError() -> String { describe(errno) }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a folder, not a file"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENOSPC: return "no space left on the device"
        case EROFS: return "read-only file system"
        default:
            guard let p = strerror(code) else { return "error \(code)" }
            return String(cString: p).lowercased()
        }
    }

    /// Whether something exists at `path` (without following a final symlink).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Whether `path` is a folder (following symlinks).
    static func isFolder(_ path: String) -> Bool { fileType(path) == S_IFDIR }

    /// Whether `path` is a regular file (following symlinks).
    static func isFile(_ path: String) -> Bool { fileType(path) == S_IFREG }

    private static func fileType(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & S_IFMT
    }

    /// The entries of `folder` in no particular order, without `.` and `..`; nil when it cannot be read.
    static func entries(of folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { _ = closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The permission bits of the file at `path`, or nil.
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    /// The whole file, or the error text.
    static func readAll(_ path: String) -> Result<[UInt8], POSIXFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(POSIXFailure(lastError())) }
        defer { _ = close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(POSIXFailure(describe(EISDIR)))
        }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(POSIXFailure(lastError()))
            }
            if n == 0 { return .success(out) }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes all of `bytes` to `fd`, retrying on interruption and partial writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> POSIXFailure? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                write(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return POSIXFailure(lastError())
            }
            offset += n
        }
        return nil
    }

    /// Flushes a folder's entries (the rename) to disk; file systems that cannot are ignored.
    static func syncFolder(_ dir: String) -> POSIXFailure? {
        let fd = open(dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard fd >= 0 else { return POSIXFailure(lastError()) }
        defer { _ = close(fd) }
        if fsync(fd) != 0, errno != EINVAL, errno != ENOTSUP, errno != EBADF {
            return POSIXFailure(lastError())
        }
        return nil
    }
}

/// A failed system call's description.
struct POSIXFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
