import Testing
@testable import ErqiShell

/// Which history file the interactive shell uses.
@Suite struct HistoryLocationTests {
    @Test func erqiHistoryWinsOverEverything() {
        let env = ["ERQI_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/state", "HOME": "/home/a"]
        #expect(HistoryLocation.path(env) == "/tmp/h")
    }

    @Test func thenTheXDGStateFolderThenHome() {
        #expect(HistoryLocation.path(["XDG_STATE_HOME": "/state", "HOME": "/home/a"]) == "/state/erqi/history")
        #expect(HistoryLocation.path(["HOME": "/home/a"]) == "/home/a/.local/state/erqi/history")
    }

    @Test func emptyVariablesCountAsUnset() {
        #expect(HistoryLocation.path(["ERQI_HISTORY": "", "XDG_STATE_HOME": "", "HOME": "/home/a"])
            == "/home/a/.local/state/erqi/history")
        #expect(HistoryLocation.path(["ERQI_HISTORY": "", "HOME": ""]) == nil)
        #expect(HistoryLocation.path([:]) == nil)
    }
}
