/// Line and column (both from 1; columns in Unicode scalars) of a byte offset.
enum TextPosition {
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1; column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}

/// Two uppercase hex digits.
func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
}

/// Four uppercase hex digits.
func hex4(_ v: UInt32) -> String {
    hex(UInt8((v >> 8) & 0xFF)) + hex(UInt8(v & 0xFF))
}
