import Foundation

/// Runs the interactive shell and returns its exit status. The lead wires libedit here.
func runInteractiveShell(options: ShellOptions) -> Int32 {
    FileHandle.standardError.write(Data("interactive shell: not wired yet\n".utf8))
    return 2
}
