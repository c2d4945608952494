import ErqiBatch
import ErqiFiles
import ErqiModel
import Foundation

/// `swift run -c release erqi-bench`: evaluation speed on one core, a 10,000-file batch on
/// every core, sweep points per second and result writing in MB/s on one core
/// (`erqi-bench --writers-only` for the last alone). Prints a small report; never part of the tests.

// `erqi-bench --evaluate-only N`: compile plan-2015 once and evaluate it N times, nothing
// else, so that `valgrind` heap totals for two values of N show what an evaluation allocates
// (see README: the totals are equal, so evaluation allocates nothing). `--scenario NAME` takes
// another shipped scenario (plan-2015-h1: the same with year-to-date figures).
if let flag = CommandLine.arguments.firstIndex(of: "--evaluate-only") {
    let count = CommandLine.arguments.count > flag + 1 ? Int(CommandLine.arguments[flag + 1]) ?? 1 : 1
    let base = try BaselineStore.embedded()
    let name = CommandLine.arguments.firstIndex(of: "--scenario").map { CommandLine.arguments[$0 + 1] } ?? "plan-2015"
    let scenario = try ScenarioLoader.load(path: BenchFiles.repositoryRoot() + "/scenarios/\(name).json")
    let compiled = try CompiledScenario(baseline: base, scenario: scenario)
    var projection = Projection(for: compiled)
    var ok = true
    for _ in 0..<count { ok = compiled.evaluate(into: &projection) && ok }
    print("evaluated \(count) times, ok: \(ok), intensity change \(projection.intensityChange)")
    exit(ok ? 0 : 1)
}

// `erqi-bench --project-only N`: `Engine.project` (compile + evaluate + named result) of
// plan-2015 N times, nothing else; callgrind and valgrind totals for two values of N give the
// instructions and heap allocations of one call (README, "Measured speed").
if let flag = CommandLine.arguments.firstIndex(of: "--project-only") {
    let count = CommandLine.arguments.count > flag + 1 ? Int(CommandLine.arguments[flag + 1]) ?? 1 : 1
    let base = try BaselineStore.embedded()
    let scenario = try ScenarioLoader.load(path: BenchFiles.repositoryRoot() + "/scenarios/plan-2015.json")
    var change = 0.0
    for _ in 0..<count { change += try Engine.project(baseline: base, scenario: scenario).totals.intensityChange }
    print("projected \(count) times, mean intensity change \(change / Double(max(count, 1)))")
    exit(0)
}

// `erqi-bench --draws-only`: only (d), the cost of drawing the uncertain inputs.
if CommandLine.arguments.contains("--draws-only") {
    let base = try BaselineStore.embedded()
    let scenario = try ScenarioLoader.load(path: BenchFiles.repositoryRoot() + "/scenarios/plan-2015.json")
    DrawBench.report(try DrawBench.run(baseline: base, scenario: scenario))
    let perDraw = try DrawBench.monteCarloMicroseconds(baseline: base, scenario: scenario)
    print("    whole draws with PatchingEvaluator (draw, patch, evaluate, goals, outputs): \(Report.fixed(perDraw, 2)) µs per draw, one core")
    exit(0)
}

// `erqi-bench --patch-only N`: compile plan-2015 once, then N times patch
// key_enterprises.saving_tce and evaluate; valgrind totals for two N show what a patched
// evaluation allocates.
if let flag = CommandLine.arguments.firstIndex(of: "--patch-only") {
    let count = CommandLine.arguments.count > flag + 1 ? Int(CommandLine.arguments[flag + 1]) ?? 1 : 1
    let base = try BaselineStore.embedded()
    let scenario = try ScenarioLoader.load(path: BenchFiles.repositoryRoot() + "/scenarios/plan-2015.json")
    var work = try PatchableScenario(baseline: base, scenario: scenario)
    let field = try work.handle("key_enterprises.saving_tce")
    let parameter = try work.handle("growth.industry")
    var ok = true
    for i in 0..<count {
        try work.set(field, to: Double(15_000 + i % 10_000))
        try work.set(parameter, to: 0.05 + Double(i % 100) / 2000)
        ok = work.evaluate() && ok
    }
    print("patched and evaluated \(count) times, ok: \(ok), intensity change \(work.projection.intensityChange)")
    exit(ok ? 0 : 1)
}

// `erqi-bench --writers-only`: (d) alone.
func writerReport(baseline: Baseline, plan: Scenario) throws {
    let writers = WriterBench.run(result: try Engine.project(baseline: baseline, scenario: plan))
    print("(d) result objects written on one core, plan-2015 (\(Report.grouped(Double(writers.objectBytes))) bytes as canonical JSON)")
    print("    canonical JSON \(Report.grouped(writers.canonicalMBps)) MB/s, JSON Lines \(Report.grouped(writers.lineMBps)) MB/s (byte writer, per CPU second)")
    print("    before: \(Report.grouped(writers.oldCanonicalMBps)) MB/s and \(Report.grouped(writers.oldLineMBps)) MB/s (JSONValue tree + String)")
}

let root = BenchFiles.repositoryRoot()
let baseline = try BenchFiles.baseline(root: root)
let planPath = root + "/scenarios/plan-2015.json"
let plan = try ScenarioLoader.load(path: planPath)
if CommandLine.arguments.contains("--writers-only") {
    try writerReport(baseline: baseline.baseline, plan: plan)
    exit(0)
}
print("erqi-bench: baseline \(baseline.baseline.id) (\(baseline.source)), scenario plan-2015 with \(plan.measures.count) measures, \(Parallel.cores) cores")
print("")

// (a) Single-core evaluations of the compiled plan.
let evaluation = EvaluationBench.run(baseline: baseline.baseline, scenario: plan)
print("(a) CompiledScenario.evaluate(into:), one core, plan-2015")
print("    \(Report.grouped(evaluation.perSecond)) evaluations/s, \(Report.fixed(evaluation.nanoseconds, 0)) ns/evaluation (median of \(evaluation.runs) runs of \(Report.grouped(Double(evaluation.iterations))))")
print("    compile + evaluate + named result (Engine.project): \(Report.fixed(evaluation.projectMicroseconds, 1)) µs")
print("")

// (a2) Evaluations after a patch.
let patch = try PatchBench.run(baseline: baseline.baseline, scenario: plan)
print("(a2) PatchableScenario: set + evaluate, one core, plan-2015 (median of 5 runs of \(Report.grouped(Double(patch.iterations))))")
print("    measure field key_enterprises.saving_tce (BAU kept): \(Report.grouped(1e9 / patch.fieldNanoseconds)) evaluations/s, \(Report.fixed(patch.fieldNanoseconds, 0)) ns each")
print("    parameter growth.industry (reload + BAU): \(Report.grouped(1e9 / patch.parameterNanoseconds)) evaluations/s, \(Report.fixed(patch.parameterNanoseconds, 0)) ns each")
print("")

// (a3) A 10,000-point sweep.
let bigSweep = try SweepBench.run(baseline: baseline.baseline, scenario: plan,
                                  arguments: ["pv-mazhai.capacity_mw=0:9.9:0.1", "growth.industry=0.05:0.149:0.001"])
print("(a3) sweep of plan-2015 over \(Report.grouped(Double(bigSweep.points))) points (\(bigSweep.axes)), compiled once and patched per point on \(Parallel.cores) cores")
print("    \(Report.fixed(bigSweep.seconds, 3)) s, \(Report.grouped(bigSweep.pointsPerSecond)) points/s (median of \(bigSweep.runs) runs)")
print("")

// (a4) Goal seek.
let solve = try SolveBench.run(baseline: baseline.baseline, scenario: plan)
print("(a4) solve intensity by key_enterprises.saving_tce on plan-2015 (compile + search), one core")
print("    \(Report.fixed(solve.milliseconds, 3)) ms per solve (median of 5 runs of \(solve.repetitions)); answer \(Report.fixed(solve.value, 1)) tce")
print("")

// (b) A batch of 10,000 scenario files, parsed and evaluated in parallel.
let batch = try BatchBench.run(baseline: baseline, planPath: planPath, count: 10_000)
print("(b) batch of \(Report.grouped(Double(batch.files))) scenario files (each extends plan-2015), parse + extends + evaluate on \(Parallel.cores) cores")
print("    \(Report.fixed(batch.seconds, 2)) s, \(Report.grouped(batch.filesPerSecond)) files/s (median of \(batch.runs) runs)")
print("    rendered as CSV \(Report.fixed(batch.csvSeconds, 2)) s, as JSON Lines \(Report.fixed(batch.jsonlSeconds, 2)) s (\(Report.grouped(Double(batch.jsonlBytes / 1_000_000))) MB)")
print("")

// (c) Sweep points per second.
let sweep = try SweepBench.run(baseline: baseline.baseline, scenario: plan)
print("(c) sweep of plan-2015 over \(Report.grouped(Double(sweep.points))) points (\(sweep.axes)), compiled once and patched per point on \(Parallel.cores) cores")
print("    \(Report.fixed(sweep.seconds, 2)) s, \(Report.grouped(sweep.pointsPerSecond)) points/s (median of \(sweep.runs) runs)")
print("")

try writerReport(baseline: baseline.baseline, plan: plan)
// (d) Drawing the uncertain inputs for Monte Carlo (sampling alone, no evaluation).
DrawBench.report(try DrawBench.run(baseline: baseline.baseline, scenario: plan))
let perDraw = try DrawBench.monteCarloMicroseconds(baseline: baseline.baseline, scenario: plan)
print("    whole draws with PatchingEvaluator (draw, patch, evaluate, goals, outputs): \(Report.fixed(perDraw, 2)) µs per draw, one core")
