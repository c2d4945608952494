import CLibedit
import Foundation

/// libedit's in-memory history plus its file (libedit's own `_HiStOrY_V2_` format).
///
/// Every accepted line is appended to the file at once, so a crash loses nothing. libedit's
/// `append_history(1, path)` (3.1-20221030) writes the newest TWO entries, duplicating every
/// line, so the line is encoded here as libedit's `history_save` does (`HistoryEncoding`) and
/// appended with one `write` on an `O_APPEND` descriptor (concurrent sessions do not
/// interleave). At start the file is read, and rewritten atomically (temporary file + rename)
/// when it holds more than `limit` entries. When the file cannot be used, history still works
/// in memory and `warning` says why nothing is saved.
final class HistoryFile {
    /// Where accepted lines are appended; nil when nothing is saved.
    private(set) var path: String?
    /// Why the history is not saved, if it is not.
    private(set) var warning: String?
    /// The newest entry, to skip immediate repeats.
    private var newest: String?
    private let limit: Int32

    init(path: String?, limit: Int) {
        self.limit = Int32(clamping: max(1, limit))
        using_history()
        if let path {
            load(path)
        }
        stifle_history(self.limit)
        newest = erqi_history_newest_line().map { String(cString: $0) }
    }

    /// Adds `line` unless it is blank or repeats the newest entry, then appends it to the file.
    func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != newest else { return }
        _ = add_history(line)
        newest = line
        guard let path else { return }
        if let failure = append(line, to: path) {
            disable("cannot append to history file \(path): \(failure)")
        }
    }

    /// Appends one encoded entry (after the `_HiStOrY_V2_` header if the file is empty).
    /// Returns the error text on failure.
    private func append(_ line: String, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if fd < 0 { return describe(errno: errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { return describe(errno: errno) }
        var bytes: [UInt8] = info.st_size == 0 ? Array(HistoryEncoding.header.utf8) : []
        bytes += HistoryEncoding.encode(line)
        bytes.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return describe(errno: errno)
            }
            offset += written
        }
        return nil
    }

    /// Creates the directory and the file if missing, reads the file, compacts it if too long.
    private func load(_ path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true)
            } catch {
                return disable("cannot create directory for history file \(path): \(error.localizedDescription)")
            }
        }
        // Create the file if missing, and prove it is writable.
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if fd < 0 {
            return disable("cannot write history file \(path): \(describe(errno: errno))")
        }
        close(fd)
        var info = stat()
        guard stat(path, &info) == 0 else {
            return disable("cannot read history file \(path): \(describe(errno: errno))")
        }
        if info.st_size > 0 {
            let status = read_history(path)
            if status != 0 {
                // Not libedit's format (or unreadable): never overwrite someone else's file.
                return disable("history file \(path) is not a libedit history file (\(describe(errno: status))); history will not be saved")
            }
        }
        self.path = path
        if erqi_history_length() > limit {
            stifle_history(limit)
            compact(path)
        }
    }

    /// Rewrites the file with the in-memory (stifled) history: write a temporary file, rename.
    private func compact(_ path: String) {
        let temporary = path + ".\(getpid()).tmp"
        let status = write_history(temporary)
        if status != 0 || rename(temporary, path) != 0 {
            unlink(temporary)
            // Not fatal: the file is merely longer than the limit.
        }
    }

    private func disable(_ reason: String) {
        path = nil
        warning = reason
    }

    private func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}
