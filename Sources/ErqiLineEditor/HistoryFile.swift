import CLibedit
import Foundation

/// libedit's in-memory history plus its file (libedit's own `_HiStOrY_V2_` format).
///
/// Every accepted line is appended to the file at once, so a crash loses nothing. libedit's
/// `append_history(1, path)` (3.1-20221030) writes the newest TWO entries, duplicating every
/// line, so the line is encoded here as libedit's `history_save` does (`HistoryEncoding`) and
/// appended with one `write` on an `O_APPEND` descriptor (concurrent sessions do not
/// interleave).
///
/// Limits: at most `limit` entries in memory and in the file (the file is rewritten atomically,
/// temporary file + rename, whenever this session has made it longer than that), and no entry
/// over `maximumEntryBytes` is written to the file (it stays in memory for the session). A file
/// that is not a regular file, or larger than `maximumFileBytes`, is not read.
///
/// When an append fails (a full disk, the file replaced by a folder) the line stays in memory
/// and in a queue, one warning says so, and the next accepted line retries the whole queue.
/// When the file cannot be used at all, history works in memory and `warning` says why.
final class HistoryFile {
    /// The longest entry written to the file, in UTF-8 bytes.
    static let maximumEntryBytes = 4096
    /// The largest history file read at start.
    static let maximumFileBytes = 64 << 20

    /// Where accepted lines are appended; nil when nothing is saved.
    private(set) var path: String?
    /// Why the history is not saved, if it is not (set at start).
    private(set) var warning: String?
    /// Warnings raised since the caller last took them (each kind once per session).
    private var newWarnings: [String] = []
    private var warnedAppend = false
    private var warnedLong = false
    /// Lines accepted but not yet written, oldest first.
    private var pending: [String] = []
    /// Entries in the file as far as this session knows.
    private var fileEntries = 0
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

    /// The warnings raised since the last call (to show the user once each).
    func takeWarnings() -> [String] {
        defer { newWarnings = [] }
        return newWarnings
    }

    /// Adds `line` unless it is blank or repeats the newest entry, then appends it (with any
    /// lines an earlier failure left queued) to the file.
    func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != newest else { return }
        _ = add_history(line)
        newest = line
        guard let path else { return }
        if line.utf8.count > Self.maximumEntryBytes {
            if !warnedLong {
                warnedLong = true
                newWarnings.append("a line over \(Self.maximumEntryBytes) bytes is kept in this session's history but not saved to \(path)")
            }
        } else {
            pending.append(line)
            if pending.count > Int(limit) { pending.removeFirst(pending.count - Int(limit)) }
        }
        flush(path)
    }

    /// Writes the queued lines; trims the file when it has grown past the limit.
    private func flush(_ path: String) {
        guard !pending.isEmpty else { return }
        if let failure = append(pending, to: path) {
            if !warnedAppend {
                warnedAppend = true
                newWarnings.append("cannot append to history file \(path): \(failure); lines are kept in memory and saved when it works again")
            }
            return
        }
        fileEntries += pending.count
        pending = []
        if warnedAppend {
            // Working again: a later failure deserves a new warning.
            warnedAppend = false
        }
        if fileEntries > Int(limit) { compact(path) }
    }

    /// Appends encoded entries (after the `_HiStOrY_V2_` header if the file is empty) with one
    /// write. Returns the error text on failure.
    private func append(_ lines: [String], to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if fd < 0 { return describe(errno: errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { return describe(errno: errno) }
        if (info.st_mode & S_IFMT) != S_IFREG { return "not a regular file" }
        var bytes: [UInt8] = info.st_size == 0 ? Array(HistoryEncoding.header.utf8) : []
        for line in lines {
            bytes += HistoryEncoding.encode(line)
            bytes.append(UInt8(ascii: "\n"))
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                // Take back a partial entry so that the file stays in libedit's format.
                if offset > 0 { _ = ftruncate(fd, info.st_size) }
                return describe(errno: code)
            }
            offset += written
        }
        return nil
    }

    /// Creates the directory and the file if missing, reads the file, compacts it if too long.
    private func load(_ path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, let problem = Self.makeFolders(directory) {
            return disable("cannot create the folder for history file \(path): \(problem)")
        }
        // Create the file if missing, and prove it is writable.
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NONBLOCK, 0o600)
        if fd < 0 {
            return disable("cannot write history file \(path): \(describe(errno: errno))")
        }
        var info = stat()
        let statStatus = fstat(fd, &info)
        let statError = errno
        close(fd)
        guard statStatus == 0 else {
            return disable("cannot read history file \(path): \(describe(errno: statError))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return disable("history file \(path) is not a regular file; history will not be saved")
        }
        guard Int(info.st_size) <= Self.maximumFileBytes else {
            return disable("history file \(path) is larger than \(Self.maximumFileBytes >> 20) MiB; history will not be read or saved")
        }
        if info.st_size > 0 {
            let status = read_history(path)
            if status != 0 {
                // Not libedit's format (or unreadable): never overwrite someone else's file.
                return disable("history file \(path) is not a libedit history file (\(describe(errno: status))); history will not be saved")
            }
        }
        self.path = path
        fileEntries = Int(erqi_history_length())
        if erqi_history_length() > limit {
            stifle_history(limit)
            compact(path)
        }
    }

    /// `mkdir -p` with a plain reason on failure ("x is a file, not a folder").
    static func makeFolders(_ directory: String) -> String? {
        var built = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            built += "/" + part
            var info = stat()
            if stat(built, &info) == 0 {
                if (info.st_mode & S_IFMT) != S_IFDIR { return "\(built.hasPrefix("./") ? String(built.dropFirst(2)) : built) is a file, not a folder" }
                continue
            }
            if mkdir(built, 0o700) != 0, errno != EEXIST {
                return "\(built.hasPrefix("./") ? String(built.dropFirst(2)) : built): \(String(cString: strerror(errno)))"
            }
        }
        return nil
    }

    /// Rewrites the file with the in-memory (stifled) history: write a temporary file, rename.
    private func compact(_ path: String) {
        let (folder, name) = ((path as NSString).deletingLastPathComponent, (path as NSString).lastPathComponent)
        let temporaryName = ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let temporary = folder.isEmpty ? temporaryName : folder + "/" + temporaryName
        let status = write_history(temporary)
        if status != 0 || rename(temporary, path) != 0 {
            unlink(temporary)
            // Not fatal: the file is merely longer than the limit; the next append tries again.
            return
        }
        fileEntries = Int(erqi_history_length())
    }

    private func disable(_ reason: String) {
        path = nil
        warning = reason
    }

    private func describe(errno code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
