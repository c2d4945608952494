import ErqiFiles
import ErqiModel
import ErqiShell

/// `erqi --version`: the program's version, then the embedded baseline's id and SHA-256.
enum VersionText {
    static func text() -> String {
        let id = (try? BaselineStore.embedded().id) ?? "unreadable"
        return "erqi \(ErqiVersion.current)\nbaseline \(id) (embedded) sha256 \(BaselineStore.embeddedSHA256)\n"
    }
}

/// `erqi --generate-man`: the man page, from the same help texts as `--help` and the shell's `help`.
enum ManPageText {
    static func text() -> String {
        let subcommands: [(String, String)] = ErqiCommand.configuration.subcommands.map {
            ($0.configuration.commandName ?? "", $0.helpMessage(columns: 80))
        }
        return ManPage.roff(version: ErqiVersion.current, rootHelp: ErqiCommand.helpMessage(columns: 80), subcommands: subcommands)
    }
}
