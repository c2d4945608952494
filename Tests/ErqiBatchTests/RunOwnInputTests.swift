import ErqiBatch
import Foundation
import Testing

/// Issue 13, item 1: `run X --output X` would destroy its own input.
@Suite struct RunOwnInputTests {
    @Test func anOutputThatIsAnInputScenarioIsRefusedAndTheFileKept() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let child = try BatchFixture.planChild(in: folder, name: "child")
        let before = try BatchFixture.read(child)
        let outcome = RunJob(arguments: [folder], outputPath: folder + "/./child.json").execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.messages == ["run: --output \(folder)/./child.json is the input \(child); refusing to overwrite an input"])
        #expect(try BatchFixture.read(child) == before)
    }

    @Test func anOutputLinkedToAnInputIsRefused() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let child = try BatchFixture.planChild(in: folder, name: "child")
        try FileManager.default.createSymbolicLink(atPath: folder + "/out.txt", withDestinationPath: child)
        let outcome = RunJob(arguments: [child], outputPath: folder + "/out.txt").execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.messages.first?.hasSuffix("refusing to overwrite an input") == true)
    }

    @Test func anOutputThatIsTheBaselineIsRefused() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let baseline = folder + "/baseline.json"
        try FileManager.default.copyItem(atPath: BatchFixture.baselinePath, toPath: baseline)
        let outcome = RunJob(arguments: [BatchFixture.scenarioPath("plan-2015")], outputPath: baseline,
                             baselinePath: baseline).execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.messages.first?.hasSuffix("refusing to overwrite an input") == true)
    }

    @Test func anotherOutputIsWritten() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { BatchFixture.remove(folder) }
        let outcome = RunJob(arguments: [BatchFixture.scenarioPath("plan-2015")], format: .csv,
                             outputPath: folder + "/out.csv").execute()
        #expect(outcome.status == .success)
        #expect(try BatchFixture.read(folder + "/out.csv").hasPrefix("scenario"))
    }
}
