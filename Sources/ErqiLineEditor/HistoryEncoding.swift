/// libedit's history file format (`_HiStOrY_V2_`): a header line, then one entry per line,
/// encoded with `strvis(3)` and decoded by libedit with `strunvis(3)`.
enum HistoryEncoding {
    /// The first line of every libedit history file.
    static let header = "_HiStOrY_V2_\n"

    /// One entry as a line of the file (without its newline): a backslash becomes `\\`, spaces
    /// and control characters become three-digit octal escapes (`\040`, `\011`, `\012`),
    /// every other byte (UTF-8 included) stays as it is — as libedit itself writes them.
    static func encode(_ line: String) -> [UInt8] {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(line.utf8.count)
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "\\"):
                encoded += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0...0x20, 0x7f:
                encoded.append(UInt8(ascii: "\\"))
                for shift in [6, 3, 0] {
                    encoded.append(UInt8(ascii: "0") + ((byte >> UInt8(shift)) & 0o7))
                }
            default:
                encoded.append(byte)
            }
        }
        return encoded
    }
}
