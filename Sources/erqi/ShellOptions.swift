/// How `erqi` (no subcommand) and `erqi shell` start the interactive shell.
struct ShellOptions: Equatable, Sendable {
    /// `--baseline FILE`; nil: the embedded baseline.
    var baselinePath: String?
    /// `-c 'CMD; CMD'`: commands to run first.
    var commands: String?
    /// `-f FILE`: a script of commands to run first.
    var scriptFile: String?
    /// `-i`: stay interactive after `-c` or `-f`.
    var stayInteractive: Bool
    /// `--no-init`: skip the start-up file.
    var noInit: Bool
}
