/// The quoting rules every shell line is read with, one character at a time: `"…"` and `'…'`
/// quote, and inside double quotes `\` escapes the next character. `WordSplitter` (words of a
/// line) and `CommandSplitter` (commands of `-c`) both read through it, so they agree on
/// where a quote opens and closes.
struct QuoteScanner {
    /// What a character is to the reader.
    enum Role: Equatable {
        /// Outside quotes: a blank, a `;` or part of a word, as the reader decides.
        case plain
        /// A quote that opens or closes quoted text (not part of the word).
        case quoteMark
        /// A `\` inside double quotes that escapes the next character (not part of the word).
        case escape
        /// Quoted text, or an escaped character: part of the word as it is.
        case quoted
    }

    /// The quote still open after the characters read so far, if any.
    private(set) var openQuote: Character?
    private var escaping = false

    /// The role of `c`, the next character of the line.
    mutating func read(_ c: Character) -> Role {
        if let quote = openQuote {
            if escaping { escaping = false; return .quoted }
            if quote == "\"" && c == "\\" { escaping = true; return .escape }
            if c == quote { openQuote = nil; return .quoteMark }
            return .quoted
        }
        if c == "\"" || c == "'" { openQuote = c; return .quoteMark }
        return .plain
    }
}
