/// Splits the text of `erqi -c 'CMD; CMD'` into commands on each `;` outside quotes, with the
/// quoting rules of the prompt (`QuoteScanner`): `-c 'set a.note "x\"; y"'` is one command.
/// Each command keeps its quotes for `WordSplitter`; blanks around it are dropped, and so are
/// empty commands.
public enum CommandSplitter {
    /// The commands of `text`, in order.
    public static func split(_ text: String) -> [String] {
        var commands: [String] = []
        var current = ""
        var scanner = QuoteScanner()
        for c in text {
            if scanner.read(c) == .plain && c == ";" {
                commands.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        commands.append(current)
        return commands.map(trimmed).filter { !$0.isEmpty }
    }

    /// `command` without the blanks (spaces, tabs, other Unicode spaces; not newlines) around it.
    static func trimmed(_ command: String) -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = command.firstIndex(where: { !isBlank($0) }),
              let last = command.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(command[first...last])
    }
}
