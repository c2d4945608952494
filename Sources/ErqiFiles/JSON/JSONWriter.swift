/// Writes JSON canonically: keys sorted (by UTF-8 bytes), two-space indent, `": "` between key
/// and value, every array element and object member on its own line, a final newline.
/// Non-ASCII text is written as is; only `"`, `\` and control characters are escaped.
public enum JSONWriter {
    /// The canonical multi-line text of `value`, ending in a newline.
    public static func canonical(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// The same canonical form on one line without spaces (for JSON Lines), no final newline.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out
    }

    /// A string as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 {
                    out += "\\u00" + hex(UInt8(u.value)).lowercased()
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
        return out
    }

    /// Object members in canonical order.
    static func sorted(_ members: [(key: String, value: JSONValue)]) -> [(key: String, value: JSONValue)] {
        members.enumerated().sorted { a, b in
            if a.element.key.utf8.elementsEqual(b.element.key.utf8) { return a.offset < b.offset }
            return a.element.key.utf8.lexicographicallyPrecedes(b.element.key.utf8)
        }.map(\.element)
    }

    static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            let inner = String(repeating: " ", count: indent + 2)
            out += "{\n"
            for (i, m) in sorted(members).enumerated() {
                if i > 0 { out += ",\n" }
                out += inner + quoted(m.key) + ": "
                write(m.value, indent: indent + 2, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            let inner = String(repeating: " ", count: indent + 2)
            out += "[\n"
            for (i, e) in elements.enumerated() {
                if i > 0 { out += ",\n" }
                out += inner
                write(e, indent: indent + 2, into: &out)
            }
            out += "\n" + String(repeating: " ", count: indent) + "]"
        default:
            writeScalar(value, into: &out)
        }
    }

    static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .object(let members):
            out += "{"
            for (i, m) in sorted(members).enumerated() {
                if i > 0 { out += "," }
                out += quoted(m.key) + ":"
                writeCompact(m.value, into: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (i, e) in elements.enumerated() {
                if i > 0 { out += "," }
                writeCompact(e, into: &out)
            }
            out += "]"
        default:
            writeScalar(value, into: &out)
        }
    }

    static func writeScalar(_ value: JSONValue, into out: inout String) {
        switch value {
        case .string(let s): out += quoted(s)
        case .number(let v): out += JSONNumberText.format(v)
        case .bool(let b): out += b ? "true" : "false"
        case .null, .object, .array: out += "null"
        }
    }
}
