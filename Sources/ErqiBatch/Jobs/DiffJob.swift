import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi diff A B`: the inputs that differ (measures added and removed, fields changed with
/// both values, assumptions, options, notes), merged through `extends`. Always exit 0 on
/// success; prints `no differences` when there are none.
public struct DiffJob: Sendable {
    public var fileA: String
    public var fileB: String
    public var format: OutputFormat
    public var baselinePath: String?

    public init(fileA: String, fileB: String, format: OutputFormat = .table, baselinePath: String? = nil) {
        self.fileA = fileA; self.fileB = fileB; self.format = format; self.baselinePath = baselinePath
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            var errors: [BatchError] = []
            var scenarios: [Scenario] = []
            for file in [fileA, fileB] {
                do throws(BatchError) { scenarios.append(try BatchRunner.load(file: file)) } catch { errors.append(error) }
            }
            if !errors.isEmpty { throw BatchError.combined(errors) }
            let diff = ScenarioDiff(scenarios[0], scenarios[1], baseline: baseline.baseline)
            if diff.changes.isEmpty && format != .json && format != .jsonl && format != .csv {
                return BatchOutcome(output: "no differences\n")
            }
            return BatchOutcome(output: TableRenderer.render(diff.table(nameA: fileA, nameB: fileB), as: format))
        } catch {
            return .failure(error)
        }
    }
}

/// The input changes from scenario A to scenario B.
public struct ScenarioDiff: Equatable, Sendable {
    /// What happened to an input.
    public enum Change: String, Sendable {
        case added, removed, changed
    }

    /// Each change with the input's path and its value in A and in B.
    public var changes: [(change: Change, path: String, a: InputValue, b: InputValue)]

    public init(_ a: Scenario, _ b: Scenario, baseline: Baseline) {
        changes = InputDifferences.find([a, b], baseline: baseline, includeNotes: true).map { d in
            let (va, vb) = (d.values[0], d.values[1])
            let change: Change = switch (va, vb) {
            case (.absent, _), (.byDefault, .given): .added
            case (_, .absent), (.given, .byDefault): .removed
            default: .changed
            }
            return (change, d.path, va, vb)
        }
    }

    /// True when A and B have the same inputs.
    public var isEmpty: Bool { changes.isEmpty }

    /// One row per change: `added`/`removed`/`changed`, the input, A's value, B's value.
    public func table(nameA: String, nameB: String) -> Table {
        Table(columns: [Column("change"), Column("input"), Column("a", nameA), Column("b", nameB)],
              rows: changes.map { [.text($0.change.rawValue), .text($0.path), .text($0.a.text), .text($0.b.text)] })
    }

    public static func == (x: ScenarioDiff, y: ScenarioDiff) -> Bool {
        x.changes.count == y.changes.count
            && zip(x.changes, y.changes).allSatisfy { $0.change == $1.change && $0.path == $1.path && $0.a == $1.a && $0.b == $1.b }
    }
}
