/// Makes text safe to show on a terminal: control characters that a file could carry (in a
/// title, a note, a measure id, a file name) and that a terminal would obey (OSC 0 window
/// titles, OSC 52 clipboard writes, CSI screen clearing, a carriage return overprinting a line)
/// are shown as escapes instead: ESC as `\e`, any other as `\u{HEX}` (BEL is `\u{7}`).
/// Newline and tab are kept; everything else passes unchanged.
///
/// Output for a terminal may keep colour (`keepingColour`): a select-graphic-rendition sequence,
/// `ESC [` digits and semicolons `m`, only changes the colour of what follows; it cannot move
/// the cursor, clear the screen, set the window title or write the clipboard, so erqi's own
/// colours (MISSED, met, the bars of a chart, the barometer's grades) pass and every other
/// sequence is still shown escaped.
public enum TerminalEscape {
    /// `text` escaped as `escape(_:)` does, but colour sequences (SGR) kept when `keepingColour`.
    public static func escape(_ text: String, keepingColour: Bool) -> String {
        guard keepingColour else { return escape(text) }
        guard needsEscaping(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar.value == 0x1B, let end = colourSequenceEnd(scalars, from: i) {
                for k in i...end { out.unicodeScalars.append(scalars[k]) }
                i = end + 1
                continue
            }
            if isEscaped(scalar) {
                out += scalar.value == 0x1B ? "\\e" : "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            i += 1
        }
        return out
    }

    /// The index of the `m` closing the colour sequence `ESC [ [0-9;]* m` that starts at `start`, or nil.
    static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var k = start + 2
        while k < scalars.count, k - start < 32 {
            let c = scalars[k]
            if c == "m" { return k }
            guard ("0"..."9").contains(c) || c == ";" else { return nil }
            k += 1
        }
        return nil
    }

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
