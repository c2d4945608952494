import ErqiShell
import Foundation
import Testing

/// The shell's `montecarlo`: the progress line it feeds a terminal (updated at most once per
/// whole percent, cleared at the end), and Ctrl-C stopping it with the draws made so far.
@Suite struct MonteCarloCommandTests {
    /// Lines shown, from any thread.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var shown: [String?] = []
        func record(_ text: String?) { lock.lock(); shown.append(text); lock.unlock() }
        var lines: [String?] { lock.lock(); defer { lock.unlock() }; return shown }
    }

    @Test func aTerminalSeesAProgressLineThenItIsCleared() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let recorder = Recorder()
        shell.progress = { recorder.record($0) }
        let outcome = shell.execute(line: "montecarlo 5000")
        #expect(outcome.error == nil)
        #expect(outcome.output.contains("montecarlo plan-2015: 5,000 draws (seed 1)"))
        let lines = recorder.lines
        // Three chunks of 2,048 draws: 40 %, 81 %, 100 % (a count that arrives after a larger
        // one is not shown), then cleared.
        #expect((2...4).contains(lines.count))
        #expect(lines.last! == nil)
        #expect(lines.dropLast().allSatisfy { $0?.hasPrefix("montecarlo: ") == true && $0?.hasSuffix("Ctrl-C stops") == true })
        #expect(lines.contains { $0 == "montecarlo: 5,000 of 5,000 draws (100 %); Ctrl-C stops" })
    }

    @Test func withoutATerminalNothingIsShown() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        #expect(shell.progress == nil)
        #expect(shell.execute(line: "montecarlo 300").error == nil)
    }

    @Test func ctrlCStopsItMarkedPartial() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015")
        let polls = PollCounter()
        shell.isCancelled = { polls.next() > 2 }
        let outcome = shell.execute(line: "montecarlo 100000")
        #expect(outcome.error == nil)
        #expect(outcome.output.contains("PARTIAL"))
        #expect(outcome.output.contains("interrupted:") && outcome.output.contains("of 100000 draws made; the figures above are partial"))
    }

    final class PollCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
    }
}
