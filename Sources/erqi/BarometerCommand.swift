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
            always written; on a terminal they are coloured too (not with NO_COLOR set).
            """)

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: table, json, csv or markdown (jsonl: one object per line).")
    var format: OutputFormat = .table

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting applied to every scenario (as in run); repeatable.", valueName: "key=value"))
    var settings: [String] = []

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        let colour = format == .table && isatty(1) != 0 && getenv("NO_COLOR") == nil
        return BarometerJob(arguments: files, settings: settings, format: format, baselinePath: baseline.path,
                            colour: colour).execute()
    }
}
