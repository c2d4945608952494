import ArgumentParser
import ErqiBatch
import ErqiRender
import Foundation

/// `erqi sensitivity FILE [--output KEY] [--format table|json]`.
struct SensitivityCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "The tornado: how far each uncertain input alone moves an output.",
        discussion: """
            Each uncertain input is set to its 5th and its 95th percentile with every other \
            input central; rows are sorted by the swing of the output, largest first. KEY is \
            intensity_change (the default), energy_gap_tce, co2_2015_t, a water total \
            (cod_household_2015_t, …) or township.ID.intensity_change (docs/ANALYSIS.md).
            """)

    @Argument(help: ArgumentHelp("The scenario file.", valueName: "scenario"))
    var file: String

    @Option(name: .customLong("output"), help: ArgumentHelp("The output to explain.", valueName: "key"))
    var output: String = "intensity_change"

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        var style = ChartEnvironment.style(ProcessInfo.processInfo.environment)
        style.colour = false
        return SensitivityJob(file: file, output: output, format: format, baselinePath: baseline.path, style: style).execute()
    }
}
