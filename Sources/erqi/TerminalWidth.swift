import ErqiRender
import Foundation

/// What the shell's charts need from the process: the terminal's width, colour and charset.
enum ChartEnvironment {
    /// Columns of the terminal on standard output, or nil when it is not a terminal.
    static func width() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }

    /// The style at start-up: charset from the locale variables, width from the terminal or
    /// COLUMNS (else 80), colour only on a terminal without NO_COLOR.
    static func style(_ environment: [String: String]) -> ChartStyle {
        let columns = width() ?? environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 80
        return ChartStyle(charset: ChartStyle.charset(environment: environment), width: columns,
                          colour: ChartStyle.colour(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment))
    }
}
