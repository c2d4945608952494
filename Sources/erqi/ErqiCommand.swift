public import ArgumentParser
import ErqiBatch
import ErqiRender

/// The root command: `erqi` with no subcommand opens the shell.
struct ErqiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erqi",
        abstract: "Scenario simulator for the Erqi District (二七区) 2015 energy-saving plan.",
        discussion: """
            With no subcommand (or with `shell`) erqi opens the interactive shell. The other \
            subcommands work on scenario files (scenarios/*.json) in batch.

            Shell: erqi [--baseline FILE] [-c 'CMD; CMD'] [-f FILE] [-i] [--no-init]
              -c runs the commands and exits, -f runs a script file, -i stays interactive
              afterwards; ~/.erqirc runs first unless --no-init. History is kept in
              $ERQI_HISTORY, else $XDG_STATE_HOME/erqi/history (~/.local/state/erqi/history).

            Exit status:
              0  success
              1  fmt --check: some files are not in canonical form
              2  bad input: a file, an argument or a script error
              3  check: a goal is missed in some scenario

            On status 2 the message on standard error names the file and the JSON path; \
            nothing is printed on standard output and no file is written.
            """,
        subcommands: [ShellCommand.self, RunCommand.self, CheckCommand.self, SweepCommand.self, SolveCommand.self,
                      CompareCommand.self, DiffCommand.self, FmtCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}

/// A subcommand that runs as a batch job and returns its outcome.
protocol BatchCommand: ParsableCommand {
    func outcome() -> BatchOutcome
}

/// `--baseline FILE`, shared by every subcommand.
struct BaselineOption: ParsableArguments {
    @Option(name: .customLong("baseline"), help: ArgumentHelp("A baseline file instead of the embedded one.", valueName: "file"))
    var path: String?
}

extension OutputFormat: ExpressibleByArgument {}
