import ErqiBatch
import Testing

/// Issue 13, item 6, through `run`: a growth rate that would make GDP infinite is bad input
/// (status 2) naming the file and the path, not a table of `inf` and `nan`.
@Suite struct NonFiniteRunTests {
    @Test func setGrowthTo1e308IsRefusedWithFileAndPath() {
        let plan = BatchFixture.scenarioPath("plan-2015")
        let outcome = RunJob(arguments: [plan], settings: ["growth.industry=1e308"],
                             baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.output.isEmpty)
        #expect(outcome.messages.contains { $0.contains("plan-2015.json") && $0.contains("growth.industry") && $0.contains("at most 10") },
                "\(outcome.messages)")
    }
}
