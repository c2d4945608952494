import Dispatch

/// Runs independent work on every core and keeps the results in input order.
public enum Parallel {
    /// `body(0) … body(count - 1)`, computed concurrently in contiguous chunks; results in order.
    /// `body` runs on several threads at once, so it may capture only what is safe to share.
    public static func map<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        map(count: count, chunks: 8 * max(1, cores), body)
    }

    /// The same in at most `chunks` contiguous chunks: more chunks balance uneven items better
    /// (the last chunk to finish leaves the other cores idle), fewer cost less to hand out.
    public static func map<T: Sendable>(count: Int, chunks: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count: count)
        let chunks = min(count, max(1, chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lower = c * count / chunks, upper = (c + 1) * count / chunks
            for i in lower..<upper { slots.set(i, body(i)) }
        }
        return slots.values()
    }

    /// Processors available to this process.
    public static var cores: Int { ProcessorCount.active }
}

/// Storage written at distinct indices from several threads, read once all are done: each
/// index is written by exactly one chunk, and `values()` runs after `concurrentPerform` returns.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Each index is written by exactly one thread.
    func set(_ i: Int, _ value: T) { buffer[i] = value }

    func values() -> [T] { buffer.map { $0! } }
}
