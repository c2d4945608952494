import ArgumentParser
import ErqiBatch

/// `erqi fmt FILE... [--check]`.
struct FmtCommand: BatchCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite scenario files in canonical form (sorted keys, two-space indent).",
        discussion: """
            Only files whose text changes are rewritten, each atomically. With --check nothing is \
            written: files not in canonical form are listed and erqi exits 1 if there are any. \
            A file that cannot be read exits 2 and no file is written.
            """)

    @Argument(help: ArgumentHelp("Scenario files, folders or patterns.", valueName: "file"))
    var files: [String]

    @Flag(help: "List files that are not canonical; exit 1 if any. Writes nothing.")
    var check = false

    func outcome() -> BatchOutcome {
        FormatJob(arguments: files, checkOnly: check).execute()
    }
}
