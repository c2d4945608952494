import ErqiFiles
import ErqiModel
public import ErqiRender

/// `erqi solve FILE --goal GOAL --vary TARGET [--range LO:HI] [--format table|json]`
/// (docs/ANALYSIS.md §1).
public struct SolveJob: Sendable {
    public var file: String
    public var goal: String
    public var target: String
    public var range: String?
    public var format: OutputFormat
    public var baselinePath: String?

    public init(file: String, goal: String, target: String, range: String? = nil, format: OutputFormat = .table,
                baselinePath: String? = nil) {
        self.file = file; self.goal = goal; self.target = target; self.range = range; self.format = format
        self.baselinePath = baselinePath
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            guard format == .table || format == .json else {
                throw BatchError("--format \(format.rawValue): solve writes table or json")
            }
            let bounds = try range.map { (r: String) throws(BatchError) in try Self.parseRange(r) }
            let baseline = try LoadedBaseline.loadForBatch(path: baselinePath)
            let scenario = try BatchRunner.load(file: file)
            let goal: SolveGoal, target: SolveTarget
            do { goal = try SolveGoal(self.goal, baseline: baseline.baseline) } catch {
                throw BatchError("--goal \(self.goal): \(error.message)")
            }
            do { target = try SolveTarget(self.target) } catch { throw BatchError("--vary \(self.target): \(error.message)") }
            let answer: SolveAnswer
            do {
                answer = try GoalSeek.solve(baseline: baseline.baseline, scenario: scenario, goal: goal, target: target, range: bounds)
            } catch {
                throw BatchError(error.issues.map { "\(file): --vary \(self.target): \($0.description)" })
            }
            let warnings = baseline.pinWarning(for: scenario, file: file).map { [$0] } ?? []
            let output = format == .json ? SolveCodec.text(answer) : SolveView.text(answer)
            return BatchOutcome(output: output, messages: warnings)
        } catch {
            return .failure(error)
        }
    }

    /// `LO:HI`, two plain numbers with LO < HI.
    static func parseRange(_ text: String) throws(BatchError) -> (Double, Double) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let lo = Double(parts[0].trimmingCharacters(in: " ")), let hi = Double(parts[1].trimmingCharacters(in: " ")),
              lo.isFinite, hi.isFinite else {
            throw BatchError("--range \(text): expected LO:HI, two plain numbers in the target's unit (e.g. 0:30000)")
        }
        guard lo < hi else { throw BatchError("--range \(text): LO must be smaller than HI") }
        return (lo, hi)
    }
}
