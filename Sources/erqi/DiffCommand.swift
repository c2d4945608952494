import ArgumentParser
import ErqiBatch
import ErqiRender

/// `erqi diff A B`.
struct DiffCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how scenario B's inputs differ from A's.",
        discussion: """
            Measures added and removed, fields changed with both values, assumptions and options, \
            after merging each file's extends chain. Prints "no differences" when there are none; \
            exits 0 either way.
            """)

    @Argument(help: ArgumentHelp("The scenario before.", valueName: "a"))
    var fileA: String

    @Argument(help: ArgumentHelp("The scenario after.", valueName: "b"))
    var fileB: String

    @Option(help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        DiffJob(fileA: fileA, fileB: fileB, format: format, baselinePath: baseline.path).execute()
    }
}
