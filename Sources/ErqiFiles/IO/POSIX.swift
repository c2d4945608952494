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

    /// The text of the symbolic link at `path`, or nil.
    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The permission bits of the file at `path`, or nil.
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    /// The whole file, or the error text: at most `limit` bytes, a regular file (or standard
    /// input named `/dev/stdin` or `/dev/fd/0`); FIFOs and devices are refused without blocking.
    static func readAll(_ path: String, limit: Int) -> Result<[UInt8], POSIXFailure> {
        let standardInput = path == "/dev/stdin" || StandardStreamPath.descriptor(path) == 0
        let fd = standardInput ? 0 : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return .failure(POSIXFailure(lastError())) }
        defer { if !standardInput { _ = close(fd) } }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(POSIXFailure(lastError())) }
        let tooLarge = POSIXFailure("larger than the input limit of \(InputLimit.describe(limit)) (set \(InputLimit.environmentVariable) to raise it)")
        if !standardInput {
            switch st.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: return .failure(POSIXFailure(describe(EISDIR)))
            case S_IFIFO: return .failure(POSIXFailure("is a FIFO, not a regular file (only standard input may be a pipe)"))
            case S_IFCHR, S_IFBLK: return .failure(POSIXFailure("is a device, not a regular file"))
            case S_IFSOCK: return .failure(POSIXFailure("is a socket, not a regular file"))
            default: return .failure(POSIXFailure("is not a regular file"))
            }
            if Int(st.st_size) > limit { return .failure(tooLarge) }
            let flags = fcntl(fd, F_GETFL)
            if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        }
        // A regular file of known size is read straight into the result: no chunk buffer to fill,
        // zero and copy per file (a batch reads thousands).
        let expected = standardInput ? 0 : Int(st.st_size)
        var failure: POSIXFailure?
        var out = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < expected {
                let n = read(fd, base + count, expected - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = POSIXFailure(lastError())
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if let failure { return .failure(failure) }
        if expected > 0 && out.count < expected { return .success(out) }
        // Standard input, or a file that grew since fstat: chunk by chunk until the end.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16384) { chunk in
            while true {
                let n = read(fd, chunk.baseAddress, chunk.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    return .failure(POSIXFailure(lastError()))
                }
                if n == 0 { return .success(out) }
                if out.count + n > limit { return .failure(tooLarge) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
            }
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
