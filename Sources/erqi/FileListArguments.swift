/// ArgumentParser's cost grows with the square of the argument count (40,000 file names took
/// about a minute), so for the commands whose positionals are a file list (`run`, `check`,
/// `fmt`) a long list is taken out before parsing: the parser sees the options and the first
/// file, and the command gets the whole list afterwards. Options are recognised exactly as
/// the parser would (`--opt value`, `--opt=value`, `--` ending options), so the result is the
/// same as parsing everything.
enum FileListArguments {
    /// Below this many arguments the parser is fast enough on its own.
    static let threshold = 256

    /// Options that take a value, per command.
    static let valueOptions: [String: Set<String>] = [
        "run": ["--format", "--set", "--output", "--baseline"],
        "check": ["--set", "--baseline"],
        "fmt": [],
    ]

    /// The arguments to parse and the full file list, or nil to parse `arguments` as they are.
    static func split(_ arguments: [String]) -> (parse: [String], files: [String])? {
        guard arguments.count > threshold, let command = arguments.first,
              let takesValue = valueOptions[command] else { return nil }
        var parse = [command]
        var files: [String] = []
        var i = 1
        var optionsEnded = false
        while i < arguments.count {
            let a = arguments[i]
            if optionsEnded || a == "-" || !a.hasPrefix("-") {
                files.append(a)
            } else if a == "--" {
                optionsEnded = true
            } else {
                parse.append(a)
                if takesValue.contains(a), i + 1 < arguments.count {
                    parse.append(arguments[i + 1])
                    i += 1
                }
            }
            i += 1
        }
        guard let first = files.first else { return nil }
        // A first file that looks like an option must stay after `--` for the parser.
        parse += first.hasPrefix("-") ? ["--", first] : [first]
        return (parse, files)
    }

    /// `command` with its file list replaced by `files`.
    static func withFiles(_ command: any BatchCommand, _ files: [String]) -> any BatchCommand {
        switch command {
        case var c as RunCommand: c.files = files; return c
        case var c as CheckCommand: c.files = files; return c
        case var c as FmtCommand: c.files = files; return c
        default: return command
        }
    }
}
