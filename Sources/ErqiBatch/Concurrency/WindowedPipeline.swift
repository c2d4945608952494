/// Streams work through every core in a bounded window, keeping input order: items
/// `0..<count` are taken `window` at a time, each window is transformed concurrently
/// (`Parallel.map`), and its results go to `consume` in order on the calling thread before the
/// next window starts. At most one window of results exists at once, so memory stays flat
/// however many items there are; the commands that read, evaluate and write many files
/// (`run`, `check`) use it, and so can any later command that maps an index to output.
public enum WindowedPipeline {
    /// Items per window unless told otherwise: enough to keep every core busy between the
    /// window's barrier, few enough that a window of JSON results stays a few megabytes.
    public static var defaultWindow: Int { max(minimumWindow, 64 * Parallel.cores) }

    /// The smallest default window; a batch of at most this many files is one window.
    public static let minimumWindow = 256

    /// Runs `transform` on `0..<count` window by window; `consume` gets each window's results
    /// (in input order) with the index of its first item. A throwing `consume` stops the
    /// pipeline: later windows are not transformed.
    public static func run<T: Sendable, E: Error>(
        count: Int, window: Int = defaultWindow,
        transform: @Sendable (Int) -> T,
        consume: (_ results: [T], _ firstIndex: Int) throws(E) -> Void
    ) throws(E) {
        precondition(window > 0, "a window holds at least one item")
        var start = 0
        while start < count {
            let size = min(window, count - start)
            let first = start
            // One item per chunk: an item (a file read, evaluated and rendered) is far longer than
            // handing it out, and the window's barrier then waits for one item at most.
            let results = Parallel.map(count: size, chunks: size) { transform(first + $0) }
            try consume(results, first)
            start += size
        }
    }
}
