import ErqiFiles
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file-system call the shell makes: reading scripts and scenarios, atomic saves,
/// output redirection and folder listings. Errors are messages that name the file.
enum ShellFileSystem {
    /// The file's text; fails when it is missing, unreadable or not UTF-8.
    /// Bounded by ErqiFiles' `InputLimit`; FIFOs and devices are refused.
    static func readText(_ path: String) throws(ShellError) -> String {
        let bytes: [UInt8]
        do { bytes = try FileReader.bytes(atPath: path) } catch {
            throw ShellError(exists(path) ? error.description : "\(path): no such file")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ShellError("\(path): not UTF-8 text") }
        return text
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// True when both paths name the same file (after resolving `.`, `..` and the working folder).
    static func samePath(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        func absolute(_ p: String) -> String {
            let full = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
            return (full as NSString).standardizingPath
        }
        return absolute(a) == absolute(b)
    }

    static func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }

    /// Names in a folder, sorted; empty when it cannot be read.
    static func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []).sorted()
    }

    /// Writes through a temporary file in the same folder, fsync and rename (ErqiFiles'
    /// `AtomicFile`), so that a crash never leaves half a file. With `overwrite == false` the
    /// file is created exclusively: if anything exists at `path` (even one made a moment ago by
    /// another process) nothing is written and the call fails.
    static func writeAtomically(_ text: String, to path: String, overwrite: Bool = true) throws(ShellError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !exists(folder) {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw ShellError("\(folder): cannot create the folder")
            }
        }
        do { try AtomicFile.write(text, to: path, overwrite: overwrite) } catch { throw ShellError(error.description) }
    }

    /// Empties the file, or creates it. A device or FIFO is opened as it is (never replaced by
    /// a regular file); a symbolic link is followed.
    static func truncate(_ path: String) throws(ShellError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0o666)
        guard fd >= 0 else { throw ShellError("\(path): cannot open for writing (\(String(cString: strerror(errno)).lowercased()))") }
        close(fd)
    }

    /// Adds text at the end of the file, creating it if needed; every byte is checked.
    static func append(_ text: String, to path: String) throws(ShellError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOCTTY, 0o666)
        guard fd >= 0 else { throw ShellError("\(path): cannot open for writing (\(String(cString: strerror(errno)).lowercased()))") }
        defer { close(fd) }
        switch DescriptorWriter.write(text, to: fd) {
        case nil: return
        case .closedPipe: throw ShellError("\(path): write failed (the reader has gone)")
        case .failed(let reason): throw ShellError("\(path): write failed (\(reason))")
        }
    }

    /// Nanoseconds on a monotonic clock, for `.timer`.
    static func monotonicNanoseconds() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }
}

/// A command's failure: the message shown (prefixed with the script position in scripts).
public struct ShellError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
