import ErqiModel
import Testing
@testable import ErqiFiles

/// ANALYSIS.md §2 on the shipped baseline: every estimate but township shares and profiles
/// carries an uncertainty whose note says how its width was derived (the barometer's bands,
/// which no projection reads, neither).
@Suite struct ShippedUncertaintyTests {
    @Test func everyEstimateButSharesAndProfilesIsUncertain() throws {
        let b = try BaselineStore.embedded()
        for p in b.parameters where p.isEstimate {
            // The barometer's bands (warning.band.*) are judgements that grade a result; no
            // projection reads them, so they carry no distribution.
            let fixed = p.key.hasPrefix("township.") || p.key.hasPrefix("profile.") || p.key.hasPrefix("warning.")
            #expect((p.uncertainty == nil) == fixed, "\(p.key)")
        }
        for p in b.parameters where p.uncertainty != nil {
            #expect(p.note?.contains("Uncertainty: ") == true, "\(p.key) does not derive its uncertainty")
        }
        // Sourced coefficients whose source gives a range carry one too.
        #expect(b.parameters.contains { !$0.isEstimate && $0.uncertainty != nil })
        #expect(b.uncertaintyIssues().isEmpty)
    }

    @Test func everyShippedScenarioResolvesItsInputs() throws {
        let b = try BaselineStore.embedded()
        for name in ["bau", "plan-2015", "gas-first", "plan-late", "pv-push", "transport-first"] {
            let s = try ScenarioLoader.load(path: repositoryRoot() + "/scenarios/\(name).json")
            let (inputs, issues) = UncertainInputs.resolve(baseline: b, scenario: s)
            #expect(issues.isEmpty, "\(name): \(issues)")
            #expect(inputs.count == b.uncertainCount - s.uncertainty.filter { $0.value == .certain }.count
                    + s.uncertainty.filter { b.parameter($0.key)?.uncertainty == nil && $0.value != .certain }.count)
            // The 5th and 95th percentiles of every input bracket its central value's neighbourhood
            // and stay in the key's valid range.
            for input in inputs {
                let lo = input.quantile(0.05), hi = input.quantile(0.95)
                #expect(lo <= hi && input.range.contains(lo) && input.range.contains(hi), "\(input.key)")
            }
        }
    }
}
