#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a CSV file into text: UTF-8 (with or without a BOM), or GB18030 (of which
/// GBK is a subset), which is what Excel on a Chinese Windows writes when asked for plain "CSV".
/// Any other encoding is refused with a message saying how to save the file as UTF-8.
public enum CSVText {
    /// The encoding a file was read in.
    public enum Encoding: String, Equatable, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// How to get a UTF-8 file out of Excel or a shell; part of every refusal.
    public static let saveAsUTF8Advice =
        "save it as UTF-8: in Excel, File > Save As > \"CSV UTF-8 (逗号分隔)(*.csv)\"; or convert it with `iconv -f GB18030 -t UTF-8 FILE > NEW.csv`"

    /// The decoded text and its encoding.
    public static func decode(_ bytes: [UInt8], file: String) throws(FileErrors) -> (text: String, encoding: Encoding) {
        guard let bad = UTF8Check.firstInvalidOffset(bytes) else {
            return (String(decoding: bytes, as: UTF8.self), .utf8)
        }
        if looksLikeGB18030(bytes) {
            if let text = convertFromGB18030(bytes) { return (text, .gb18030) }
            throw FileErrors(file: file, path: "byte \(bad)",
                             message: "the file looks like GBK/GB18030 (Excel's \"CSV\" on a Chinese Windows), which this system cannot decode; " + saveAsUTF8Advice)
        }
        throw FileErrors(file: file, path: "byte \(bad)",
                         message: "the file is neither UTF-8 nor GBK/GB18030 (byte 0x\(hex(bytes[bad]))); " + saveAsUTF8Advice)
    }

    /// True when every non-ASCII byte belongs to a well-formed GB18030 two- or four-byte sequence.
    public static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        var sawDoubleByte = false
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81, b <= 0xFE, i + 1 < n else { return false }
            let t = bytes[i + 1]
            if (0x40...0x7E).contains(t) || (0x80...0xFE).contains(t) {
                sawDoubleByte = true; i += 2; continue
            }
            if (0x30...0x39).contains(t), i + 3 < n,
               (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) {
                sawDoubleByte = true; i += 4; continue
            }
            return false
        }
        return sawDoubleByte
    }

    /// GB18030 → UTF-8 through the C library's iconv; nil when iconv lacks GB18030 or the bytes
    /// do not convert completely.
    static func convertFromGB18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let outCapacity = output.count
        var ok = false
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outCapacity
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                ok = r != -1 && inLeft == 0
                produced = outCapacity - outLeft
            }
        }
        guard ok else { return nil }
        let utf8 = output[0..<produced].map { UInt8(bitPattern: $0) }
        guard UTF8Check.firstInvalidOffset(utf8) == nil else { return nil }
        return String(decoding: utf8, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}
