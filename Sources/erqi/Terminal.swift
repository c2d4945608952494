import ErqiFiles
import ErqiRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error, unbuffered and checked: a write that fails
/// ends erqi with a one-line message and status 1, or, for a pipe whose reader has gone, the
/// way a closed pipe conventionally ends a program (SIGPIPE, status 141 in a shell). Control
/// characters are shown escaped (`TerminalEscape`) so that no file can drive the terminal; JSON
/// output has none to escape, and `--output` files are written as they are.
enum Terminal {
    /// The status for an output that could not be written.
    static let ioFailureStatus: Int32 = 1

    static func writeOut(_ text: String) {
        if let failure = DescriptorWriter.write(TerminalEscape.escape(text, keepingColour: true), to: 1) { fail(failure, stream: "standard output") }
    }

    /// Each message on its own line, prefixed `erqi: ` unless it already names a file.
    static func writeError(_ messages: [String]) {
        guard !messages.isEmpty else { return }
        let text = messages.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        if let failure = DescriptorWriter.write(TerminalEscape.escape(text), to: 2) { fail(failure, stream: "standard error") }
    }

    /// Ends erqi after a failed write to `stream`.
    static func fail(_ failure: DescriptorWriter.Failure, stream: String) -> Never {
        switch failure {
        case .closedPipe:
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(128 + SIGPIPE)
        case .failed(let reason):
            // Standard error may be the stream that failed; then there is no one to tell.
            _ = DescriptorWriter.write("erqi: cannot write to \(stream): \(TerminalEscape.escape(reason))\n", to: 2)
            exit(ioFailureStatus)
        }
    }
}
