import ErqiModel

/// (d) Evaluations after a patch: a measure field (BAU kept) and a parameter BAU reads.
struct PatchBench {
    var fieldNanoseconds: Double
    var parameterNanoseconds: Double
    var iterations: Int

    static func run(baseline: Baseline, scenario: Scenario, iterations: Int = 200_000, runs: Int = 5) throws -> PatchBench {
        var work = try PatchableScenario(baseline: baseline, scenario: scenario)
        let field = try work.handle("key_enterprises.saving_tce")
        let parameter = try work.handle("growth.industry")
        func time(_ h: PatchHandle, _ values: (Int) -> Double) throws -> Double {
            var checksum = 0.0
            var times: [Double] = []
            for _ in 0..<runs {
                var failed: (any Error)?
                let t = Clock.time {
                    for i in 0..<iterations {
                        do { try work.set(h, to: values(i)) } catch { failed = error; return }
                        work.evaluate()
                        checksum += work.projection.intensityChange
                    }
                }
                if let failed { throw failed }
                times.append(t / Double(iterations) * 1e9)
            }
            precondition(checksum.isFinite)
            return Clock.median(times)
        }
        let f = try time(field) { Double(15_000 + $0 % 10_000) }
        let p = try time(parameter) { 0.05 + Double($0 % 100) / 2000 }
        return PatchBench(fieldNanoseconds: f, parameterNanoseconds: p, iterations: iterations)
    }
}
