import ErqiFiles
public import ErqiModel

/// The Monte Carlo chance of meeting each goal, set beside a barometer's grades
/// (docs/ANALYSIS.md §3): shared by `erqi barometer` and the shell's `barometer`.
public enum BarometerChances {
    /// Draws when none are asked for: enough for P(met) to about ±2 points, quick on any scenario.
    public static let defaultDraws = 2_000

    /// Draws `draws` Monte Carlo draws of `scenario`'s uncertain inputs with `seed` and sets each
    /// goal's chance on `barometer`. Nothing is drawn for `draws` 0 or a scenario without
    /// uncertain inputs (the barometer keeps no chances; returns false). The figures do not
    /// depend on `workers`. Errors (an invalid `uncertainty`) name `file`.
    @discardableResult
    public static func attach(to barometer: inout Barometer, baseline: Baseline, scenario: Scenario, draws: Int, seed: UInt64,
                              workers: Int, file: String, isCancelled: @escaping @Sendable () -> Bool = { false })
        throws(BatchError) -> Bool {
        guard draws > 0 else { return false }
        let inputs: [UncertainInput]
        do { inputs = try UncertainInputs.inputs(baseline: baseline, scenario: scenario) } catch {
            throw BatchError(error.issues.map { "\(file): \($0.description)" })
        }
        guard !inputs.isEmpty else { return false }
        let run = try MonteCarloJob.run(baseline: baseline, scenario: scenario, inputs: inputs, draws: draws, seed: seed,
                                        workers: workers, isCancelled: isCancelled, file: file)
        barometer.attach(run.report)
        return true
    }
}
