/// Where a streaming command writes its output: standard output, a file written atomically, or
/// memory (the shell and the tests).
public protocol ByteSink: AnyObject {
    /// Appends `bytes`; a sink may hold them in a buffer until `flush()`.
    func write(_ bytes: [UInt8]) throws(FileErrors)
    /// Writes out whatever is buffered.
    func flush() throws(FileErrors)
}

/// A sink that keeps everything in memory.
public final class MemorySink: ByteSink {
    /// Every byte written.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: [UInt8]) throws(FileErrors) { self.bytes.append(contentsOf: bytes) }

    public func flush() throws(FileErrors) {}

    /// The bytes as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
