import ErqiFiles
import ErqiRender
#if canImport(Glibc)
import Glibc
#endif

/// Standard output for the streaming batch commands: bytes gathered into chunks and written with
/// checked writes. A failed write ends erqi as `Terminal.fail` says (status 1, or SIGPIPE for a
/// gone reader); on a terminal, control characters are shown escaped as in every output for people.
final class StandardOutputSink: ByteSink {
    private var buffer: [UInt8] = []
    private let chunkBytes = 1 << 20
    private let escapes = isatty(1) == 1

    init() { buffer.reserveCapacity(chunkBytes) }

    func write(_ bytes: [UInt8]) throws(FileErrors) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunkBytes { try flush() }
    }

    func flush() throws(FileErrors) {
        guard !buffer.isEmpty else { return }
        let bytes = escapes ? Array(TerminalEscape.escape(String(decoding: buffer, as: UTF8.self), keepingColour: true).utf8) : buffer
        buffer.removeAll(keepingCapacity: true)
        if let failure = DescriptorWriter.write(bytes, to: 1) { Terminal.fail(failure, stream: "standard output") }
    }
}
