import Dispatch

/// Runs independent work on every core and keeps the results in input order.
public enum Parallel {
    /// `body(0) … body(count - 1)`, computed concurrently in contiguous chunks; results in order.
    public static func map<T>(count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count: count)
        let chunks = min(count, 8 * max(1, cores))
        withoutActuallyEscaping(body) { body in
            let work = UnsafeWork(body: body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lower = c * count / chunks, upper = (c + 1) * count / chunks
                for i in lower..<upper { slots.set(i, work.body(i)) }
            }
        }
        return slots.values()
    }

    /// Processors available to this process.
    public static var cores: Int { ProcessorCount.active }
}

/// Storage written at distinct indices from several threads, read once all are done.
private final class Slots<T>: @unchecked Sendable {
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

/// The caller's closure, which `map` guarantees outlives the concurrent work.
private struct UnsafeWork<T>: @unchecked Sendable {
    let body: (Int) -> T
}
