/// Writes RFC 4180 CSV that pandas and spreadsheets read back unchanged.
public struct CSVWriter: Sendable {
    /// Line ends and byte-order mark.
    public struct Style: Equatable, Sendable {
        /// A UTF-8 byte-order mark first, so that Excel on a Chinese Windows reads UTF-8, not GBK.
        public var byteOrderMark: Bool
        /// `\r\n` line ends instead of `\n`.
        public var crlf: Bool

        public init(byteOrderMark: Bool, crlf: Bool) { self.byteOrderMark = byteOrderMark; self.crlf = crlf }

        /// LF, no BOM: for pandas, scripts and diffs.
        public static let plain = Style(byteOrderMark: false, crlf: false)
        /// BOM and CRLF: for Excel.
        public static let excel = Style(byteOrderMark: true, crlf: true)
    }

    public var style: Style

    public init(style: Style = .plain) { self.style = style }

    /// The header and rows as CSV text; every line, the last too, ends with a line end.
    public func text(header: [String], rows: [[String]]) -> String {
        let eol = style.crlf ? "\r\n" : "\n"
        var out = style.byteOrderMark ? "\u{FEFF}" : ""
        out += header.map(Self.field).joined(separator: ",") + eol
        for row in rows { out += row.map(Self.field).joined(separator: ",") + eol }
        return out
    }

    /// A field, quoted when it holds a comma, quote, line break or starts or ends with a space
    /// (which some readers trim); quotes inside are doubled.
    public static func field(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        var out = "\""
        for ch in s { if ch == "\"" { out += "\"\"" } else { out.append(ch) } }
        return out + "\""
    }
}
