/// What the shell runs before its interactive loop, in order: the start-up file (`~/.erqirc`),
/// then `-c` commands, then the `-f` script. Each runs as a script (the first error stops it);
/// an error in the start-up file is reported and the shell starts anyway.
public struct ShellStartup: Equatable, Sendable {
    /// The start-up file to run when it exists; nil with `--no-init` or without a home folder.
    public var initFile: String?
    /// `-c 'CMD; CMD'`, split by `CommandSplitter`.
    public var commands: String?
    /// `-f FILE`.
    public var scriptFile: String?
    /// `-i`: go on to the interactive loop after `-c` or `-f`.
    public var stayInteractive: Bool

    public init(initFile: String?, commands: String?, scriptFile: String?, stayInteractive: Bool) {
        self.initFile = initFile; self.commands = commands; self.scriptFile = scriptFile
        self.stayInteractive = stayInteractive
    }

    /// `$HOME/.erqirc`, or nil with `noInit` or when `HOME` is unset or empty.
    public static func initFile(environment: [String: String], noInit: Bool) -> String? {
        guard !noInit, let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.erqirc"
    }

    /// Whether `-c` or `-f` was given (then no banner is shown).
    public var isScripted: Bool { commands != nil || scriptFile != nil }

    /// Runs the start-up file, `-c` and `-f` through `runner`, whose errors go to `sink`.
    /// Returns the exit status when the shell ends here, or nil when the interactive loop
    /// (or the piped input) comes next.
    public func run(_ runner: ShellRunner, sink: any OutputSink) -> Int32? {
        if let initFile, ShellFileSystem.exists(initFile), runner.run(file: initFile) != 0 {
            sink.writeError("erqi: \(initFile) stopped at its first error; the shell starts anyway\n")
        }
        if let commands {
            let status = runner.run(commands: CommandSplitter.split(commands), name: "-c")
            if status != 0 || (!stayInteractive && scriptFile == nil) { return status }
        }
        if let scriptFile {
            let status = runner.run(file: scriptFile)
            if status != 0 || !stayInteractive { return status }
        }
        return nil
    }
}
