import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing

/// Chunked, checked output: large outputs arrive whole, failures are reported, atomic files
/// appear only on commit.
@Suite struct FileOutputTests {
    @Test func manyChunksArriveWholeAndInOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = try FileOutput.atomic(path: folder.file("big.txt"))
        var expected: [UInt8] = []
        for i in 0..<3_000 {
            let piece = Array("line \(i) \(String(repeating: "x", count: i % 900))\n".utf8)
            expected += piece
            try out.write(piece)
        }
        let huge = [UInt8](repeating: 0x41, count: 3 * FileOutput.chunkSize)
        try out.write(huge)
        expected += huge
        #expect(expected.count > 2 * FileOutput.chunkSize)
        try out.commit()
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder.file("big.txt")))) == expected)
        #expect(try folder.names() == ["big.txt"])
    }

    @Test func anAbandonedAtomicFileLeavesTheTargetAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("keep.txt", "old\n")
        let out = try FileOutput.atomic(path: folder.file("keep.txt"))
        try out.write(Array("new\n".utf8))
        try out.flush()
        out.abandon()
        #expect(try folder.read("keep.txt") == "old\n")
        #expect(try folder.names() == ["keep.txt"])
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("real.csv", "old\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.csv"), withDestinationPath: "real.csv")
        let out = try FileOutput.atomic(path: folder.file("link.csv"))
        try out.write(Array("new\n".utf8))
        try out.commit()
        #expect(try folder.read("real.csv") == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.csv")) == "real.csv")
        #expect(try folder.names() == ["link.csv", "real.csv"])
    }

    @Test func aFIFOIsWrittenInPlaceNotReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader so that opening the FIFO for writing does not block.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { _ = close(reader) }
        let out = try FileOutput.atomic(path: fifo)
        try out.write(Array("through\n".utf8))
        try out.commit()
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &buffer, buffer.count)
        #expect(n == 8)
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
        #expect(try folder.names() == ["pipe"])
    }

    @Test func aFailedWriteIsAnErrorNamingTheOutput() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let out = FileOutput.descriptor(fd, name: "standard output")
        try out.write([1, 2, 3])  // buffered
        let errors = fileErrors { () throws(FileErrors) in try out.flush() }
        #expect(errors.count == 1)
        #expect(errors.first?.description == "standard output: cannot write: no space left on the device")
    }
}
