import ErqiBatch
import ErqiRender
import Testing

/// Issue 13, item 6, through `sweep`: a point whose result is not finite is an error naming
/// the file and the axis values (status 2), as `run` refuses the same scenario, in the table
/// and in the streamed formats; a huge but finite value prints in exponent notation.
@Suite struct NonFiniteSweepTests {
    static func sweep(_ axis: String, format: OutputFormat) -> BatchOutcome {
        SweepJob(file: BatchFixture.scenarioPath("plan-2015"), axes: [axis], format: format,
                 baselinePath: BatchFixture.baselinePath).execute()
    }

    @Test(arguments: [OutputFormat.table, .csv, .json, .jsonl, .markdown])
    func anInfiniteResultIsAnErrorNamingTheInput(format: OutputFormat) {
        // 0 and 5e307 tonnes of CO2 per tce of coal: the second makes the district's CO2 infinite.
        let outcome = Self.sweep("coef.co2.coal=0:1e308:5e307", format: format)
        #expect(outcome.status == .badInput)
        #expect(outcome.output.isEmpty)
        #expect(outcome.messages.contains {
            $0.contains("plan-2015.json: at --vary coef.co2.coal=5e+307: totals.co2_2015_t: the result is infinite")
        }, "\(outcome.messages)")
    }

    @Test func runSaysTheSameOfThatPoint() {
        let outcome = RunJob(arguments: [BatchFixture.scenarioPath("plan-2015")], settings: ["coef.co2.coal=5e307"],
                             baselinePath: BatchFixture.baselinePath).execute()
        #expect(outcome.status == .badInput)
        #expect(outcome.messages.contains { $0.contains("totals.co2_2015_t: the result is infinite") }, "\(outcome.messages)")
    }

    @Test func aHugeFiniteResultPrintsInExponentNotation() {
        let outcome = Self.sweep("coef.co2.coal=1e300:1e300:1", format: .table)
        #expect(outcome.status == .success, "\(outcome.messages)")
        #expect(outcome.output.contains("1.00e+300"))
        #expect(outcome.output.contains("e+305"))
        #expect(!outcome.output.contains("e+,"))
    }
}
