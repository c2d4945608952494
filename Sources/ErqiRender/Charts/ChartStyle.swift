/// The characters a text chart may use.
public enum ChartCharset: String, CaseIterable, Equatable, Sendable {
    /// Eighth-block bars (▏▎▍▌▋▊▉█), ✓/✗ and box-drawing markers.
    case unicode
    /// Plain ASCII: `#` bars, `ok`/`MISS`, `|` markers; for LANG=C terminals and old printers.
    case ascii
}

/// How a text chart is drawn: its characters, its width in terminal cells and whether it may colour.
public struct ChartStyle: Equatable, Sendable {
    public var charset: ChartCharset
    /// The whole line's width in terminal cells (wide characters count two); at least 40 is used.
    public var width: Int
    /// ANSI colour: only on a terminal and never with NO_COLOR set (the caller decides).
    public var colour: Bool

    public init(charset: ChartCharset = .unicode, width: Int = 80, colour: Bool = false) {
        self.charset = charset; self.width = width; self.colour = colour
    }

    /// The charset a locale environment asks for: unicode when the first of LC_ALL, LC_CTYPE and
    /// LANG that is set and not empty names UTF-8, else ascii (LANG=C, POSIX, unset).
    public static func charset(environment: [String: String]) -> ChartCharset {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = environment[key], !v.isEmpty {
                let lower = v.lowercased()
                return lower.contains("utf-8") || lower.contains("utf8") ? .unicode : .ascii
            }
        }
        return .ascii
    }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string.
    public static func colour(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
