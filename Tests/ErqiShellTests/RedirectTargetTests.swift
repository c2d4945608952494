import Foundation
import Testing
@testable import ErqiShell
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, item 1, in the shell: `.output` and `.once` write into what is there (a device,
/// a link's target) instead of replacing it with a regular file; `export!` follows a link.
@Suite struct RedirectTargetTests {
    static let mknodPermitted: Bool = {
        let path = NSTemporaryDirectory() + "erqi-mknod-probe-\(UUID().uuidString)"
        defer { unlink(path) }
        return mknod(path, S_IFCHR | 0o666, dev_t(0x103)) == 0
    }()

    static func type(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0
    }

    @Test(.enabled(if: mknodPermitted, "mknod is not permitted here"))
    func outputToADeviceLeavesTheDevice() throws {
        let folder = Fixtures.temporaryFolder()
        let null = folder + "/null"
        #expect(mknod(null, S_IFCHR | 0o666, dev_t(0x103)) == 0)      // like /dev/null
        let shell = Fixtures.shell(folder: folder)
        shell.run(".output \(null)", "levers", ".once \(null)", "levers", "export! \(null)")
        #expect(Self.type(null) == S_IFCHR)
        let full = folder + "/full"
        #expect(mknod(full, S_IFCHR | 0o666, dev_t(0x107)) == 0)      // like /dev/full
        shell.run(".output \(full)")
        #expect(shell.execute(line: "levers").error == "\(full): write failed (no space left on the device)")
        #expect(Self.type(full) == S_IFCHR)
    }

    @Test func outputAndExportThroughALinkWriteItsTarget() throws {
        let folder = Fixtures.temporaryFolder()
        try "old".write(toFile: folder + "/real.txt", atomically: true, encoding: .utf8)
        #expect(symlink("real.txt", folder + "/link.txt") == 0)
        let shell = Fixtures.shell(folder: folder)
        shell.run(".output \(folder)/link.txt", "levers", ".output stdout")
        #expect(Self.type(folder + "/link.txt") == S_IFLNK)
        #expect(try String(contentsOfFile: folder + "/real.txt", encoding: .utf8).contains("rooftop_pv"))
        #expect(symlink("real.json", folder + "/link.json") == 0)
        shell.run("add motors", "export! \(folder)/link.json")
        #expect(Self.type(folder + "/link.json") == S_IFLNK)
        #expect(try String(contentsOfFile: folder + "/real.json", encoding: .utf8).contains("\"motors\""))
    }
}
