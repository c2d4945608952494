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
    /// Writes `bytes` to `path`. With `overwrite == false` anything existing there is left alone
    /// and the call fails, naming it. On any failure the temporary file is removed.
    ///
    /// What sits at `path` is respected (see `WriteTarget`): a regular file is replaced atomically;
    /// a symbolic link is followed and the file it points to replaced, the link kept; a device,
    /// FIFO, socket or standard stream (`/dev/stdout`, `/dev/fd/N`) is written in place.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileErrors) {
        func fail(_ message: String) -> FileErrors { FileErrors(file: path, path: "", message: message) }
        guard !PathText.name(path).isEmpty else { throw fail("cannot write: the path names a folder, not a file") }
        if !overwrite, POSIX.exists(path) {
            throw fail("already exists; not overwriting it")
        }
        switch try WriteTarget.resolve(path) {
        case .direct(let target):
            try writeInPlace(bytes, to: target, reportedAs: path)
        case .replace(let target):
            try replace(bytes, at: target, reportedAs: path, overwrite: overwrite)
        }
    }

    /// Writes to a device, FIFO, socket or standard stream as it is: no temporary file, no rename.
    static func writeInPlace(_ bytes: [UInt8], to target: String, reportedAs path: String) throws(FileErrors) {
        func fail(_ message: String) -> FileErrors { FileErrors(file: path, path: "", message: message) }
        if let fd = StandardStreamPath.descriptor(target) {
            if let f = POSIX.writeAll(fd, bytes) { throw fail("cannot write: \(f.message)") }
            return
        }
        let fd = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw fail("cannot write: \(POSIX.lastError())") }
        if let f = POSIX.writeAll(fd, bytes) {
            _ = close(fd)
            throw fail("cannot write: \(f.message)")
        }
        if close(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }
    }

    /// Replaces the regular file (or creates the new one) at `target` through a temporary file.
    static func replace(_ bytes: [UInt8], at target: String, reportedAs path: String, overwrite: Bool) throws(FileErrors) {
        func fail(_ message: String) -> FileErrors { FileErrors(file: path, path: "", message: message) }
        let (dir, name) = PathText.split(target)
        StaleTemporaryFiles.remove(in: dir)
        let temp = PathText.join(dir, StaleTemporaryFiles.name(for: name))
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw fail("cannot write: \(POSIX.lastError())") }
        var fdOpen = true
        var tempExists = true
        defer {
            if fdOpen { _ = close(fd) }
            if tempExists { _ = unlink(temp) }
        }
        if overwrite, let mode = POSIX.mode(target) { _ = fchmod(fd, mode) }
        if let f = POSIX.writeAll(fd, bytes) { throw fail("cannot write: \(f.message)") }
        if fsync(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }
        fdOpen = false
        if close(fd) != 0 { throw fail("cannot write: \(POSIX.lastError())") }

        if overwrite {
            guard rename(temp, target) == 0 else { throw fail("cannot write: \(POSIX.lastError())") }
            tempExists = false
        } else {
            // link() refuses an existing target, closing the race between the check and here.
            if link(temp, target) == 0 {
                _ = unlink(temp)
                tempExists = false
            } else if errno == EEXIST {
                throw fail("already exists; not overwriting it")
            } else {
                // File systems without hard links: check again, then rename.
                if POSIX.exists(target) { throw fail("already exists; not overwriting it") }
                guard rename(temp, target) == 0 else { throw fail("cannot write: \(POSIX.lastError())") }
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
