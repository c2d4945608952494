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
/// `atomic(path:)` respects what sits at `path` as `AtomicFile` does (`WriteTarget`): a regular
/// file (or the file a symbolic link points to) gets a temporary file beside it that `commit()`
/// renames over it, and without `commit()` (`abandon()`, or an error) it is left as it was; a
/// device, FIFO, socket or standard stream is written in place, never replaced by a file.
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
    /// A device or FIFO opened by `atomic(path:)`, closed by `commit()` or `abandon()`.
    private var ownsDescriptor = false

    private init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
        buffer.reserveCapacity(Self.chunkSize)
    }

    /// An open file descriptor (left open), named `name` in errors.
    public static func descriptor(_ fd: Int32, name: String) -> FileOutput { FileOutput(fd: fd, name: name) }

    /// The output for `--output PATH`: a temporary file beside a regular file (followed through
    /// symbolic links), renamed over it by `commit()`; a device, FIFO or standard stream as it is.
    public static func atomic(path: String, overwrite: Bool = true) throws(FileErrors) -> FileOutput {
        guard !PathText.name(path).isEmpty else { throw FileErrors(file: path, path: "", message: "cannot write: the path names a folder, not a file") }
        if !overwrite, POSIX.exists(path) { throw FileErrors(file: path, path: "", message: "already exists; not overwriting it") }
        switch try WriteTarget.resolve(path) {
        case .direct(let target):
            if let fd = StandardStreamPath.descriptor(target) { return FileOutput(fd: fd, name: path) }
            let fd = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard fd >= 0 else { throw FileErrors(file: path, path: "", message: "cannot write: \(POSIX.lastError())") }
            let out = FileOutput(fd: fd, name: path)
            out.ownsDescriptor = true
            return out
        case .replace(let target):
            let (dir, name) = PathText.split(target)
            _ = StaleTemporaryFiles.remove(in: dir)
            let temp = PathText.join(dir, StaleTemporaryFiles.name(for: name))
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw FileErrors(file: path, path: "", message: "cannot write: \(POSIX.lastError())") }
            if overwrite, let mode = POSIX.mode(target) { _ = fchmod(fd, mode) }
            let out = FileOutput(fd: fd, name: path)
            out.temporary = (temp, target, overwrite)
            return out
        }
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
        if ownsDescriptor, !closed {
            closed = true
            if close(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }
            return
        }
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
        if ownsDescriptor, !closed {
            closed = true
            _ = close(fd)
            return
        }
        guard let temporary, !closed else { return }
        closed = true
        _ = close(fd)
        _ = unlink(temporary.path)
        self.temporary = nil
    }
}
