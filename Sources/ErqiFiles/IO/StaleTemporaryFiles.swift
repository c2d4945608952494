#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files of atomic writes, `.NAME.PID.RAND.tmp`, and the removal of those a
/// killed erqi left behind: at the next write to a folder, each whose process no longer
/// exists is deleted. Files of any other pattern are never touched.
public enum StaleTemporaryFiles {
    /// A fresh temporary name for writing `name` in this process.
    public static func name(for name: String) -> String {
        ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// The process id in a name of erqi's temporary pattern, or nil for any other name.
    public static func processID(inName name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3,
              !parts[0..<(parts.count - 2)].joined(separator: ".").isEmpty,
              let random = parts.last, !random.isEmpty, random.allSatisfy({ $0.isASCII && $0.isNumber }),
              UInt32(random) != nil else { return nil }
        let pid = parts[parts.count - 2]
        guard !pid.isEmpty, pid.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int32(pid), n > 0 else { return nil }
        return n
    }

    /// Removes, in `folder` ("" for the working folder), erqi's temporary files whose process is gone.
    /// Returns the names removed.
    @discardableResult
    public static func remove(in folder: String) -> [String] {
        let dir = folder.isEmpty ? "." : folder
        guard let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        var removed: [String] = []
        let me = getpid()
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard let pid = processID(inName: name), pid != me, !isAlive(pid) else { continue }
            let path = PathText.join(dir, name)
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
