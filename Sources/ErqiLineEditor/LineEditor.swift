import CLibedit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor on libedit's readline-compatible API: a prompt, emacs keys, history with
/// Ctrl-R search, and Tab completion.
///
/// libedit's readline API is a process-wide singleton: create one `LineEditor` and use it from
/// one thread. Call `TerminalLocale.configure()` and `Interrupts.install()` first, or non-ASCII
/// input is dropped and Ctrl-C kills the process.
///
/// When standard input or output is not a terminal (`Terminal.isInteractive` is false),
/// `readLine(prompt:)` reads plain lines from standard input without printing the prompt.
public final class LineEditor {
    /// Called on Tab: `before` is the text of the line before the word being completed,
    /// `word` the partial word (words are separated by blanks); returns the candidates (full
    /// words). One candidate replaces the word, followed by a space; several candidates extend
    /// the word to their common prefix and a second Tab lists them. nil completes nothing.
    public var completer: ((_ before: String, _ word: String) -> [String])?

    /// Why history is not persisted (directory or file not writable, file not in libedit's
    /// format), or nil when it is. History still works in memory.
    public var historyWarning: String? { history.warning }

    /// Warnings about history raised since the last call (an append that failed, a line too
    /// long to save), each kind once per session; show them to the user.
    public func takeHistoryWarnings() -> [String] { history.takeWarnings() }

    private let history: HistoryFile

    /// historyPath: libedit-format history file (its own file, created with parent dirs if
    /// missing); nil = no history file. historyLimit: the most entries kept in memory and in
    /// the file (trimmed atomically whenever it grows past that).
    public init(programName: String, historyPath: String?, historyLimit: Int = 5000) {
        // libedit keeps the pointer (and keys ~/.editrc on it): hand it a malloc'ed copy.
        erqi_rl_set_readline_name(strdup(programName))
        // Before rl_initialize (run by the history setup below): libedit wires the key reader then.
        erqi_rl_set_getc_function(KeyReader.function)
        erqi_rl_use_blank_word_breaks()
        erqi_rl_set_completion_append_character(Int32(UInt8(ascii: " ")))
        activateCompleter(nil)
        history = HistoryFile(path: historyPath, limit: historyLimit)
    }

    /// Shows the prompt and reads one line with emacs keys, Ctrl-R search and Tab completion.
    ///
    /// On `.interrupted` (Ctrl-C) and `.endOfInput` (Ctrl-D on an empty line) a newline has
    /// already been written, so the caller's next output starts on a fresh line. Clears
    /// `Interrupts` on entry, and again when reporting `.interrupted`.
    public func readLine(prompt: String) -> LineInput {
        Interrupts.clear()
        guard Terminal.isInteractive else { return readPlainLine() }
        activateCompleter(completer)
        defer { activateCompleter(nil) }
        guard let raw = readline(prompt) else {
            let interrupted = Interrupts.consume()
            erqi_stdout_write("\n")
            return interrupted ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    /// Adds an accepted line to history and appends it to the history file at once (so a crash
    /// loses nothing); skips blank lines and immediate repeats.
    public func addHistory(_ line: String) {
        history.add(line)
    }

    /// Without a terminal: one plain line from standard input, no prompt, no editing.
    private func readPlainLine() -> LineInput {
        if let line = Swift.readLine(strippingNewline: true) {
            return .line(line)
        }
        erqi_stdin_clear_error()
        return Interrupts.consume() ? .interrupted : .endOfInput
    }
}
