import ArgumentParser
import ErqiBatch
import ErqiFiles
import ErqiRender
import Foundation

/// `erqi montecarlo FILE... -n N [--seed S] [--format table|json|csv] [--output FILE]`.
struct MonteCarloCommand: StreamingCommand {
    static let configuration = CommandConfiguration(
        commandName: "montecarlo",
        abstract: "Draw the uncertain inputs many times: how likely is each goal to be met?",
        discussion: """
            Each draw samples every uncertain input (the baseline's and the scenario's \
            `uncertainty`) and evaluates the scenario. Reported: each goal's probability with \
            its 95 % interval, percentiles of the outputs, the drivers by rank correlation, and \
            invalid draws with their most frequent reason. The same N and seed give the same \
            figures on any number of cores. On a terminal a progress line is shown on standard \
            error; Ctrl-C stops the run and reports the draws done, marked partial \
            (docs/ANALYSIS.md).
            """)

    @Argument(help: ArgumentHelp("Scenario files.", valueName: "scenario"))
    var files: [String]

    @Option(name: .customShort("n"), help: ArgumentHelp("Draws per scenario.", valueName: "draws"))
    var draws: Int = 10_000

    @Option(help: ArgumentHelp("The seed: the same seed and N give the same figures.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(help: "Output format: table, json or csv (one row per draw).")
    var format: OutputFormat = .table

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var outputPath: String?

    @OptionGroup var baseline: BaselineOption

    var job: MonteCarloJob {
        MonteCarloJob(files: files, draws: draws, seed: seed, format: format, outputPath: outputPath, baselinePath: baseline.path)
    }

    func outcome() -> BatchOutcome { job.execute() }

    func stream(to output: any ByteSink, warn: (String) -> Void) -> BatchOutcome {
        Interrupt.install()
        let onTerminal = isatty(2) == 1
        let outcome = job.stream(to: output, warn: warn, isCancelled: { Interrupt.requested },
                                 progress: { done, total in
                                     guard onTerminal else { return }
                                     let text = "\rmontecarlo: \(done) of \(total) draws"
                                     FileHandle.standardError.write(Data(text.utf8))
                                 })
        if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return outcome
    }
}

/// Ctrl-C during a long batch run: the first sets a flag that the run polls between chunks.
enum Interrupt {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var requested: Bool { flag != 0 }

    static func install() {
        signal(SIGINT) { _ in Interrupt.flag = 1 }
    }
}
