import ErqiFiles
import ErqiModel
import ErqiReport
import ErqiTestSupport

/// Scenarios of the repository evaluated on the embedded baseline, as report input.
enum ReportFixtures {
    static let baseline: Baseline = try! BaselineStore.embedded()
    static let tasks: [PlanTask] = try! PlanTaskCodec.decode(EmbeddedPlanTasks.json, file: "<embedded plan tasks>")

    /// The result of `scenarios/NAME.json`.
    static func result(_ name: String) -> ScenarioResult {
        let scenario = try! ScenarioLoader.load(path: Repository.root + "/scenarios/\(name).json")
        return try! Engine.project(baseline: baseline, scenario: scenario)
    }

    /// Report input for these scenarios, with a fixed date and version so output is stable.
    static func input(_ names: [String], differences: [ReportInputRow] = []) -> ReportInput {
        ReportInput(
            scenarios: names.map { name in
                let r = result(name)
                return ReportScenario(name: name, file: "scenarios/\(name).json", result: r,
                                      barometer: Barometer(result: r, bands: try! Barometer.Bands.from(baseline).get()))
            },
            differences: differences, baseline: baseline, planTasks: tasks,
            provenance: ReportProvenance(baselineSHA256: BaselineStore.embeddedSHA256, baselineSource: BaselineStore.embeddedFileName,
                                         erqiVersion: "test", date: "2015-12-31"))
    }
}
