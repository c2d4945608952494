import ErqiFiles
import ErqiTestSupport
import Foundation
import Testing

@Suite struct AtomicFileTests {
    @Test func writesAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try AtomicFile.write("二七\n", to: folder.file("a.json"), overwrite: false)
        #expect(try folder.read("a.json") == "二七\n")
        #expect(try folder.names() == ["a.json"])
    }

    @Test func refusesToOverwriteUnlessAsked() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("a.json", "old")
        let path = folder.file("a.json")
        #expect(messages { () throws(FileErrors) in try AtomicFile.write("new", to: path, overwrite: false) }
                == ["\(path): already exists; not overwriting it"])
        #expect(try folder.read("a.json") == "old")
        try AtomicFile.write(Data("new".utf8), to: path, overwrite: true)
        #expect(try folder.read("a.json") == "new")
        #expect(try folder.names() == ["a.json"])
    }

    @Test func keepsTheModeOfAFileItReplaces() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        try folder.write("a.json", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.file("a.json"))
        try AtomicFile.write("new", to: folder.file("a.json"), overwrite: true)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("a.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func failuresNameTheFileAndLeaveNothingBehind() throws {
        let folder = try TemporaryFolder("erqi-files-tests")
        defer { folder.remove() }
        let missing = folder.file("no/such/a.json")
        #expect(messages { () throws(FileErrors) in try AtomicFile.write("x", to: missing, overwrite: true) }
                == ["\(missing): cannot write: no such file or folder"])
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: false)
        #expect(messages { () throws(FileErrors) in try AtomicFile.write("x", to: folder.file("sub"), overwrite: true) }
                == ["\(folder.file("sub")): cannot write: is a folder, not a file"])
        #expect(try folder.names() == ["sub"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("sub")).isEmpty)
    }
}
