import ArgumentParser
import ErqiBatch
import Foundation

/// The one place that prints and exits: parse, run, write, map every failure to status 2.
let arguments = Array(CommandLine.arguments.dropFirst())
let command: any ParsableCommand
do {
    command = try ErqiCommand.parseAsRoot(arguments)
} catch {
    let message = ErqiCommand.fullMessage(for: error)
    if ErqiCommand.exitCode(for: error) == .success {
        Terminal.writeOut(message.hasSuffix("\n") ? message : message + "\n")
        exit(ExitStatus.success.rawValue)
    }
    Terminal.writeError([message])
    exit(ExitStatus.badInput.rawValue)
}

switch command {
case let shell as ShellCommand:
    exit(runInteractiveShell(options: shell.options))
case let batch as any BatchCommand:
    let outcome = batch.outcome()
    Terminal.writeError(outcome.messages)
    Terminal.writeOut(outcome.output)
    exit(outcome.status.rawValue)
default:
    // ArgumentParser's own `help` command (also what `SUBCOMMAND --help` parses to) throws a
    // help request for the command it names; its message is that command's help.
    var help = command
    do { try help.run() } catch {
        let text = ErqiCommand.fullMessage(for: error)
        Terminal.writeOut(text.hasSuffix("\n") ? text : text + "\n")
    }
    exit(ExitStatus.success.rawValue)
}
