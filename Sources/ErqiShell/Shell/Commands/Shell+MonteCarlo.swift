import ErqiBatch
import ErqiModel
import ErqiRender
import Foundation

extension Shell {
    /// `montecarlo [N] [seed S]` (docs/ANALYSIS.md §3) on the current scenario, on every core;
    /// Ctrl-C stops it between chunks and the draws made so far are reported, marked partial.
    func monteCarlo(_ args: [String]) throws(ShellError) -> Reply {
        let (run, draws) = try monteCarloRun(args, defaultDraws: 10_000, usage: Command.montecarlo.spec.usage)
        var text = String(MonteCarloView.text(run.report).dropLast())
        if run.draws.partial { text += "\ninterrupted: \(run.draws.draws) of \(draws) draws made; the figures above are partial" }
        return Reply(text)
    }

    /// The Monte Carlo run `[N] [seed S]` asks for on the current scenario (N defaults to
    /// `defaultDraws`), with the number of draws asked for; shared by `montecarlo` and `chart montecarlo`.
    func monteCarloRun(_ args: [String], defaultDraws: Int, usage usageText: String) throws(ShellError)
        -> (run: MonteCarloJob.MonteCarloRun, draws: Int) {
        let (draws, seed) = try drawsAndSeed(args, defaultDraws: defaultDraws, usage: usageText)
        let baseline = session.baseline, scenario = session.scenario
        let inputs: [UncertainInput]
        do { inputs = try UncertainInputs.inputs(baseline: baseline, scenario: scenario) } catch {
            throw ShellError(error.description)
        }
        guard !inputs.isEmpty else {
            throw ShellError("no uncertain inputs: nothing to draw (`uncertain KEY DIST …` adds one)")
        }
        let cancel = ShellCancelFlag(isCancelled)
        let line = progress.map(ProgressLine.init)
        defer { line?.clear() }
        let run: MonteCarloJob.MonteCarloRun
        do {
            run = try MonteCarloJob.run(baseline: baseline, scenario: scenario, inputs: inputs, draws: draws, seed: seed,
                                        workers: Parallel.cores, isCancelled: { cancel.poll() },
                                        progress: { done, total in line?.update(done: done, total: total) },
                                        file: "current scenario")
        } catch {
            throw ShellError(error.lines.joined(separator: "\n"))
        }
        return (run, draws)
    }

    /// `[N] [seed S]`: the draws (`defaultDraws` when not given; at least `minimum`) and the seed (1).
    func drawsAndSeed(_ args: [String], defaultDraws: Int, minimum: Int = 1, usage usageText: String) throws(ShellError)
        -> (draws: Int, seed: UInt64) {
        var words = args
        var draws = defaultDraws
        var seed: UInt64 = 1
        if words.count >= 2, words[words.count - 2] == "seed" {
            guard let s = UInt64(words.last!) else {
                throw ShellError("seed \(words.last!): expected a whole number ≥ 0")
            }
            seed = s
            words.removeLast(2)
        }
        if let first = words.first {
            guard let n = Int(first.replacingOccurrences(of: "_", with: "")), n >= minimum else {
                throw ShellError("\(first): expected the number of draws, a whole number ≥ \(minimum)")
            }
            draws = n
            words.removeFirst()
        }
        guard words.isEmpty else { throw ShellError("usage: \(usageText)") }
        return (draws, seed)
    }

    /// `sensitivity [OUTPUT]` (docs/ANALYSIS.md §4): the tornado of the current scenario.
    func sensitivity(_ args: [String]) throws(ShellError) -> Reply {
        guard args.count <= 1 else { throw ShellError("usage: \(Command.sensitivity.spec.usage)") }
        let report = try sensitivityReport(output: args.first)
        return Reply(String(TornadoChart.render(report, style: session.settings.chartStyle).dropLast()))
    }

    /// The sensitivity report of `output` (intensity change by default) for the current scenario;
    /// shared by `sensitivity` and `chart tornado`.
    func sensitivityReport(output: String?) throws(ShellError) -> SensitivityReport {
        let report: SensitivityReport
        do {
            report = try SensitivityJob.report(baseline: session.baseline, scenario: session.scenario,
                                               output: output ?? "intensity_change", file: "current scenario")
        } catch {
            throw ShellError(error.lines.joined(separator: "\n").replacingOccurrences(of: "--output ", with: ""))
        }
        return report
    }
}

/// The shell's cancellation check, polled from the Monte Carlo worker threads (it reads a flag
/// set by the Ctrl-C handler).
final class ShellCancelFlag: @unchecked Sendable {
    let check: () -> Bool
    init(_ check: @escaping () -> Bool) { self.check = check }
    func poll() -> Bool { check() }
}

/// `montecarlo`'s progress line: updated from the worker threads when the whole percentage
/// grows (so a million draws redraw it at most 100 times), then cleared.
final class ProgressLine: @unchecked Sendable {
    private let show: (String?) -> Void
    private let lock = NSLock()
    private var shownPercent = -1

    init(_ show: @escaping (String?) -> Void) { self.show = show }

    func update(done: Int, total: Int) {
        lock.lock(); defer { lock.unlock() }
        let percent = total > 0 ? done * 100 / total : 100
        // Workers report out of order now and then: the line never goes back.
        guard percent > shownPercent else { return }
        shownPercent = percent
        show("montecarlo: \(NumberFormat.fixed(Double(done), decimals: 0, grouping: true)) of \(NumberFormat.fixed(Double(total), decimals: 0, grouping: true)) draws (\(percent) %); Ctrl-C stops")
    }

    func clear() {
        lock.lock(); defer { lock.unlock() }
        if shownPercent >= 0 { show(nil) }
    }
}
