extension Parser {
    mutating func parseString() throws(SyntaxError) -> String {
        pos += 1  // opening quote
        // Fast path: a string without escapes becomes a String straight from the file's bytes.
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: bytes[start..<(pos - 1)], as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            pos += 1
        }
        var out = Array(bytes[start..<pos])
        while true {
            guard pos < bytes.count else {
                throw SyntaxError(offset: pos, message: "unterminated string: expected '\"', got the end of the file")
            }
            let b = bytes[pos]
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &out)
            case 0x0A, 0x0D:
                throw SyntaxError(offset: pos, message: "unterminated string: a string may not span lines (write \\n)")
            case 0x00..<0x20:
                throw SyntaxError(offset: pos, message: "control character U+00\(hex(b)) must be escaped in a string")
            default:
                out.append(b)
                pos += 1
            }
        }
    }

    mutating func parseEscape(into out: inout [UInt8]) throws(SyntaxError) {
        let escapeStart = pos
        pos += 1
        guard pos < bytes.count else {
            throw SyntaxError(offset: pos, message: "unterminated string: expected an escape, got the end of the file")
        }
        let c = bytes[pos]
        pos += 1
        switch c {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                    throw SyntaxError(offset: escapeStart, message: "lone surrogate \\u\(hex4(scalar)): expected a low surrogate to follow")
                }
                pos += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw SyntaxError(offset: escapeStart, message: "lone surrogate \\u\(hex4(scalar)): expected a low surrogate to follow")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw SyntaxError(offset: escapeStart, message: "lone surrogate \\u\(hex4(scalar))")
            }
            guard let u = Unicode.Scalar(scalar) else {
                throw SyntaxError(offset: escapeStart, message: "invalid escape \\u\(hex4(scalar))")
            }
            out.append(contentsOf: Array(String(Character(u)).utf8))
        default:
            pos -= 1
            throw SyntaxError(offset: escapeStart,
                              message: "invalid escape '\\\(describeByte(c))' in string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count, let d = hexDigit(bytes[pos]) else {
                throw SyntaxError(offset: pos, message: "expected 4 hex digits after \\u, got \(describeHere())")
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }
}
