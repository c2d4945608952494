/// The man page `erqi(1)` in roff, made from the same texts as `erqi --help`, each
/// subcommand's `--help` and the shell's `help COMMAND`, so that it cannot drift from them.
/// `make man` writes it to docs/erqi.1.
public enum ManPage {
    /// The page: NAME, SYNOPSIS, the root help as DESCRIPTION, a section per subcommand, then
    /// every shell command with its usage and description.
    public static func roff(version: String, rootHelp: String, subcommands: [(name: String, help: String)]) -> String {
        var out = [".TH ERQI 1 \"\" \"erqi \(version)\" \"User Commands\"",
                   ".SH NAME", "erqi \\- what-if scenarios for the Erqi District (二七区) 2015 energy-saving plan",
                   ".SH SYNOPSIS",
                   ".B erqi", "[\\-\\-baseline FILE] [\\-c 'CMD; CMD'] [\\-f FILE] [\\-i] [\\-\\-no\\-init]", ".br",
                   ".B erqi", "run|check|sweep|compare|diff|fmt ...", ".br",
                   ".B erqi", "\\-\\-version | \\-\\-generate\\-completion\\-script bash|zsh|fish",
                   ".SH DESCRIPTION"]
        out += preformatted(rootHelp)
        out.append(".SH SUBCOMMANDS")
        for (name, help) in subcommands where !name.isEmpty {
            out += [".SS \(escape(name))"] + preformatted(help)
        }
        out.append(".SH SHELL COMMANDS")
        out += preformatted(HelpText.overview())
        for spec in Command.allCases.map(\.spec) {
            out += [".TP", ".B \(backslashes(spec.usage))", escape(spec.details)]
            if !spec.aliases.isEmpty { out += [".br", "Also: \(escape(spec.aliases.joined(separator: ", ")))."] }
        }
        out += [".SH FILES",
                "~/.erqirc runs before the first prompt; scenarios/NAME.json holds saved scenarios; history goes to $ERQI_HISTORY, else $XDG_STATE_HOME/erqi/history, else ~/.local/state/erqi/history.",
                ".SH ENVIRONMENT",
                "PAGER (else less \\-FRX) pages long output on a terminal; EDITOR (else VISUAL, else vi) is what `edit` opens; NO_COLOR turns colour off."]
        return out.joined(separator: "\n") + "\n"
    }

    /// Text kept as laid out (help texts are aligned columns).
    static func preformatted(_ text: String) -> [String] {
        [".nf"] + text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) } + [".fi"]
    }

    /// `\` as `\e`; a line starting with `.` or `'` protected with `\&`.
    static func escape(_ line: String) -> String {
        let s = backslashes(line)
        return s.hasPrefix(".") || s.hasPrefix("'") ? "\\&" + s : s
    }

    /// `\` as `\e`, for text after a request such as `.B`.
    static func backslashes(_ text: String) -> String {
        var s = ""
        for c in text { s += c == "\\" ? "\\e" : String(c) }
        return s
    }
}
