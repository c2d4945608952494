import CLibedit

/// Facts about the process's standard streams.
public enum Terminal {
    /// True when both standard input and standard output are terminals (`isatty(0) && isatty(1)`).
    ///
    /// Only then is libedit used; otherwise `LineEditor.readLine(prompt:)` reads plain lines.
    public static var isInteractive: Bool {
        erqi_stdio_is_terminal() != 0
    }

    /// Makes standard output line-buffered. Call it when not interactive, so that a program
    /// driving the shell through pipes sees each answer line at once instead of waiting forever
    /// for a full buffer.
    public static func useLineBufferedOutput() {
        erqi_stdout_line_buffered()
    }

    /// The size of the terminal on standard output in cells, asked anew at each call (the
    /// window may have been resized); nil when standard output is not a terminal.
    public static func size() -> (columns: Int, rows: Int)? {
        var columns: Int32 = 0, rows: Int32 = 0
        erqi_terminal_size(&columns, &rows)
        return columns > 0 && rows > 0 ? (Int(columns), Int(rows)) : nil
    }
}
