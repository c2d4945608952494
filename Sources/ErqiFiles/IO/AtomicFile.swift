public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash never leaves half a file: a temporary file in the same folder
/// is written, flushed with fsync and renamed over the target, then the folder is flushed.
public enum AtomicFile {
    /// Writes `bytes` to `path`. With `overwrite == false` an existing file is left alone and
    /// the call fails, naming it. On any failure the temporary file is removed.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileErrors) {
        func fail(_ message: String) -> FileErrors { FileErrors(file: path, path: "", message: message) }
        let (dir, name) = PathText.split(path)
        guard !name.isEmpty else { throw fail("cannot write: the path names a folder, not a file") }
        if !overwrite, POSIX.exists(path) {
            throw fail("already exists; not overwriting it")
        }
        let temp = PathText.join(dir, ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw fail("cannot write: \(POSIX.lastError())") }
        var fdOpen = true
        var tempExists = true
        defer {
            if fdOpen { _ = close(fd) }
            if tempExists { _ = unlink(temp) }
        }
        if overwrite, let mode = POSIX.mode(path) { _ = fchmod(fd, mode) }
        if let f = POSIX.writeAll(fd, bytes) { throw fail("cannot write: \(f.message)") }
        if fsync(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }
        fdOpen = false
        if close(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }

        if overwrite {
            guard rename(temp, path) == 0 else { throw fail("cannot write: \(POSIX.lastError())") }
            tempExists = false
        } else {
            // link() refuses an existing target, closing the race between the check and here.
            if link(temp, path) == 0 {
                _ = unlink(temp)
                tempExists = false
            } else if errno == EEXIST {
                throw fail("already exists; not overwriting it")
            } else {
                // File systems without hard links: check again, then rename.
                if POSIX.exists(path) { throw fail("already exists; not overwriting it") }
                guard rename(temp, path) == 0 else { throw fail("cannot write: \(POSIX.lastError())") }
                tempExists = false
            }
        }
        if let f = POSIX.syncFolder(dir.isEmpty ? "." : dir) {
            throw fail("written, but flushing its folder failed: \(f.message)")
        }
    }

    /// Writes text as UTF-8.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(FileErrors) {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes data.
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws(FileErrors) {
        try write([UInt8](data), to: path, overwrite: overwrite)
    }
}
