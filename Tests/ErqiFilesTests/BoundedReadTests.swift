import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, item 4: every read is bounded and reads only regular files.
@Suite struct BoundedReadTests {
    @Test func aFileOverTheLimitIsRefusedAndOneAtTheLimitRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.json", String(repeating: " ", count: 1000))
        let path = folder.file("a.json")
        #expect(try FileReader.bytes(atPath: path, limit: 1000).count == 1000)
        #expect(messages { () throws(FileErrors) in try FileReader.bytes(atPath: path, limit: 999) }
                == ["\(path): cannot read: larger than the input limit of 999 bytes (set ERQI_MAX_INPUT_BYTES to raise it)"])
    }

    @Test func anEndlessDeviceIsRefusedAtOnce() {
        #expect(messages { () throws(FileErrors) in try FileReader.bytes(atPath: "/dev/zero") }
                == ["/dev/zero: cannot read: is a device, not a regular file"])
    }

    @Test func aFIFOWithoutAWriterIsRefusedWithoutBlocking() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("pipe.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(messages { () throws(FileErrors) in try FileReader.bytes(atPath: fifo) }
                == ["\(fifo): cannot read: is a FIFO, not a regular file (only standard input may be a pipe)"])
        #expect(messages { () throws(FileErrors) in try ScenarioLoader.load(path: fifo) }.first?.contains("is a FIFO") == true)
    }

    @Test func theDefaultLimitIsDocumentedInWords() {
        #expect(InputLimit.describe(InputLimit.defaultBytes) == "64 MiB")
        #expect(InputLimit.describe(2048) == "2 KiB")
    }
}
