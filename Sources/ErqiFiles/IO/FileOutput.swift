#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Output to a file descriptor in chunks: bytes collect in a buffer and go out with checked
/// `write` calls (retried when interrupted or partial) once `chunkSize` bytes are waiting, so a
/// batch of any size needs one chunk of memory for its output. A failed write (a closed pipe,
/// a full disk) is an error naming the output, never silently lost.
///
/// `atomic(path:)` writes to a temporary file next to `path` that `commit()` renames over it;
/// without `commit()` (`abandon()`, or an error) the target is left as it was.
public final class FileOutput: ByteSink {
    /// Bytes buffered before they are written.
    public static let chunkSize = 1 << 20

    private let fd: Int32
    /// How errors name the output (`standard output`, or the file).
    public let name: String
    private var buffer: [UInt8] = []
    /// Atomic file: the temporary path and the target.
    private var temporary: (path: String, target: String, overwrite: Bool)?
    private var closed = false

    private init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
        buffer.reserveCapacity(Self.chunkSize)
    }

    /// Standard output.
    public static func standardOutput() -> FileOutput { FileOutput(fd: 1, name: "standard output") }

    /// An open file descriptor (left open), named `name` in errors.
    public static func descriptor(_ fd: Int32, name: String) -> FileOutput { FileOutput(fd: fd, name: name) }

    /// A temporary file beside `path`, renamed over it by `commit()`.
    public static func atomic(path: String, overwrite: Bool = true) throws(FileErrors) -> FileOutput {
        let (dir, name) = PathText.split(path)
        guard !name.isEmpty else { throw FileErrors(file: path, path: "", message: "cannot write: the path names a folder, not a file") }
        if !overwrite, POSIX.exists(path) { throw FileErrors(file: path, path: "", message: "already exists; not overwriting it") }
        let temp = PathText.join(dir, ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileErrors(file: path, path: "", message: "cannot write: \(POSIX.lastError())") }
        if overwrite, let mode = POSIX.mode(path) { _ = fchmod(fd, mode) }
        let out = FileOutput(fd: fd, name: path)
        out.temporary = (temp, path, overwrite)
        return out
    }

    deinit { abandon() }

    private func fail(_ message: String) -> FileErrors { FileErrors(file: name, path: "", message: message) }

    public func write(_ bytes: [UInt8]) throws(FileErrors) {
        if buffer.count + bytes.count > Self.chunkSize {
            try flush()
            if bytes.count >= Self.chunkSize {
                try writeOut(bytes)
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    public func flush() throws(FileErrors) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try writeOut(buffer)
    }

    private func writeOut(_ bytes: [UInt8]) throws(FileErrors) {
        if let f = POSIX.writeAll(fd, bytes) { throw fail("cannot write: \(f.message)") }
    }

    /// Flushes; for an atomic file also syncs, closes and renames it over its target.
    public func commit() throws(FileErrors) {
        try flush()
        guard let temporary, !closed else { return }
        closed = true
        defer { _ = unlink(temporary.path); self.temporary = nil }
        if fsync(fd) != 0 { let e = POSIX.lastError(); _ = close(fd); throw fail("cannot write: \(e)") }
        if close(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }
        if !temporary.overwrite, POSIX.exists(temporary.target) { throw fail("already exists; not overwriting it") }
        guard rename(temporary.path, temporary.target) == 0 else { throw fail("cannot write: \(POSIX.lastError())") }
        let (dir, _) = PathText.split(temporary.target)
        if let f = POSIX.syncFolder(dir.isEmpty ? "." : dir) {
            throw fail("written, but flushing its folder failed: \(f.message)")
        }
    }

    /// Drops buffered bytes; an atomic file's temporary is removed and its target left alone.
    public func abandon() {
        buffer.removeAll()
        guard let temporary, !closed else { return }
        closed = true
        _ = close(fd)
        _ = unlink(temporary.path)
        self.temporary = nil
    }
}
