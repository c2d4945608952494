import ErqiModel

/// (a4) Goal seek on plan-2015: the intensity goal by key_enterprises.saving_tce, compile
/// included, one core.
struct SolveBench {
    var milliseconds: Double
    var value: Double
    var repetitions: Int

    static func run(baseline: Baseline, scenario: Scenario, repetitions: Int = 100, runs: Int = 5) throws -> SolveBench {
        let goal = try SolveGoal("intensity", baseline: baseline)
        let target = try SolveTarget("key_enterprises.saving_tce")
        var value = 0.0
        var times: [Double] = []
        for _ in 0..<runs {
            var failure: (any Error)?
            let t = Clock.time {
                for _ in 0..<repetitions {
                    do { value = try GoalSeek.solve(baseline: baseline, scenario: scenario, goal: goal, target: target).value ?? .nan } catch {
                        failure = error; return
                    }
                }
            }
            if let failure { throw failure }
            times.append(t / Double(repetitions) * 1e3)
        }
        return SolveBench(milliseconds: Clock.median(times), value: value, repetitions: repetitions)
    }
}
