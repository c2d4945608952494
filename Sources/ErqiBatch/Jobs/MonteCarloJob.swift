import Dispatch
public import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi montecarlo FILE... -n N [--seed S] [--format table|json|csv] [--output FILE]`
/// (docs/ANALYSIS.md §3): the probability of each goal under the scenario's uncertain inputs.
public struct MonteCarloJob: Sendable {
    public var files: [String]
    public var draws: Int
    public var seed: UInt64
    public var format: OutputFormat
    public var outputPath: String?
    public var baselinePath: String?
    /// Concurrent workers; the figures do not depend on it.
    public var workers: Int

    public init(files: [String], draws: Int = 10_000, seed: UInt64 = 1, format: OutputFormat = .table, outputPath: String? = nil,
                baselinePath: String? = nil, workers: Int = Parallel.cores) {
        self.files = files; self.draws = draws; self.seed = seed; self.format = format; self.outputPath = outputPath
        self.baselinePath = baselinePath; self.workers = workers
    }

    /// The run into memory.
    public func execute(isCancelled: @escaping @Sendable () -> Bool = { false }) -> BatchOutcome {
        let sink = MemorySink()
        var warnings: [String] = []
        let outcome = stream(to: sink, warn: { warnings.append($0) }, isCancelled: isCancelled)
        guard outcome.status == .success else {
            return BatchOutcome(output: "", messages: warnings + outcome.messages, status: outcome.status)
        }
        return BatchOutcome(output: sink.text, messages: warnings + outcome.messages)
    }

    /// Runs each file and writes its report: tables one after another, one JSON object (an
    /// array of them for several files), or CSV rows (one file only) written draw by draw.
    /// `progress` gets (draws done, draws asked) after each chunk, from any thread.
    public func stream(to sink: any ByteSink, warn: (String) -> Void, isCancelled: @escaping @Sendable () -> Bool = { false },
                       progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> BatchOutcome {
        var opened: BatchOutput?
        do throws(BatchError) {
            guard [.table, .json, .csv].contains(format) else {
                throw BatchError("--format \(format.rawValue): montecarlo writes table, json or csv")
            }
            guard draws >= 1 else { throw BatchError("-n \(draws): expected at least 1 draw") }
            guard !files.isEmpty else { throw BatchError("expected at least one scenario file") }
            guard format != .csv || files.count == 1 else {
                throw BatchError("--format csv: one scenario file at a time (each has its own input columns)")
            }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            var loaded: [(path: String, scenario: Scenario, inputs: [UncertainInput])] = []
            for name in files {
                let path = ScenarioPaths.resolve(name)
                let scenario = try BatchRunner.load(file: path)
                let inputs: [UncertainInput]
                do { inputs = try UncertainInputs.inputs(baseline: baseline.baseline, scenario: scenario) } catch {
                    throw BatchError(error.issues.map { "\(path): \($0.description)" })
                }
                guard !inputs.isEmpty else {
                    throw BatchError("\(path): no uncertain inputs: nothing to draw (give parameters or measure fields an `uncertainty`)")
                }
                baseline.pinWarning(for: scenario, file: path).map(warn)
                loaded.append((path, scenario, inputs))
            }
            let target = try BatchOutput(outputPath: outputPath, otherwise: sink)
            opened = target
            func write(_ text: String) throws(BatchError) { try target.write(text) }
            var messages: [String] = []
            var json: [String] = []
            for (i, item) in loaded.enumerated() {
                let run = try Self.run(baseline: baseline.baseline, scenario: item.scenario, inputs: item.inputs, draws: draws,
                                       seed: seed, workers: workers, isCancelled: isCancelled, progress: progress, file: item.path)
                if run.draws.partial {
                    messages.append("\(item.path): stopped after \(run.draws.draws) of \(draws) draws; the figures are partial")
                }
                switch format {
                case .csv: try writeCSV(run, inputs: item.inputs, write: write)
                case .json: json.append(MonteCarloCodec.text(run.report))
                default: try write((i > 0 ? "\n" : "") + MonteCarloView.text(run.report))
                }
                if run.draws.partial { break }
            }
            if format == .json {
                try write(json.count == 1 ? json[0] : "[\n" + json.map { String($0.dropLast()) }.joined(separator: ",\n") + "\n]\n")
            }
            try target.finish()
            return BatchOutcome(messages: messages)
        } catch {
            opened?.abandon()
            return .failure(error)
        }
    }

    /// One row per draw: `draw`, each input's value, each output (empty for an invalid draw).
    func writeCSV(_ run: MonteCarloRun, inputs: [UncertainInput], write: (String) throws(BatchError) -> Void) throws(BatchError) {
        try write((["draw"] + inputs.map(\.key) + run.outputKeys).joined(separator: ",") + "\n")
        var j = 0
        var line = ""
        for i in 0..<run.draws.draws {
            let draw = UInt64(i)
            line.removeAll(keepingCapacity: true)
            line += String(i)
            for input in inputs { line += "," + formatNumber(input.value(seed: seed, draw: draw)) }
            if j < run.draws.validDraws.count && run.draws.validDraws[j] == draw {
                for k in run.outputKeys.indices { line += "," + formatNumber(run.draws.outputs[k][j]) }
                j += 1
            } else {
                line += String(repeating: ",", count: run.outputKeys.count)
            }
            line += "\n"
            try write(line)
        }
    }

    /// What one scenario's run produced.
    public struct MonteCarloRun: Sendable {
        public var draws: MonteCarloDraws
        public var report: MonteCarloReport
        public var outputKeys: [String]
    }

    /// The draws of one scenario on `workers` threads (chunks combined in draw order, so the
    /// figures do not depend on `workers`), with the report.
    public static func run(baseline: Baseline, scenario: Scenario, inputs: [UncertainInput], draws: Int, seed: UInt64,
                           workers: Int, isCancelled: @escaping @Sendable () -> Bool = { false },
                           progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                           file: String) throws(BatchError) -> MonteCarloRun {
        let central: ScenarioResult
        do { central = try Engine.project(baseline: baseline, scenario: scenario) } catch {
            throw BatchError(error.issues.map { "\(file): \($0.description)" })
        }
        let evaluator: PatchingEvaluator
        do { evaluator = try PatchingEvaluator(baseline: baseline, scenario: scenario, inputs: inputs) } catch {
            throw BatchError(error.issues.map { "\(file): \($0.description)" })
        }
        let goalIDs = MonteCarloKeys.goals(central)
        let outputKeys = MonteCarloKeys.outputs(baseline: baseline)
        let result = ChunkedRun.run(inputs: inputs, draws: draws, seed: seed, goals: goalIDs.count, outputs: outputKeys.count,
                                    workers: workers, evaluator: evaluator, isCancelled: isCancelled, progress: progress)
        let report = MonteCarloReport(scenario: scenario.name, seed: seed, inputs: inputs, draws: result, goalIDs: goalIDs,
                                      outputKeys: outputKeys, central: central, loop: ChunkedRun.onEveryCore)
        return MonteCarloRun(draws: result, report: report, outputKeys: outputKeys)
    }
}

/// Monte Carlo chunks on Dispatch worker threads (no Swift concurrency, so a synchronous caller
/// such as the shell or the executable can wait for it), combined in draw order.
enum ChunkedRun {
    static func run<E: DrawEvaluator & Sendable>(inputs: [UncertainInput], draws: Int, seed: UInt64, goals: Int, outputs: Int,
                                                 workers: Int, evaluator: E, isCancelled: @escaping @Sendable () -> Bool,
                                                 progress: @escaping @Sendable (Int, Int) -> Void) -> MonteCarloDraws {
        let size = MonteCarlo.chunkSize
        let chunks = (draws + size - 1) / size
        let workerCount = max(1, min(workers, chunks))
        let slots = ChunkSlots(count: chunks)
        let store = DrawColumns(outputs: outputs, draws: draws)
        // Each worker claims the next chunk when it is done with one, so that a worker slowed
        // by other work on the machine does not leave the others waiting at the end.
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            var e = evaluator
            while let c = slots.claim() {
                if isCancelled() { break }
                let range = (c * size)..<min(draws, (c + 1) * size)
                slots.set(c, MonteCarlo.run(inputs: inputs, draws: range, seed: seed, goals: goals, outputs: outputs, evaluator: &e,
                                            columns: store, at: range.lowerBound))
                progress(slots.add(range.count), draws)
            }
        }
        var parts = slots.take()
        return MonteCarloDraws.concatenate(&parts, goals: goals, columns: store, loop: onEveryCore)
    }

    /// A `ConcurrentLoop` on every core (Dispatch), for the report's summaries and correlations.
    /// The model's loops write each index once and only read what they share, so `body` may
    /// run on several threads at once although its type does not say so.
    static func onEveryCore(_ count: Int, _ body: (Int) -> Void) {
        withoutActuallyEscaping(body) { body in
            let shared = SharedBody(call: body)
            DispatchQueue.concurrentPerform(iterations: count) { shared.call($0) }
        }
    }
}

/// A loop body handed to Dispatch's workers (see `ChunkedRun.onEveryCore`).
private struct SharedBody: @unchecked Sendable {
    let call: (Int) -> Void
}

/// Chunk results written at distinct indices by the workers, the next chunk to claim and the
/// running count of draws done, behind a lock.
private final class ChunkSlots: @unchecked Sendable {
    private var parts: [MonteCarloDraws?]
    private var done = 0
    private var claimed = 0
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { parts = [MonteCarloDraws?](repeating: nil, count: count) }

    func set(_ c: Int, _ part: MonteCarloDraws) {
        lock.wait(); parts[c] = part; lock.signal()
    }

    /// The next chunk no worker has claimed, or nil when all have been.
    func claim() -> Int? {
        lock.wait(); defer { lock.signal() }
        guard claimed < parts.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Adds `n` draws done and returns the total.
    func add(_ n: Int) -> Int {
        lock.wait(); defer { lock.signal() }
        done += n
        return done
    }

    /// The parts, moved out (the slots are left empty, so that each part is held once).
    func take() -> [MonteCarloDraws?] {
        lock.wait(); defer { lock.signal() }
        defer { parts = [] }
        return parts
    }
}
