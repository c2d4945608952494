import ArgumentParser
import ErqiBatch
import ErqiFiles

/// `erqi check FILE...`.
struct CheckCommand: StreamingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 0 when every goal is met in every scenario, 3 when any is missed.",
        discussion: "Lists each scenario's missed goals on standard output. A bad file exits 2.")

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("set"), help: ArgumentHelp("A setting applied to every scenario (as in run); repeatable.", valueName: "key=value"))
    var settings: [String] = []

    @OptionGroup var baseline: BaselineOption

    var job: CheckJob { CheckJob(arguments: files, settings: settings, baselinePath: baseline.path) }

    func outcome() -> BatchOutcome { job.execute() }

    func stream(to output: ByteSink, warn: (String) -> Void) -> BatchOutcome { job.stream(to: output, warn: warn) }
}
