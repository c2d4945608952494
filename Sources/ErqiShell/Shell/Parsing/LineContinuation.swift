/// A prompt line that ends in `\` outside quotes continues on the next line, as in a shell.
public enum LineContinuation {
    /// The prompt shown for a continued line.
    public static let prompt = "  ...> "

    /// `line` without its continuing `\` when it has one (outside quotes), else nil.
    public static func continued(_ line: String) -> String? {
        var scanner = QuoteScanner()
        var lastPlainBackslash = false
        for c in line {
            let role = scanner.read(c)
            lastPlainBackslash = role == .plain && c == "\\"
        }
        guard lastPlainBackslash, scanner.openQuote == nil else { return nil }
        return String(line.dropLast())
    }
}
