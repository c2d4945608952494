import ArgumentParser
import ErqiBatch
import ErqiFiles
import ErqiRender

/// `erqi run FILE|DIR|GLOB... [--format F] [--set KEY=VALUE]... [--output FILE] [--baseline FILE]`.
struct RunCommand: StreamingCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Project scenarios and report their results.",
        discussion: """
            A name without '/' or '.json' that is not a file means scenarios/NAME.json, as in \
            the shell. A folder means its *.json files; a quoted pattern such as 'scenarios/*.json' is \
            expanded too. Scenarios are read and evaluated on every core; results keep the order \
            given. --format json prints an array of result objects, jsonl one per line, csv one \
            row per scenario (totals and each goal's value and met), table and markdown each \
            scenario's summary.
            """)

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "ID.FIELD=VALUE (a measure field), KEY=VALUE (an assumption), pv_accounting=offset|counted or actuals.KEY=VALUE (a year-to-date figure: actuals.through_month, actuals.energy_tce.SECTOR, actuals.value_added.SECTOR, actuals.source; none drops one), applied to every scenario; repeatable.",
        valueName: "key=value"))
    var settings: [String] = []

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var outputPath: String?

    @OptionGroup var baseline: BaselineOption

    var job: RunJob {
        RunJob(arguments: files, format: format, settings: settings, outputPath: outputPath, baselinePath: baseline.path)
    }

    func outcome() -> BatchOutcome { job.execute() }

    func stream(to output: any ByteSink, warn: (String) -> Void) -> BatchOutcome { job.stream(to: output, warn: warn) }
}
