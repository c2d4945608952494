import CLibedit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads keys for libedit (installed as `rl_getc_function`), so that Ctrl-C always ends
/// `readline()`.
///
/// libedit's own reader retries or blocks again when a SIGINT arrives while it is busy rather
/// than blocked in `read` (e.g. Ctrl-C typed right after other keys), leaving the terminal in
/// cooked mode with the prompt stuck. This reader checks the interrupt flag before every wait,
/// race-free (`pselect` with SIGINT unblocked only during the wait), and reports end of input
/// once it is set, so `readline()` returns NULL and `readLine` reports `.interrupted`.
///
/// Keys are read from a descriptor of our own for the terminal, opened non-blocking (a separate
/// open file description, so standard input's flags, shared with the parent shell, stay
/// untouched): a Ctrl-C makes the terminal discard queued input, and a blocking `read` after
/// `pselect` reported input could then wait for the next key with the interrupt already
/// handled.
///
/// libedit stores each result as one wide character, so UTF-8 is decoded here: each call
/// returns one Unicode scalar, U+FFFD for a malformed sequence, or -1 for end of input.
enum KeyReader {
    /// A byte read ahead while decoding a malformed sequence, returned by the next call.
    nonisolated(unsafe) private static var pushedBack: UInt8?

    /// The `rl_getc_function`.
    static let function: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        let streamFD = stream.map { fileno($0) } ?? STDIN_FILENO
        return KeyReader.nextScalar(fd: streamFD == STDIN_FILENO ? terminalFD : streamFD)
    }

    /// A non-blocking descriptor of our own for the terminal on standard input; standard input
    /// itself when the terminal's name is unknown or it cannot be opened.
    private static let terminalFD: Int32 = {
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(STDIN_FILENO, &name, name.count) == 0 else { return STDIN_FILENO }
        let fd = open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        return fd >= 0 ? fd : STDIN_FILENO
    }()

    private static func nextScalar(fd: Int32) -> Int32 {
        guard let first = pushedBack ?? readByte(fd: fd) else { return -1 }
        pushedBack = nil
        let (count, initial): (Int, UInt32)
        switch first {
        case 0x00...0x7F: return Int32(first)
        case 0xC2...0xDF: (count, initial) = (1, UInt32(first & 0x1F))
        case 0xE0...0xEF: (count, initial) = (2, UInt32(first & 0x0F))
        case 0xF0...0xF4: (count, initial) = (3, UInt32(first & 0x07))
        default: return 0xFFFD
        }
        var value = initial
        for _ in 0..<count {
            guard let byte = readByte(fd: fd) else { return -1 }
            guard byte & 0xC0 == 0x80 else {
                pushedBack = byte
                return 0xFFFD
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = count == 1 ? 0x80 : count == 2 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return 0xFFFD }
        return Int32(scalar.value)
    }

    /// One byte from `fd`; nil at end of input, on error, or once Ctrl-C is pending.
    private static func readByte(fd: Int32) -> UInt8? {
        while true {
            switch erqi_wait_readable_unless_flag(fd, Interrupts.flagPointer) {
            case 1:
                var byte: UInt8 = 0
                let count = read(fd, &byte, 1)
                if count == 1 { return byte }
                if count == 0 { return nil }
                // EAGAIN: the input went away (a Ctrl-C flushed it): wait again.
                if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                return nil
            case 2:
                continue  // another signal (SIGWINCH, SIGCONT): libedit's handler has run
            default:
                return nil  // Ctrl-C pending, or an error
            }
        }
    }
}
