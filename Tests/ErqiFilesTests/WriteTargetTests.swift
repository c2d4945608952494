import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Whether this process may make device nodes (root, outside a restricted container).
private let mknodPermitted: Bool = {
    let path = FileManager.default.temporaryDirectory.path + "/erqi-mknod-probe-\(getpid())-\(UUID().uuidString)"
    defer { unlink(path) }
    return mknod(path, S_IFCHR | 0o666, device(1, 3)) == 0
}()

/// Linux's `makedev` for small numbers (the C macro is not imported).
private func device(_ major: UInt64, _ minor: UInt64) -> dev_t { dev_t((minor & 0xff) | (major << 8)) }

private func fileType(_ path: String) -> mode_t {
    var st = stat()
    guard lstat(path, &st) == 0 else { return 0 }
    return st.st_mode & S_IFMT
}

/// Issue 13, item 1: writes respect what they replace.
@Suite struct WriteTargetTests {
    @Test func aSymlinkIsFollowedAndItsTargetReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: false)
        try folder.write("real/plan.json", "old")
        #expect(symlink("real/plan.json", folder.file("link.json")) == 0)
        try AtomicFile.write("new", to: folder.file("link.json"), overwrite: true)
        #expect(fileType(folder.file("link.json")) == S_IFLNK)
        #expect(try folder.read("real/plan.json") == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("real")) == ["plan.json"])
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(symlink(folder.file("target.json"), folder.file("link.json")) == 0)
        try AtomicFile.write("x", to: folder.file("link.json"), overwrite: true)
        #expect(fileType(folder.file("link.json")) == S_IFLNK)
        #expect(try folder.read("target.json") == "x")
    }

    @Test func aLoopOfLinksIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(symlink("b", folder.file("a")) == 0)
        #expect(symlink("a", folder.file("b")) == 0)
        let path = folder.file("a")
        #expect(messages { () throws(FileErrors) in try AtomicFile.write("x", to: path, overwrite: true) }
                == ["\(path): cannot write: more than 40 symbolic links in a row"])
    }

    @Test func aFIFOIsWrittenNotReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while fd >= 0 {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            close(fd)
            received.set(String(decoding: bytes, as: UTF8.self))
        }
        reader.start()
        try AtomicFile.write("through the pipe\n", to: fifo, overwrite: true)
        #expect(received.wait() == "through the pipe\n")
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try folder.names() == ["pipe"])
    }

    @Test(.enabled(if: mknodPermitted, "mknod is not permitted here"))
    func aDeviceNodeIsWrittenNotReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let null = folder.file("null")
        #expect(mknod(null, S_IFCHR | 0o666, device(1, 3)) == 0)
        try AtomicFile.write(String(repeating: "x", count: 11_524), to: null, overwrite: true)
        #expect(fileType(null) == S_IFCHR)
        #expect(try folder.names() == ["null"])
    }

    @Test(.enabled(if: mknodPermitted, "mknod is not permitted here"))
    func aFullDeviceReportsTheFailureAndStaysADevice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let full = folder.file("full")
        #expect(mknod(full, S_IFCHR | 0o666, device(1, 7)) == 0)
        #expect(messages { () throws(FileErrors) in try AtomicFile.write("x", to: full, overwrite: true) }
                == ["\(full): cannot write: no space left on the device"])
        #expect(fileType(full) == S_IFCHR)
        #expect(try folder.names() == ["full"])
    }

    @Test func standardStreamPathsNameTheirDescriptor() {
        #expect(StandardStreamPath.descriptor("/dev/stdout") == 1)
        #expect(StandardStreamPath.descriptor("/dev/stderr") == 2)
        #expect(StandardStreamPath.descriptor("/dev/fd/7") == 7)
        #expect(StandardStreamPath.descriptor("/proc/self/fd/3") == 3)
        #expect(StandardStreamPath.descriptor("/dev/fd/x") == nil)
        #expect(StandardStreamPath.descriptor("out.txt") == nil)
    }

    @Test func aWriteThroughADescriptorPathUsesThatDescriptor() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("out.txt", "kept ")
        let fd = open(folder.file("out.txt"), O_WRONLY | O_APPEND)
        #expect(fd >= 0)
        defer { close(fd) }
        try AtomicFile.write("appended", to: "/dev/fd/\(fd)", overwrite: true)
        #expect(try folder.read("out.txt") == "kept appended")
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemovedAtTheNextWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A process id that is not running: a child that has exited and been reaped.
        let dead = deadProcessID()
        try folder.write(".plan.json.\(dead).12345.tmp", "half")
        try folder.write(".plan.json.\(getpid()).7.tmp", "mine, in flight")
        try folder.write(".notes.tmp", "not erqi's pattern")
        try folder.write("plan.json.\(dead).1.tmp", "no leading dot")
        try AtomicFile.write("x", to: folder.file("other.json"), overwrite: true)
        #expect(try folder.names() == [".notes.tmp", ".plan.json.\(getpid()).7.tmp", "other.json", "plan.json.\(dead).1.tmp"])
        #expect(StaleTemporaryFiles.processID(inName: ".a.b.json.42.9.tmp") == 42)
        #expect(StaleTemporaryFiles.processID(inName: "..42.9.tmp") == nil)
    }
}

/// A process id that no running process has.
func deadProcessID() -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try? process.run()
    process.waitUntilExit()
    return process.processIdentifier
}

/// A value handed from a thread to the test.
final class Received: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: String?
    func set(_ v: String) { condition.lock(); value = v; condition.signal(); condition.unlock() }
    func wait() -> String? {
        condition.lock(); defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(10)
        while value == nil, condition.wait(until: deadline) {}
        return value
    }
}
