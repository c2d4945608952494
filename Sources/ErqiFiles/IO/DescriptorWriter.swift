#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Checked writes to an open descriptor (standard output, standard error): every failure is
/// returned, never trapped on and never ignored.
public enum DescriptorWriter {
    /// Why a write stopped.
    public enum Failure: Error, Equatable, Sendable {
        /// The reader of a pipe has gone (EPIPE, when SIGPIPE is ignored).
        case closedPipe
        /// Any other failure, described in lowercase ("no space left on the device").
        case failed(String)
    }

    /// Writes all of `bytes` to `fd`, retrying on interruption, partial writes and a
    /// non-blocking descriptor that is full.
    public static func write(_ bytes: [UInt8], to fd: Int32) -> Failure? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                systemWrite(fd, buf.baseAddress! + offset, buf.count - offset)
            }
            if n > 0 { offset += n; continue }
            if n == 0 { return .failed("the write made no progress") }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, -1)
            case EPIPE: return .closedPipe
            default: return .failed(POSIX.lastError())
            }
        }
        return nil
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to fd: Int32) -> Failure? {
        text.isEmpty ? nil : write(Array(text.utf8), to: fd)
    }

    /// Descriptors 0, 1 and 2 that the parent left closed are opened on /dev/null for reading,
    /// so that no file erqi opens later takes their place (and writes to them fail, as they
    /// would have). Call first thing.
    public static func occupyClosedStandardDescriptors() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != fd {
                _ = dup2(opened, fd)
                _ = close(opened)
            }
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
