/// What one Monte Carlo evaluation reports: each goal's verdict and each output's value, in
/// orders the evaluator defines. Allocated once per worker and filled in place.
public struct DrawOutcome: Sendable {
    public var goalsMet: [Bool]
    public var outputs: [Double]

    public init(goals: Int, outputs: Int) {
        goalsMet = [Bool](repeating: false, count: goals)
        self.outputs = [Double](repeating: 0, count: outputs)
    }
}

/// Evaluates the model with the uncertain inputs set to given values. The engine's patchable
/// compiled scenario adapts to this; tests use closed forms.
public protocol DrawEvaluator {
    /// Evaluates with input k at `values[k]` (the order of the `UncertainInput`s the run was
    /// given) and fills `outcome`; returns nil, or why the model refused these values (a draw
    /// that is then counted as invalid).
    mutating func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String?

    /// For each input, whether `evaluate` reads its value; nil: every one. Inputs not read are
    /// not drawn (their place in `values` keeps the central value).
    var inputsRead: [Bool]? { get }
}

extension DrawEvaluator {
    public var inputsRead: [Bool]? { nil }
}

/// The draws of a Monte Carlo run, in draw order: which were valid, each goal's count of
/// draws that met it, each output's values over the valid draws.
public struct MonteCarloDraws: Equatable, Sendable {
    /// Draws made (all of them, or the completed prefix when stopped early).
    public var draws: Int
    /// Indices of the valid draws, ascending.
    public var validDraws: [UInt64]
    /// Valid draws that met each goal.
    public var goalMetCounts: [Int]
    /// `outputs[k]` holds output k of every valid draw, in draw order.
    public var outputs: [[Double]]
    /// Why draws were refused, with how many times.
    public var invalidReasons: [String: Int]
    /// Stopped before all the draws asked for were made.
    public var partial: Bool

    public init(draws: Int, validDraws: [UInt64], goalMetCounts: [Int], outputs: [[Double]], invalidReasons: [String: Int],
                partial: Bool) {
        self.draws = draws; self.validDraws = validDraws; self.goalMetCounts = goalMetCounts; self.outputs = outputs
        self.invalidReasons = invalidReasons; self.partial = partial
    }

    public var valid: Int { validDraws.count }
    public var invalid: Int { draws - validDraws.count }

    /// The most frequent reason for an invalid draw (ties: the first in text order).
    public var mostFrequentInvalidReason: String? {
        invalidReasons.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }

    /// The share of valid draws that met goal `g`, and its 95 % Wilson interval.
    public func probability(goal g: Int) -> (p: Double, ci95: (low: Double, high: Double))? {
        guard valid > 0, let ci = Statistics.wilson(successes: goalMetCounts[g], trials: valid) else { return nil }
        return (Double(goalMetCounts[g]) / Double(valid), ci)
    }

    /// Mean, sd and the nearest-rank 5th, 50th and 95th percentiles of output `k`.
    public func summary(output k: Int) -> OutputSummary? {
        let values = outputs[k]
        guard let (mean, sd) = Statistics.meanAndSD(values) else { return nil }
        let q = Statistics.nearestRanks(values, [0.05, 0.5, 0.95])!
        return OutputSummary(mean: mean, sd: sd, p5: q[0], p50: q[1], p95: q[2])
    }

    /// Spearman's ρ of each input with output `k` over the first `limit` valid draws (the
    /// input values are drawn again from (seed, draw, key), not stored). Nil where undefined.
    public func rankCorrelations(inputs: [UncertainInput], seed: UInt64, output k: Int, limit: Int = 20_000) -> [Double?] {
        rankCorrelations(inputs: inputs, seed: seed, outputs: [k], limit: limit).map { $0[0] }
    }

    /// Spearman's ρ of each input with each of `outputs` (`[input][output]`): every input and
    /// output is ranked once, the inputs through `loop` (several at once when it runs them so).
    public func rankCorrelations(inputs: [UncertainInput], seed: UInt64, outputs ks: [Int], limit: Int = 20_000,
                                 loop: ConcurrentLoop = Concurrently.serial) -> [[Double?]] {
        let n = min(limit, valid)
        let draws = Array(validDraws.prefix(n))
        let yRanks = Concurrently.collect(ks.count, loop) { Statistics.ranks(Array(outputs[ks[$0]].prefix(n))) }
        return Concurrently.collect(inputs.count, loop) { i in
            let input = inputs[i]
            let xRanks = Statistics.ranks(draws.map { input.value(seed: seed, draw: $0) })
            return yRanks.map { Statistics.pearson(xRanks, $0) }
        }
    }

    /// The draws of `parts` (the chunks of one run, in draw order, each of `MonteCarlo.chunkSize`
    /// draws but the last) joined; a nil part ends it, marked partial. Each chunk's outputs
    /// are in `columns` from its first draw's index on: they are packed in order, then moved
    /// into the result (the columns are released).
    public static func concatenate(_ parts: inout [MonteCarloDraws?], goals: Int, columns: DrawColumns,
                                   loop: ConcurrentLoop = Concurrently.serial) -> MonteCarloDraws {
        let complete = parts.prefix { $0 != nil }.count
        var result = MonteCarloDraws(draws: 0, validDraws: [], goalMetCounts: [Int](repeating: 0, count: goals),
                                     outputs: [], invalidReasons: [:], partial: complete < parts.count)
        result.validDraws.reserveCapacity(parts.prefix(complete).reduce(0) { $0 + $1!.valid })
        var moves: [(from: Int, count: Int)] = []
        for c in 0..<complete {
            let part = parts[c]!
            parts[c] = nil
            moves.append((c * MonteCarlo.chunkSize, part.valid))
            result.draws += part.draws
            result.validDraws += part.validDraws
            for g in 0..<goals { result.goalMetCounts[g] += part.goalMetCounts[g] }
            result.invalidReasons.merge(part.invalidReasons, uniquingKeysWith: +)
        }
        // Each column packed and moved out on its own (several at once when `loop` runs them so).
        result.outputs = Concurrently.collect(columns.columns.count, loop) { k in
            var to = 0
            for (from, count) in moves {
                columns.shift(k, from: from, to: to, count: count)
                to += count
            }
            return columns.take(k, count: to)
        }
        return result
    }
}

/// Runs `body(i)` for every i in 0..<count, in any order, possibly several at once on other
/// threads (the caller's choice: the model starts none itself); returns when all are done.
public typealias ConcurrentLoop = (_ count: Int, _ body: (Int) -> Void) -> Void

/// Helpers for a `ConcurrentLoop`.
public enum Concurrently {
    /// The loop that runs every index in order on the calling thread.
    public static func serial(_ count: Int, _ body: (Int) -> Void) {
        for i in 0..<count { body(i) }
    }

    /// `[make(0), …, make(count − 1)]`, each made by `loop` (each index written once, by one thread).
    public static func collect<T>(_ count: Int, _ loop: ConcurrentLoop, _ make: (Int) -> T) -> [T] {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { buffer.deallocate() }
        withoutActuallyEscaping(make) { make in
            loop(count) { i in (buffer.baseAddress! + i).initialize(to: make(i)) }
        }
        let result = Array(buffer)
        _ = buffer.deinitialize()
        return result
    }
}

/// Mean, standard deviation and percentiles of one output over the valid draws.
public struct OutputSummary: Equatable, Sendable {
    public var mean: Double
    public var sd: Double
    public var p5: Double
    public var p50: Double
    public var p95: Double

    public init(mean: Double, sd: Double, p5: Double, p50: Double, p95: Double) {
        self.mean = mean; self.sd = sd; self.p5 = p5; self.p50 = p50; self.p95 = p95
    }
}

/// Monte Carlo over uncertain inputs (ANALYSIS.md §3). Draws are made in fixed chunks whose
/// results are combined in draw order, and each value depends only on (seed, draw, key), so
/// the figures are the same for any number of workers.
public enum MonteCarlo {
    /// Draws per chunk: the unit of work handed to a worker and of stopping early.
    public static let chunkSize = 2_048

    /// Runs draws `range` with one evaluator, in order.
    public static func run<E: DrawEvaluator>(inputs: [UncertainInput], draws range: Range<Int>, seed: UInt64,
                                             goals: Int, outputs: Int, evaluator: inout E) -> MonteCarloDraws {
        let store = DrawColumns(outputs: outputs, draws: range.count)
        var part = run(inputs: inputs, draws: range, seed: seed, goals: goals, outputs: outputs, evaluator: &evaluator,
                       columns: store, at: 0)
        part.outputs = (0..<outputs).map { store.take($0, count: part.valid) }
        return part
    }

    /// Draws `range` with one evaluator, writing output k of the j-th valid draw at
    /// `columns[k][offset + j]`; the result's `outputs` are left empty (`concatenate` fills them).
    public static func run<E: DrawEvaluator>(inputs: [UncertainInput], draws range: Range<Int>, seed: UInt64, goals: Int,
                                      outputs: Int, evaluator: inout E, columns: DrawColumns, at offset: Int) -> MonteCarloDraws {
        var result = MonteCarloDraws(draws: range.count, validDraws: [], goalMetCounts: [Int](repeating: 0, count: goals),
                                     outputs: [], invalidReasons: [:], partial: false)
        result.validDraws.reserveCapacity(range.count)
        var values = inputs.map(\.central)
        let table = QuantileTable(inputs.map(\.distribution), reading: evaluator.inputsRead)
        let streams = table.streams(seed: seed, keyHashes: inputs.map(\.keyHash))
        var outcome = DrawOutcome(goals: goals, outputs: outputs)
        var next = offset
        columns.columns.withUnsafeBufferPointer { column in
            for i in range {
                let draw = UInt64(i)
                table.fill(&values, streams: streams, drawWord: DrawRandom.drawWord(draw))
                if let reason = evaluator.evaluate(values: values, into: &outcome) {
                    result.invalidReasons[reason, default: 0] += 1
                    continue
                }
                result.validDraws.append(draw)
                for g in 0..<goals where outcome.goalsMet[g] { result.goalMetCounts[g] += 1 }
                outcome.outputs.withUnsafeBufferPointer { o in
                    for k in 0..<outputs { column[k][next] = o[k] }
                }
                next += 1
            }
        }
        return result
    }

    /// Runs `draws` draws on `workers` concurrent workers, each with its own evaluator from
    /// `makeEvaluator`. `isCancelled` is polled between chunks; when it turns true the run
    /// returns the longest completed prefix of draws, marked partial. `progress` is called
    /// from the workers after each chunk with the number of draws that chunk made (the caller
    /// adds them up).
    public static func run<E: DrawEvaluator>(inputs: [UncertainInput], draws: Int, seed: UInt64, goals: Int, outputs: Int,
                                             workers: Int, makeEvaluator: @escaping @Sendable () -> E,
                                             isCancelled: @escaping @Sendable () -> Bool = { false },
                                             progress: @escaping @Sendable (Int) -> Void = { _ in }) async -> MonteCarloDraws {
        let chunks = (draws + chunkSize - 1) / chunkSize
        let workerCount = max(1, min(workers, chunks))
        let store = DrawColumns(outputs: outputs, draws: draws)
        let parts = await withTaskGroup(of: [(Int, MonteCarloDraws)].self) { group in
            for w in 0..<workerCount {
                group.addTask {
                    var evaluator = makeEvaluator()
                    var done: [(Int, MonteCarloDraws)] = []
                    var c = w
                    while c < chunks {
                        if isCancelled() { break }
                        let range = (c * chunkSize)..<min(draws, (c + 1) * chunkSize)
                        done.append((c, run(inputs: inputs, draws: range, seed: seed, goals: goals, outputs: outputs,
                                            evaluator: &evaluator, columns: store, at: range.lowerBound)))
                        progress(range.count)
                        c += workerCount
                    }
                    return done
                }
            }
            var all: [(Int, MonteCarloDraws)] = []
            for await part in group { all += part }
            return all
        }
        var byChunk = [MonteCarloDraws?](repeating: nil, count: chunks)
        for (c, part) in parts { byChunk[c] = part }
        return MonteCarloDraws.concatenate(&byChunk, goals: goals, columns: store)
    }
}

/// Where the workers of one run write the valid draws' outputs: a column per output with room
/// for every draw; the chunk that starts at draw d writes its valid draws from index d on, so
/// that workers never write the same place and no chunk's outputs are copied until the end.
public final class DrawColumns: @unchecked Sendable {
    /// `columns[k][i]`: output k; written by one worker per index.
    let columns: [UnsafeMutablePointer<Double>]
    let capacity: Int
    /// Whether column k was taken (each flag written by the one thread that takes it).
    private let released: UnsafeMutableBufferPointer<Bool>

    /// Room for `draws` draws of `outputs` outputs (memory is touched only where written).
    public init(outputs: Int, draws: Int) {
        capacity = draws
        columns = (0..<outputs).map { _ in UnsafeMutablePointer<Double>.allocate(capacity: max(draws, 1)) }
        released = .allocate(capacity: outputs)
        released.initialize(repeating: false)
    }

    deinit {
        for (k, column) in columns.enumerated() where !released[k] { column.deallocate() }
        released.deallocate()
    }

    /// Moves `count` values from `from` to `to` (≤ `from`) in column `k`, first to last.
    func shift(_ k: Int, from: Int, to: Int, count: Int) {
        guard from != to else { return }
        let column = columns[k]
        for j in 0..<count { column[to + j] = column[from + j] }
    }

    /// The first `count` values of column `k` as an array; the column's memory is released.
    /// Each column is taken once, by one thread.
    func take(_ k: Int, count: Int) -> [Double] {
        let values = Array(UnsafeBufferPointer(start: columns[k], count: count))
        columns[k].deallocate()
        released[k] = true
        return values
    }
}
