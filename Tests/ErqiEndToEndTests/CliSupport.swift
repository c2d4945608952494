import ErqiTestSupport
import Foundation

/// What one run of the `erqi` binary produced.
struct CliResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `erqi` binary (found by `ErqiBinary.url`) with files in a temporary folder.
enum Cli {
    /// The repository root.
    static let root = Repository.root

    static var baselinePath: String { root + "/seeds/baseline-2014.json" }

    static func scenario(_ name: String) -> String { root + "/scenarios/\(name).json" }

    /// Runs `erqi arguments` in `directory` with `input` on standard input (none by default)
    /// and `environment` added to this process's; input and output go through files so
    /// nothing can block.
    static func run(_ arguments: [String], in directory: String? = nil, input: String? = nil,
                    environment: [String: String] = [:]) throws -> CliResult {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.executableURL = try ErqiBinary.url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let scratch = try TemporaryFolder("erqi-cli")
        defer { scratch.remove() }
        let out = URL(fileURLWithPath: scratch.file("out")), err = URL(fileURLWithPath: scratch.file("err"))
        try scratch.write("out", "")
        try scratch.write("err", "")
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let input {
            let inFile = URL(fileURLWithPath: scratch.file("in"))
            try Data(input.utf8).write(to: inFile)
            process.standardInput = try FileHandle(forReadingFrom: inFile)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try outHandle.close(); try errHandle.close()
        return CliResult(status: process.terminationStatus,
                         stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                         stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// `erqi arguments --baseline seeds/baseline-2014.json`.
    static func runOnSeed(_ arguments: [String], in directory: String? = nil) throws -> CliResult {
        try run(arguments + ["--baseline", baselinePath], in: directory)
    }
}

/// Temporary folders for the command-line tests.
extension TemporaryFolder {
    /// A new temporary folder with the plan and the bau scenario copied in.
    static func withScenarios() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("erqi-cli-tests")
        for name in ["plan-2015", "bau"] {
            try FileManager.default.copyItem(atPath: Cli.scenario(name), toPath: folder.file("\(name).json"))
        }
        return folder
    }

    /// A scenario extending plan-2015 with these measures (JSON object text).
    func child(_ name: String, measures: String = "{}", assumptions: String = "{}") throws -> String {
        try write("\(name).json", """
            {"format": "erqi-scenario", "version": 1, "name": "\(name)", "extends": "plan-2015",
             "assumptions": \(assumptions), "measures": \(measures)}
            """)
        return file("\(name).json")
    }

    /// A copy of the seed baseline whose goals are all easy (intensity and township targets
    /// +50 %, caps 10^6 t, no minimum area or saving), so that even business as usual meets them.
    func easyBaseline() throws -> String {
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Cli.baselinePath))) as! [String: Any]
        json["townships"] = (json["townships"] as! [[String: Any]]).map { t in
            var t = t
            t["target"] = 0.5
            return t
        }
        let easy: [String: Double] = ["goal.intensity_change": 0.5, "goal.cod_household": 1e6, "goal.cod_industrial": 1e6,
                                      "goal.nh3n_household": 1e6, "goal.nh3n_industrial": 1e6,
                                      "goal.smokeless_area_km2": 0, "goal.key_enterprises_tce": 0]
        json["parameters"] = (json["parameters"] as! [[String: Any]]).map { p in
            var p = p
            if let key = p["key"] as? String, let v = easy[key] { p["value"] = v }
            return p
        }
        let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: file("easy-baseline.json")))
        return file("easy-baseline.json")
    }
}
