/// Splits a command line into words: blanks separate words, `"…"` and `'…'` quote (a quoted
/// empty string is a word), and inside double quotes `\"` and `\\` escape. `;` is an ordinary
/// character; a line whose first non-blank character is `#` is a comment.
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
        var quote: Character?
        var escaped = false
        for c in line {
            if let q = quote {
                if escaped { current.append(c); escaped = false; continue }
                if q == "\"" && c == "\\" { escaped = true; continue }
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == " " || c == "\t" || c == "\r" || c == "\n" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else if c == "\"" || c == "'" {
                quote = c; inWord = true
            } else {
                current.append(c); inWord = true
            }
        }
        if inWord { words.append(current) }
        return (words, quote)
    }

    /// A word written so that `words` reads it back (quoted when it holds blanks or quotes).
    public static func quote(_ word: String) -> String {
        if !word.isEmpty && !word.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\\" }) {
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
