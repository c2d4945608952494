public import ArgumentParser
import ErqiBatch
import ErqiFiles
public import ErqiRender

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
              $ERQI_HISTORY, else $XDG_STATE_HOME/erqi/history (~/.local/state/erqi/history):
              the newest $ERQI_HISTSIZE entries (default 5000), each at most 4096 bytes.

            erqi --version prints the version and the embedded baseline's id and SHA-256; \
            erqi --generate-completion-script bash|zsh|fish prints a completion script.

            Exit status:
              0  success
              1  fmt --check: some files are not in canonical form; or an output could not be written
              2  bad input: a file, an argument or a script error
              3  check: a goal is missed in some scenario

            Files read (scenarios, baselines, scripts) must be regular files, or standard input \
            named /dev/stdin, and at most 64 MiB; $ERQI_MAX_INPUT_BYTES sets another limit. \
            An output that cannot be written (a full disk, a closed stream) ends erqi with a \
            one-line message and status 1; a pipe whose reader has gone ends it as SIGPIPE does.

            On status 2 the message on standard error names the file and the JSON path and no \
            file is written. run and check write their results in windows of files as they go: \
            standard output then holds the results of the windows before the one with the \
            first bad file (nothing for batches of up to 256 files).
            """,
        subcommands: [ShellCommand.self, RunCommand.self, CheckCommand.self, SweepCommand.self, SolveCommand.self, MonteCarloCommand.self, SensitivityCommand.self,
                      CompareCommand.self, DiffCommand.self, FmtCommand.self,
                      ReportCommand.self, BaselineCommand.self, BarometerCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}

/// A subcommand that runs as a batch job and returns its outcome.
protocol BatchCommand: ParsableCommand {
    func outcome() -> BatchOutcome
}

/// A batch command that writes its output as it goes (window by window) rather than at the end.
protocol StreamingCommand: BatchCommand {
    func stream(to output: any ByteSink, warn: (String) -> Void) -> BatchOutcome
}

/// `--baseline FILE`, shared by every subcommand.
struct BaselineOption: ParsableArguments {
    @Option(name: .customLong("baseline"), help: ArgumentHelp("A baseline file instead of the embedded one.", valueName: "file"))
    var path: String?
}

extension OutputFormat: ExpressibleByArgument {}
