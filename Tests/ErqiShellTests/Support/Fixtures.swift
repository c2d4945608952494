import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
@testable import ErqiShell

/// Shared test data: the embedded baseline, the repository's scenarios, temporary folders.
enum Fixtures {
    static let baseline: Baseline = {
        do { return try BaselineStore.embedded() } catch { fatalError("embedded baseline: \(error)") }
    }()

    /// The repository root.
    static let root = Repository.root

    static var repositoryScenarios: String { root + "/scenarios" }

    /// A new empty folder under the system's temporary folder (`TemporaryFolder`).
    static func temporaryFolder() -> String {
        do { return try TemporaryFolder("erqi-shell-tests").path } catch { fatalError("temporary folder: \(error)") }
    }

    /// A temporary scenarios folder holding copies of the repository's scenarios.
    static func scenariosCopy() -> String {
        let folder = temporaryFolder() + "/scenarios"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["bau.json", "plan-2015.json"] {
            try! FileManager.default.copyItem(atPath: repositoryScenarios + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }

    static let tasks: PlanTaskProvider = {
        [PlanTask(number: 1, title: "加快淘汰落后产能", englishTitle: "Retire backward capacity", lead: "区工信局",
                  cooperating: ["区发改统计局"], levers: [.backwardCapacity], whyNoLever: nil),
         PlanTask(number: 3, title: "大力发展节能环保产业", englishTitle: "Develop the energy-saving industry", lead: "区发改统计局",
                  cooperating: [], levers: [], whyNoLever: "Enabling: sets no quantity the model could size.")]
    }

    /// A shell on a new session over the embedded baseline.
    static func shell(folder: String = "scenarios", scenario: Scenario = Scenario(name: "untitled")) -> Shell {
        Shell(session: Session(baseline: baseline, scenario: scenario, scenariosFolder: folder, planTasks: tasks))
    }
}

extension Shell {
    /// Runs lines and fails the calling test with the first error (for setting up).
    @discardableResult
    func run(_ lines: String...) -> CommandOutcome {
        var last = CommandOutcome()
        for line in lines {
            last = execute(line: line)
            if let e = last.error { fatalError("setup line '\(line)' failed: \(e)") }
        }
        return last
    }
}
