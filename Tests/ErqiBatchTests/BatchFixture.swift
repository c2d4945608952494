import ErqiBatch
import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation

/// Repository files and temporary folders for the batch tests.
enum BatchFixture {
    /// The repository root.
    static let root = Repository.root

    static var baselinePath: String { root + "/seeds/baseline-2014.json" }

    static func scenarioPath(_ name: String) -> String { root + "/scenarios/\(name).json" }

    static func baseline() throws -> LoadedBaseline { try LoadedBaseline.load(path: baselinePath) }

    static func scenario(_ name: String) throws -> Scenario { try BatchRunner.load(file: scenarioPath(name)) }

    /// A fresh temporary folder (`TemporaryFolder`).
    static func temporaryFolder() throws -> String { try TemporaryFolder("erqi-batch-tests").path }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    /// A small scenario file extending the plan in `folder` (the plan copied beside it).
    static func planChild(in folder: String, name: String, measures: String = "{}", assumptions: String = "{}") throws -> String {
        let plan = folder + "/plan-2015.json"
        if !FileManager.default.fileExists(atPath: plan) {
            try FileManager.default.copyItem(atPath: scenarioPath("plan-2015"), toPath: plan)
        }
        let path = folder + "/\(name).json"
        try write("""
            {"format": "erqi-scenario", "version": 1, "name": "\(name)", "extends": "plan-2015",
             "assumptions": \(assumptions), "measures": \(measures)}
            """, to: path)
        return path
    }
}
