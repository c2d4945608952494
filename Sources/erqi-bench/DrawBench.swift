import ErqiModel
import Foundation

/// Draws of the uncertain inputs alone (no evaluation): the sampling cost a Monte Carlo run
/// pays on top of evaluating, for the inputs of plan-2015 on the shipped baseline.
enum DrawBench {
    struct Figures {
        var inputs: Int
        var draws: Int
        var nanosecondsPerValue: Double
        var checksum: Double
    }

    /// Draws `draws` values of every input on one core, through `MonteCarlo.run` with an
    /// evaluator that only sums what it is given.
    static func run(baseline: Baseline, scenario: Scenario, draws: Int = 200_000) throws -> Figures {
        let inputs = try UncertainInputs.inputs(baseline: baseline, scenario: scenario)
        struct Summing: DrawEvaluator {
            mutating func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String? {
                var s = 0.0
                for v in values { s += v }
                outcome.outputs[0] = s
                return nil
            }
        }
        var evaluator = Summing()
        var best = Double.infinity
        var checksum = 0.0
        for _ in 0..<3 {
            var result: MonteCarloDraws?
            // CPU time of this thread, so that other work on a shared machine does not count.
            let started = threadSeconds()
            result = MonteCarlo.run(inputs: inputs, draws: 0..<draws, seed: 1, goals: 0, outputs: 1, evaluator: &evaluator)
            let seconds = threadSeconds() - started
            best = min(best, seconds)
            checksum = result!.outputs[0].reduce(0, +)
        }
        return Figures(inputs: inputs.count, draws: draws, nanosecondsPerValue: best * 1e9 / Double(draws * inputs.count),
                       checksum: checksum)
    }

    /// Whole Monte Carlo draws (drawing, patching, evaluating, goals and outputs) with the
    /// patching evaluator on one core: microseconds of thread CPU time per draw, best of 3.
    static func monteCarloMicroseconds(baseline: Baseline, scenario: Scenario, draws: Int = 20_000) throws -> Double {
        let inputs = try UncertainInputs.inputs(baseline: baseline, scenario: scenario)
        let goals = MonteCarloKeys.goals(try Engine.project(baseline: baseline, scenario: scenario)).count
        let outputs = MonteCarloKeys.outputs(baseline: baseline).count
        var evaluator = try PatchingEvaluator(baseline: baseline, scenario: scenario, inputs: inputs)
        var best = Double.infinity
        for _ in 0..<3 {
            let started = threadSeconds()
            _ = MonteCarlo.run(inputs: inputs, draws: 0..<draws, seed: 1, goals: goals, outputs: outputs, evaluator: &evaluator)
            best = min(best, threadSeconds() - started)
        }
        return best * 1e6 / Double(draws)
    }

    static func threadSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    static func report(_ f: Figures) {
        print("(d) drawing \(f.inputs) uncertain inputs of plan-2015 for \(Report.grouped(Double(f.draws))) draws, one core, no evaluation")
        print("    \(Report.fixed(f.nanosecondsPerValue, 1)) ns per value, \(Report.fixed(f.nanosecondsPerValue * Double(f.inputs) / 1000, 2)) µs per draw (thread CPU time, best of 3; checksum \(f.checksum))")
    }
}
