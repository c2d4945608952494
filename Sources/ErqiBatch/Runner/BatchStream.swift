public import ErqiFiles
import ErqiModel

/// Many scenario files loaded, evaluated and rendered window by window on every core
/// (`WindowedPipeline`), their pieces handed over in input order.
///
/// On a bad file: the window that holds it and every later window hand over nothing, but every
/// file is still read and checked so that all problems are reported; the pieces of earlier
/// windows have been handed over already (`erqi run` has written them to standard output).
public enum BatchStream {
    /// Runs `files`; `render` turns each run into its piece (on any core), `accept` takes the
    /// pieces in order (on the calling thread), `warn` each warning. Returns the problems of
    /// every bad file (empty: all went through), or throws what `accept` threw.
    public static func run<Piece: Sendable>(
        files: [String], baseline: LoadedBaseline, settings: [ScenarioSetting],
        window: Int = WindowedPipeline.defaultWindow,
        render: @escaping @Sendable (ScenarioRun, Int) -> Piece,
        warn: (String) -> Void,
        accept: (Piece) throws(BatchError) -> Void
    ) throws(BatchError) -> [BatchError] {
        let parents = ParentCache()
        let stopped = StopFlag()
        var errors: [BatchError] = []
        try WindowedPipeline.run(count: files.count, window: window, transform: { i -> Outcome<Piece> in
            do throws(BatchError) {
                let run = try BatchRunner.run(file: files[i], baseline: baseline, settings: settings, parents: parents)
                return .success(piece: stopped.isSet ? nil : render(run, i), warnings: run.warnings)
            } catch {
                return .failure(error)
            }
        }, consume: { (outcomes: [Outcome<Piece>], _) throws(BatchError) in
            var clean = !stopped.isSet
            for outcome in outcomes {
                switch outcome {
                case .success(_, let warnings): warnings.forEach(warn)
                case .failure(let e): errors.append(e); clean = false
                }
            }
            guard clean else { stopped.set(); return }
            for case .success(let piece?, _) in outcomes { try accept(piece) }
        })
        return errors
    }

    enum Outcome<Piece: Sendable>: Sendable {
        case success(piece: Piece?, warnings: [String])
        case failure(BatchError)
    }
}

/// Set between windows by the consuming thread, read by the workers of later windows (the
/// window barrier orders the two), so that files after a bad one are checked but not rendered.
final class StopFlag: @unchecked Sendable {
    private(set) var isSet = false
    func set() { isSet = true }
}
