/// Makes text safe to show on a terminal: control characters that a file could carry (in a
/// title, a note, a measure id, a file name) and that a terminal would obey (OSC 0 window
/// titles, OSC 52 clipboard writes, CSI screen clearing, a carriage return overprinting a line)
/// are shown as escapes instead: ESC as `\e`, any other as `\u{HEX}` (BEL is `\u{7}`).
/// Newline and tab are kept; everything else passes unchanged.
public enum TerminalEscape {
    /// `text` with C0 controls (but newline and tab), DEL and C1 controls escaped.
    public static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) {
                out += scalar.value == 0x1B ? "\\e" : "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `escape` would change `text` (a fast scan of the UTF-8 bytes).
    public static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x0A, byte != 0x09 { return true }
            if byte == 0x7F { return true }
            // C1 controls U+0080…U+009F are encoded C2 80…C2 9F.
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            previous = byte
        }
        return false
    }

    static func isEscaped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
