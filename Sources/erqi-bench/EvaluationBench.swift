import ErqiModel

/// (a) `CompiledScenario.evaluate(into:)` in a loop on one core.
struct EvaluationBench {
    var iterations: Int
    var runs: Int
    var nanoseconds: Double
    var projectMicroseconds: Double

    var perSecond: Double { 1e9 / nanoseconds }

    static func run(baseline: Baseline, scenario: Scenario, runs: Int = 7) -> EvaluationBench {
        let compiled = try! CompiledScenario(baseline: baseline, scenario: scenario)
        var projection = Projection(for: compiled)
        // Size the loop to about 0.3 s.
        var iterations = 1000
        while true {
            let t = Clock.time { for _ in 0..<iterations { compiled.evaluate(into: &projection) } }
            if t > 0.3 || iterations > 100_000_000 { break }
            iterations = Int(Double(iterations) * min(100, max(2, 0.35 / max(t, 1e-6))))
        }
        var perEvaluation: [Double] = []
        var checksum = 0.0
        for _ in 0..<runs {
            let t = Clock.time {
                for _ in 0..<iterations {
                    compiled.evaluate(into: &projection)
                    checksum += projection.energy2015Tce
                }
            }
            perEvaluation.append(t / Double(iterations) * 1e9)
        }
        precondition(checksum > 0 && projection.failure == nil)
        var projectTimes: [Double] = []
        for _ in 0..<runs {
            let n = 200
            let t = Clock.time { for _ in 0..<n { _ = try! Engine.project(baseline: baseline, scenario: scenario) } }
            projectTimes.append(t / Double(n) * 1e6)
        }
        return EvaluationBench(iterations: iterations, runs: runs, nanoseconds: Clock.median(perEvaluation),
                               projectMicroseconds: Clock.median(projectTimes))
    }
}
