import ArgumentParser
import ErqiShell
import Foundation

/// The one place that prints and exits: parse, run, write, map every failure to status 2.
let arguments = Array(CommandLine.arguments.dropFirst())
let command: ParsableCommand
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
case let batch as BatchCommand:
    let outcome = batch.outcome()
    Terminal.writeError(outcome.messages)
    Terminal.writeOut(outcome.output)
    exit(outcome.status.rawValue)
default:
    Terminal.writeOut(ErqiCommand.helpMessage() + "\n")
    exit(ExitStatus.success.rawValue)
}
