/// Splits a command line into words: blanks separate words, `"…"` and `'…'` quote (a quoted
/// empty string is a word), and inside double quotes `\"` and `\\` escape (`QuoteScanner`).
/// `;` is an ordinary character; a line whose first non-blank character is `#` is a comment.
public enum WordSplitter {
    /// The words of `line`; an unclosed quote is an error.
    public static func words(_ line: String) throws(ShellError) -> [String] {
        let (words, open) = scan(line)
        if let open { throw ShellError("unclosed \(open) quote") }
        return words
    }

    /// True for blank lines and `#` comments.
    public static func isBlankOrComment(_ line: String) -> Bool {
        let t = line.trimmingSpaces
        return t.isEmpty || t.hasPrefix("#")
    }

    /// The words, tolerating an unclosed quote (for completion), and the open quote if any.
    static func scan(_ line: String) -> (words: [String], openQuote: Character?) {
        var words: [String] = []
        var current = ""
        var inWord = false
        var scanner = QuoteScanner()
        for c in line {
            switch scanner.read(c) {
            case .quoted: current.append(c)
            case .escape: break
            case .quoteMark: inWord = true
            case .plain:
                if c == " " || c == "\t" || c == "\r" || c == "\n" {
                    if inWord { words.append(current); current = ""; inWord = false }
                } else {
                    current.append(c); inWord = true
                }
            }
        }
        if inWord { words.append(current) }
        return (words, scanner.openQuote)
    }

    /// A word written so that `words` reads it back, at the prompt and inside `-c` text (quoted
    /// when it is empty or holds a blank, a quote, a backslash, `;` or `#`).
    public static func quote(_ word: String) -> String {
        let special: (Character) -> Bool = { " \t\n\r\"'\\;#".contains($0) }
        if !word.isEmpty && !word.contains(where: special) {
            return word
        }
        var out = "\""
        for c in word {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }
}
