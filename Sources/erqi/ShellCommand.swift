import ArgumentParser

/// `erqi [shell] [--baseline FILE] [-c 'CMD; CMD'] [-f FILE] [-i] [--no-init]`.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the interactive shell (the default).")

    @OptionGroup var baseline: BaselineOption

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (separated by ';') and exit.", valueName: "commands"))
    var commands: String?

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the commands in this script file and exit.", valueName: "file"))
    var scriptFile: String?

    @Flag(name: .customShort("i"), help: "Stay interactive after -c or -f.")
    var stayInteractive = false

    @Flag(name: .customLong("no-init"), help: "Do not read the start-up file.")
    var noInit = false

    var options: ShellOptions {
        ShellOptions(baselinePath: baseline.path, commands: commands, scriptFile: scriptFile,
                     stayInteractive: stayInteractive, noInit: noInit)
    }
}
