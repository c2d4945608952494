import ArgumentParser
import ErqiBatch
import ErqiRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `erqi barometer FILE...`.
struct BarometerCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "barometer",
        abstract: "Grade every goal and township green/yellow/red (绿/黄/红) against the baseline's warning bands.",
        discussion: """
            Green: the margin is at least the band; red: short by the band or more; yellow: in \
            between. The bands are the baseline's warning.band.* parameters. The grade words are \
            always written; on a terminal they are coloured too (not with NO_COLOR set). When the \
            scenario has uncertain inputs, each goal's probability of being met, P(met), with its \
            95 % interval is shown beside the grade, from a Monte Carlo run of --draws draws \
            (2,000 by default) with --seed (1 by default): the same draws and seed give the same \
            figures on any number of cores (docs/ANALYSIS.md).
            """)

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: table, json, csv or markdown (jsonl: one object per line).")
    var format: OutputFormat = .table

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting applied to every scenario (as in run); repeatable.", valueName: "key=value"))
    var settings: [String] = []

    @Option(help: ArgumentHelp("Monte Carlo draws for P(met) (default 2,000); 0 skips it.", valueName: "draws"))
    var draws: Int?

    @Option(help: ArgumentHelp("The Monte Carlo seed: the same seed and draws give the same P(met).", valueName: "seed"))
    var seed: UInt64 = 1

    @Flag(name: .customLong("no-probability"), help: "Grade only: no Monte Carlo run, no P(met) (as --draws 0).")
    var noProbability = false

    @OptionGroup var baseline: BaselineOption

    func validate() throws {
        if let draws, draws < 0 { throw ValidationError("--draws \(draws): expected 0 (no P(met)) or more draws") }
        if noProbability, let draws, draws > 0 {
            throw ValidationError("--no-probability and --draws \(draws) contradict each other: give one of them")
        }
    }

    func outcome() -> BatchOutcome {
        let colour = format == .table && isatty(1) != 0 && getenv("NO_COLOR") == nil
        return BarometerJob(arguments: files, settings: settings, format: format, baselinePath: baseline.path,
                            colour: colour, draws: noProbability ? 0 : draws ?? BarometerChances.defaultDraws, seed: seed).execute()
    }
}
