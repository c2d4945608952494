import ArgumentParser
import ErqiBatch
import ErqiRender

/// `erqi compare A B [C...] [--format F]`.
struct CompareCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios: inputs that differ, outputs side by side, goals met.",
        discussion: """
            The outputs table shows each scenario in a column and, for each after the first, its \
            difference to the first. --format markdown pastes into a briefing as is.
            """)

    @Argument(help: ArgumentHelp("Two or more scenario files, or names in ./scenarios (plan-2015).", valueName: "scenario"))
    var files: [String]

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting applied to every scenario (as in run); repeatable.", valueName: "key=value"))
    var settings: [String] = []

    @Option(help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @OptionGroup var baseline: BaselineOption

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError("compare needs at least two scenario files, got \(files.count)") }
    }

    func outcome() -> BatchOutcome {
        CompareJob(files: files, settings: settings, format: format, baselinePath: baseline.path).execute()
    }
}
