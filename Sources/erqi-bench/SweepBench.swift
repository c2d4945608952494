import ErqiBatch
import ErqiModel

/// (c) A two-axis sweep of the plan.
struct SweepBench {
    var points: Int
    var axes: String
    var runs: Int
    var seconds: Double

    var pointsPerSecond: Double { Double(points) / seconds }

    static func run(baseline: Baseline, scenario: Scenario, runs: Int = 3,
                    arguments: [String] = ["pv-mazhai.capacity_mw=0:20:0.1", "growth.industry=0.05:0.1:0.005"]) throws -> SweepBench {
        let axes = try arguments.map { try SweepAxis.parse($0) }
        let sweep = try Sweep(scenario: scenario, axes: axes, baseline: baseline, file: "plan-2015.json")
        var times: [Double] = []
        var points: [SweepPoint] = []
        for _ in 0..<runs { times.append(Clock.time { points = sweep.run() }) }
        precondition(points.count == sweep.count && points.allSatisfy { $0.outputs != nil })
        return SweepBench(points: sweep.count, axes: arguments.joined(separator: " × "), runs: runs, seconds: Clock.median(times))
    }
}
