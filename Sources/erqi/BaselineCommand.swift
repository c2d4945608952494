public import ArgumentParser
public import ErqiBatch
public import ErqiFiles
import ErqiRender

/// `erqi baseline export|import|check|diff`: the baseline as spreadsheets and back.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Export the baseline to spreadsheets, import figures back, check and compare baselines.",
        subcommands: [BaselineExportCommand.self, BaselineImportCommand.self, BaselineCheckCommand.self,
                      BaselineDiffCommand.self])
}

extension BaselineExportJob.Format: ExpressibleByArgument {}
extension BaselineTable.Section: ExpressibleByArgument {}

/// `erqi baseline export`.
struct BaselineExportCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the baseline's parameters, sources and townships as CSV or JSON.",
        discussion: """
            CSV has one row per parameter: key, value, unit, source, note. With -o x.csv the \
            sources and townships go beside it, to x.sources.csv and x.townships.csv; without -o \
            the table named by --section goes to standard output. --excel writes UTF-8 with a \
            byte-order mark and CRLF line ends, which Excel on a Chinese Windows opens correctly. \
            JSON holds all three sections in one document.
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (and its .sources.csv, .townships.csv).", valueName: "file"))
    var output: String?

    @Option(help: "csv or json.")
    var format: BaselineExportJob.Format = .csv

    @Flag(help: "UTF-8 with BOM and CRLF line ends, for Excel.")
    var excel = false

    @Option(help: "The CSV table for standard output: parameters, sources or townships.")
    var section: BaselineTable.Section = .parameters

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        BaselineExportJob(baselinePath: baseline.path, outputPath: output, format: format, excel: excel,
                          section: section).execute()
    }
}

/// `erqi baseline import`.
struct BaselineImportCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Put a CSV table's values onto a baseline and write the new baseline.",
        discussion: """
            The CSV needs the columns key and value; unit, source and note are optional. A unit \
            other than the parameter's is converted when erqi knows how (万tce/tce, kWh/MWh/万kWh/GWh), \
            else refused. With --source each changed value is credited to that source (added to \
            the baseline with --source-title if new). Every problem is reported with its row and \
            column and nothing is written while there is any. UTF-8 (with or without BOM) and \
            GBK/GB18030 files are read.
            """)

    @Argument(help: ArgumentHelp("The CSV table.", valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp("The baseline to update.", valueName: "baseline"))
    var onto: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the new baseline here (atomically); standard output if absent.", valueName: "new"))
    var output: String?

    @Option(help: ArgumentHelp("Credit changed values to this source id.", valueName: "id"))
    var source: String?

    @Option(name: .customLong("source-title"), help: ArgumentHelp("The title of a new --source.", valueName: "text"))
    var sourceTitle: String?

    @Option(name: .customLong("source-confidence"), help: ArgumentHelp("Confidence of a new --source, A (primary) … E.", valueName: "grade"))
    var sourceConfidence: String = "A"

    func validate() throws {
        if source == nil && sourceTitle != nil { throw ValidationError("--source-title needs --source ID") }
    }

    func outcome() -> BatchOutcome {
        BaselineImportJob(csvPath: file, ontoPath: onto, outputPath: output,
                          source: source.map { BaselineImport.NewSource(id: $0, title: sourceTitle, confidence: sourceConfidence) })
            .execute()
    }
}

/// `erqi baseline check`.
struct BaselineCheckCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem of a baseline file (exit 2), or its summary and the estimates left (exit 0).")

    @Argument(help: ArgumentHelp("The baseline file.", valueName: "file"))
    var file: String

    func outcome() -> BatchOutcome { BaselineCheckJob(path: file).execute() }
}

/// `erqi baseline diff`.
struct BaselineDiffCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "The parameters that differ from baseline A to B, and how a scenario's headline figures and verdicts move.")

    @Argument(help: ArgumentHelp("The baseline before.", valueName: "a"))
    var fileA: String

    @Argument(help: ArgumentHelp("The baseline after.", valueName: "b"))
    var fileB: String

    @Option(help: ArgumentHelp("The scenario projected on both.", valueName: "file"))
    var scenario: String = "scenarios/plan-2015.json"

    @Option(help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    func outcome() -> BatchOutcome {
        BaselineDiffJob(pathA: fileA, pathB: fileB, scenarioPath: scenario, format: format).execute()
    }
}
