public import Foundation

/// A strict JSON parser (RFC 8259): UTF-8 only, no comments, no trailing commas, no NaN or
/// Infinity, no duplicate keys. Errors name the line and column (columns count characters).
public enum JSONParser {
    /// Nesting deeper than this is refused rather than risking the stack.
    public static let maximumDepth = 256

    /// Parses UTF-8 bytes; `file` names the source in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(FileErrors) -> JSONValue {
        var parser = Parser(bytes: bytes)
        do {
            return try parser.parseDocument()
        } catch {
            let (line, column) = TextPosition.lineAndColumn(of: error.offset, in: bytes)
            throw FileErrors(file: file, path: "line \(line), column \(column)", message: error.message)
        }
    }

    /// Parses text.
    public static func parse(_ text: String, file: String) throws(FileErrors) -> JSONValue {
        try parse(Array(text.utf8), file: file)
    }

    /// Parses file contents.
    public static func parse(_ data: Data, file: String) throws(FileErrors) -> JSONValue {
        try parse([UInt8](data), file: file)
    }
}

/// A syntax error at a byte offset.
struct SyntaxError: Error {
    var offset: Int
    var message: String
}

/// The parser's state over one document.
struct Parser {
    let bytes: [UInt8]
    var pos = 0
    var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            throw SyntaxError(offset: bad, message: "invalid UTF-8 (byte 0x\(hex(bytes[bad])))")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
        skipWhitespace()
        if pos >= bytes.count {
            throw SyntaxError(offset: pos, message: "the file is empty; expected a JSON value")
        }
        let value = try parseValue()
        skipWhitespace()
        if pos < bytes.count {
            throw SyntaxError(offset: pos, message: "expected the end of the file after the JSON value, got \(describeHere())")
        }
        return value
    }

    // MARK: Values

    mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard pos < bytes.count else {
            throw SyntaxError(offset: pos, message: "expected a value, got the end of the file")
        }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw SyntaxError(offset: pos, message: "NaN and Infinity are not allowed in JSON; expected a value")
        case UInt8(ascii: "+"):
            throw SyntaxError(offset: pos, message: "a number may not start with '+'")
        case UInt8(ascii: "."):
            throw SyntaxError(offset: pos, message: "a number needs a digit before the decimal point")
        case UInt8(ascii: "'"):
            throw SyntaxError(offset: pos, message: "strings need double quotes, got '")
        case UInt8(ascii: "/"):
            throw commentError()
        default:
            throw SyntaxError(offset: pos, message: "expected a value, got \(describeWord())")
        }
    }

    mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enterContainer()
        pos += 1
        var members: [(key: String, value: JSONValue)] = []
        // Where each key starts. Small objects find a repeated key by a linear scan (no hashing);
        // from `hashedFrom` members on, a dictionary does.
        var keyOffsets: [Int] = []
        var seen: [String: Int]?
        let hashedFrom = 16
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { pos += 1; depth -= 1; return .object(members) }
        // Room for a small object's members at once, rather than regrowing at 1, 2 and 4.
        members.reserveCapacity(8)
        keyOffsets.reserveCapacity(8)
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                if peek(UInt8(ascii: "/")) { throw commentError() }
                throw SyntaxError(offset: pos, message: "expected a string key in double quotes, got \(describeHere())")
            }
            let keyOffset = pos
            let key = try parseString()
            let repeated = seen.map { $0[key] } ?? members.firstIndex { $0.key == key }.map { keyOffsets[$0] }
            if let first = repeated {
                let (l, c) = TextPosition.lineAndColumn(of: first, in: bytes)
                throw SyntaxError(offset: keyOffset,
                                  message: "duplicate key \(JSONWriter.quoted(key)) (first at line \(l), column \(c))")
            }
            keyOffsets.append(keyOffset)
            if seen != nil {
                seen![key] = keyOffset
            } else if keyOffsets.count >= hashedFrom {
                var all: [String: Int] = [:]
                for (m, offset) in zip(members, keyOffsets) { all[m.key] = offset }
                all[key] = keyOffset
                seen = all
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                throw SyntaxError(offset: pos, message: "expected ':' after the key, got \(describeHere())")
            }
            pos += 1
            skipWhitespace()
            let value = try parseValue()
            members.append((key, value))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                let comma = pos
                pos += 1
                skipWhitespace()
                if peek(UInt8(ascii: "}")) {
                    throw SyntaxError(offset: comma, message: "trailing comma before '}'")
                }
                continue
            }
            if peek(UInt8(ascii: "}")) { pos += 1; depth -= 1; return .object(members) }
            if peek(UInt8(ascii: "/")) { throw commentError() }
            throw SyntaxError(offset: pos, message: "expected ',' or '}', got \(describeHere())")
        }
    }

    mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enterContainer()
        pos += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { pos += 1; depth -= 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                let comma = pos
                pos += 1
                skipWhitespace()
                if peek(UInt8(ascii: "]")) {
                    throw SyntaxError(offset: comma, message: "trailing comma before ']'")
                }
                continue
            }
            if peek(UInt8(ascii: "]")) { pos += 1; depth -= 1; return .array(elements) }
            if peek(UInt8(ascii: "/")) { throw commentError() }
            throw SyntaxError(offset: pos, message: "expected ',' or ']', got \(describeHere())")
        }
    }

    mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "I") {
            throw SyntaxError(offset: pos, message: "NaN and Infinity are not allowed in JSON; expected a value")
        }
        switch NumberScanner(bytes: bytes, start: start).scan() {
        case .failure(.malformed(let offset, let expected)):
            pos = offset
            throw SyntaxError(offset: offset, message: "expected \(expected) in the number, got \(describeHere())")
        case .success(let end):
            pos = end
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let value = Double(text), value.isFinite else {
                throw SyntaxError(offset: start, message: "number \(text) is out of range")
            }
            return value
        }
    }

    // MARK: Helpers

    mutating func enterContainer() throws(SyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw SyntaxError(offset: pos, message: "nesting deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    mutating func expectLiteral(_ word: String) throws(SyntaxError) {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else {
            throw SyntaxError(offset: pos, message: "expected a value, got \(describeWord())")
        }
        pos += w.count
    }

    func commentError() -> SyntaxError {
        SyntaxError(offset: pos, message: "comments are not allowed in JSON")
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    func peek(_ b: UInt8) -> Bool { pos < bytes.count && bytes[pos] == b }

    /// The character at `pos`, quoted, or "the end of the file".
    func describeHere() -> String {
        guard pos < bytes.count else { return "the end of the file" }
        var i = pos + 1
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        let s = String(decoding: bytes[pos..<i], as: UTF8.self)
        if let u = s.unicodeScalars.first, u.value < 0x20 { return "U+00\(hex(UInt8(u.value)))" }
        return "'\(s)'"
    }

    /// The bare word at `pos` (letters and digits), quoted, for bad literals like `True`.
    func describeWord() -> String {
        var i = pos
        while i < bytes.count, i - pos < 20,
              (bytes[i] >= 0x41 && bytes[i] <= 0x5A) || (bytes[i] >= 0x61 && bytes[i] <= 0x7A) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) {
            i += 1
        }
        if i == pos { return describeHere() }
        return "'\(String(decoding: bytes[pos..<i], as: UTF8.self))'"
    }

    func describeByte(_ b: UInt8) -> String {
        b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "U+00\(hex(b))"
    }

    func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
