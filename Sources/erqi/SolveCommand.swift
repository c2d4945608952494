import ArgumentParser
import ErqiBatch
import ErqiRender

/// `erqi solve FILE --goal GOAL --vary TARGET [--range LO:HI] [--format table|json]`.
struct SolveCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the value of a measure field or assumption at which a goal starts to be met.",
        discussion: """
            GOAL is a goal id (intensity, cod_household, …, township.ID), district (every goal \
            that is not a township's) or all. TARGET is ID.FIELD, a parameter key, or \
            scale(ID,ID,...) multiplying the measures' sizes. Without --range the field's valid \
            range is searched, an open upper end by doubling until the goal changes or the model \
            refuses the value (docs/ANALYSIS.md).
            """)

    @Argument(help: ArgumentHelp("The scenario file.", valueName: "scenario"))
    var file: String

    @Option(help: ArgumentHelp("The goal to meet: a goal id, district or all.", valueName: "goal"))
    var goal: String

    @Option(name: .customLong("vary"), help: ArgumentHelp("ID.FIELD, a parameter key, or scale(ID,...).", valueName: "target"))
    var target: String

    @Option(help: ArgumentHelp("The values to search, LO:HI.", valueName: "lo:hi"))
    var range: String?

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var baseline: BaselineOption

    func outcome() -> BatchOutcome {
        SolveJob(file: file, goal: goal, target: target, range: range, format: format, baselinePath: baseline.path).execute()
    }
}
