import Testing
@testable import ErqiShell

/// Issue 13, item 7: $ERQI_HISTSIZE, read strictly.
@Suite struct HistorySizeTests {
    @Test func unsetOrEmptyMeansTheDefault() {
        #expect(HistorySize.entries([:]) == (5000, nil))
        #expect(HistorySize.entries(["ERQI_HISTSIZE": ""]) == (5000, nil))
    }

    @Test func aWholeNumberInRangeIsUsed() {
        #expect(HistorySize.entries(["ERQI_HISTSIZE": "3"]) == (3, nil))
        #expect(HistorySize.entries(["ERQI_HISTSIZE": "1000000"]) == (1_000_000, nil))
    }

    @Test func anythingElseIsSaidAndTheDefaultKept() {
        for bad in ["0", "-5", "lots", "1e3", "1000001"] {
            let r = HistorySize.entries(["ERQI_HISTSIZE": bad])
            #expect(r.entries == 5000)
            #expect(r.warning == "ERQI_HISTSIZE='\(bad)' is not a whole number from 1 to 1000000; keeping 5000 entries")
        }
    }
}
