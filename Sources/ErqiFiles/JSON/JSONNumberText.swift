/// How numbers are written to and recognised in JSON text.
public enum JSONNumberText {
    /// Shortest text that reads back as `v`: whole values with |v| < 1e15 as integers (`15`),
    /// others as Swift's shortest round-trip description (`0.1`, `1e-05`, `1e+20`).
    /// JSON has no NaN or infinity; those are written as `null`.
    public static func format(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 {
            return String(Int64(v))
        }
        return "\(v)"
    }

    /// Whether `text` matches JSON's number grammar exactly
    /// (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`).
    public static func isValid(_ text: String) -> Bool {
        let scanner = NumberScanner(bytes: Array(text.utf8), start: 0)
        guard case .success(let end) = scanner.scan() else { return false }
        return end == text.utf8.count
    }
}

/// Scans one JSON number starting at `start`; shared by the parser and `JSONNumberText.isValid`.
struct NumberScanner {
    enum Failure: Error, Equatable {
        /// A grammar error at this byte offset, with what was expected there.
        case malformed(offset: Int, expected: String)
    }

    let bytes: [UInt8]
    let start: Int

    /// The offset just past the number, or where and why it is malformed.
    func scan() -> Result<Int, Failure> {
        var i = start
        func isDigit(_ j: Int) -> Bool { j < bytes.count && bytes[j] >= 0x30 && bytes[j] <= 0x39 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { return .failure(.malformed(offset: i, expected: "a digit")) }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) {
                return .failure(.malformed(offset: i, expected: "no leading zero"))
            }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else {
                return .failure(.malformed(offset: i, expected: "a digit after the decimal point"))
            }
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else {
                return .failure(.malformed(offset: i, expected: "a digit in the exponent"))
            }
            while isDigit(i) { i += 1 }
        }
        return .success(i)
    }
}
