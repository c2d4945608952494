import ErqiBatch
import ErqiFiles
import ErqiRender
import Foundation

/// Where the benchmark finds the seed baseline and the plan.
enum BenchFiles {
    /// The current folder when it holds scenarios/plan-2015.json, else the repository of this source.
    static func repositoryRoot() -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: cwd + "/scenarios/plan-2015.json") { return cwd }
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    /// seeds/baseline-2014.json when present, else the embedded baseline.
    static func baseline(root: String) throws -> LoadedBaseline {
        let seed = root + "/seeds/baseline-2014.json"
        return try LoadedBaseline.load(path: FileManager.default.fileExists(atPath: seed) ? seed : nil)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/erqi-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Wall-clock timing and medians.
enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Numbers for the report.
enum Report {
    static func grouped(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 0, grouping: true) }
    static func fixed(_ v: Double, _ decimals: Int) -> String { NumberFormat.fixed(v, decimals: decimals, grouping: true) }
}
