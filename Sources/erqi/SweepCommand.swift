import ArgumentParser
import ErqiBatch
import ErqiFiles
import ErqiRender

/// `erqi sweep SCENARIO --vary ID.FIELD=FROM:TO:STEP [--vary ...] [--format F]`.
struct SweepCommand: StreamingCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Evaluate a scenario over a grid of field or assumption values.",
        discussion: """
            Each --vary steps a measure field (ID.FIELD) or an assumption (a parameter key) from \
            FROM to TO, both included: round((TO-FROM)/STEP)+1 points. Several --vary make the \
            grid of every combination, one row per point with the headline outputs.
            """)

    @Argument(help: ArgumentHelp("The scenario file.", valueName: "scenario"))
    var file: String

    @Option(name: .customLong("vary"), help: ArgumentHelp("KEY=FROM:TO:STEP; repeatable.", valueName: "key=from:to:step"))
    var axes: [String] = []

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting applied before the sweep (as in run); repeatable.", valueName: "key=value"))
    var settings: [String] = []

    @Option(help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var outputPath: String?

    @OptionGroup var baseline: BaselineOption

    var job: SweepJob {
        SweepJob(file: file, axes: axes, settings: settings, format: format, baselinePath: baseline.path,
                 outputPath: outputPath)
    }

    func outcome() -> BatchOutcome { job.execute() }

    func stream(to output: any ByteSink, warn: (String) -> Void) -> BatchOutcome { job.stream(to: output, warn: warn) }
}
