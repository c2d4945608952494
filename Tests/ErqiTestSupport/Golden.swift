import Foundation
public import Testing

/// Compares text with a golden file under `Tests/<target>/Golden`; `ERQI_UPDATE_GOLDEN=1`
/// rewrites the file instead. A mismatch records the first differing lines.
public enum Golden {
    /// Checks `actual` against `Tests/<target>/Golden/<name>`.
    public static func check(_ actual: String, _ name: String, target: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = Repository.root + "/Tests/\(target)/Golden"
        let path = folder + "/" + name
        if ProcessInfo.processInfo.environment["ERQI_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            do { try actual.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                Issue.record(Comment(rawValue: "cannot write golden file \(path): \(error)"), sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record(Comment(rawValue: "golden file \(name) is missing; run with ERQI_UPDATE_GOLDEN=1 to write it"), sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message = "\(name) differs from the golden file (if the baseline or views changed on purpose, "
                + "regenerate with ERQI_UPDATE_GOLDEN=1 swift test --filter \(target)):\n" + diff(expected, actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, `-` expected and `+` actual, with line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : nil, y = i < a.count ? a[i] : nil
            if x != y {
                if let x { out.append("-\(i + 1): \(x)") }
                if let y { out.append("+\(i + 1): \(y)") }
            }
            if out.count > 40 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
