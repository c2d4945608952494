/// The result of one `LineEditor.readLine(prompt:)`.
public enum LineInput: Equatable, Sendable {
    /// An accepted line, without its newline. It may be empty or blank.
    case line(String)
    /// Ctrl-C was pressed while the line was being edited; the partial line is discarded.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or standard input closed.
    case endOfInput
}
