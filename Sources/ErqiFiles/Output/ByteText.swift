/// Text built straight into UTF-8 bytes: what the fast writers (results as JSON, JSON Lines and
/// CSV) append to, without an intermediate `String` per object or per number.
///
/// Numbers are written exactly as `JSONNumberText.format` (JSON) and `formatNumber` (CSV) write
/// them; JSON strings are escaped as `JSONWriter.quoted` escapes them.
public struct ByteText: TextOutputStream, Sendable {
    /// The UTF-8 bytes written so far.
    public var bytes: [UInt8]

    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Number of bytes written.
    public var count: Int { bytes.count }

    /// Forgets the bytes but keeps the storage.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// One byte.
    @inlinable public mutating func append(byte: UInt8) { bytes.append(byte) }

    /// A literal's bytes (keys, punctuation).
    public mutating func append(_ s: StaticString) {
        if s.hasPointerRepresentation {
            bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        } else {
            append(s.description)
        }
    }

    /// A string's UTF-8 bytes, unescaped.
    public mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `TextOutputStream`: a string's UTF-8 bytes.
    public mutating func write(_ string: String) { append(string) }

    /// `TextOutputStream`'s ASCII fast path: `Double.write(to:)` hands its digits here, so no
    /// `String` is made for them.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// `count` spaces.
    public mutating func appendSpaces(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }

    /// An integer in decimal.
    public mutating func append(integer v: Int64) {
        if v == 0 { bytes.append(0x30); return }
        if v < 0 { bytes.append(0x2D) }
        var magnitude = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits
        let count = withUnsafeMutableBytes(of: &digits) { raw -> Int in
            var n = 0
            while magnitude > 0 {
                raw[23 - n] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                n += 1
            }
            bytes.append(contentsOf: raw[(24 - n)...])
            return n
        }
        _ = count
    }

    /// A number as `formatNumber` writes it: whole values below 1e15 as integers, others as
    /// Swift's shortest round-trip text (`nan`, `inf` for those).
    public mutating func append(number v: Double) {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 {
            append(integer: Int64(v))
        } else {
            v.write(to: &self)
        }
    }

    /// A number as `JSONNumberText.format` writes it (`null` for NaN and infinities).
    public mutating func append(jsonNumber v: Double) {
        if v.isFinite { append(number: v) } else { append("null") }
    }

    /// `true` or `false`.
    public mutating func append(bool b: Bool) { append(b ? "true" : "false") }

    /// A JSON string literal, escaped as `JSONWriter.quoted` escapes.
    public mutating func append(jsonString s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(0x22)
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                start = i + 1
                bytes.append(0x5C)
                switch b {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
            bytes.append(0x22)
        }
    }

    /// A CSV field (RFC 4180): quoted, with `"` doubled, when it holds a comma, quote or line break.
    public mutating func append(csvField s: String) {
        var s = s
        s.withUTF8 { utf8 in
            let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else { bytes.append(contentsOf: utf8); return }
            bytes.append(0x22)
            for b in utf8 {
                if b == 0x22 { bytes.append(0x22) }
                bytes.append(b)
            }
            bytes.append(0x22)
        }
    }
}
