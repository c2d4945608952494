import ErqiModel
import ErqiRender

extension Shell {
    /// `solve GOAL by TARGET [from LO to HI] [apply]` (docs/ANALYSIS.md §1): goal seek on the
    /// current scenario; `apply` makes the answer part of it as one undoable step.
    func solve(_ args: [String], line: String) throws(ShellError) -> Reply {
        let usage = ShellError("usage: \(Command.solve.spec.usage)")
        var words = args
        let apply = words.last == "apply"
        if apply { words.removeLast() }
        guard words.count == 3 || words.count == 7, words[1] == "by" else { throw usage }
        var range: (Double, Double)?
        if words.count == 7 {
            guard words[3] == "from", words[5] == "to" else { throw usage }
            guard let lo = Double(words[4]), let hi = Double(words[6]), lo.isFinite, hi.isFinite else {
                throw ShellError("from \(words[4]) to \(words[6]): expected two plain numbers in the target's unit")
            }
            guard lo < hi else { throw ShellError("from \(words[4]) to \(words[6]): LO must be smaller than HI") }
            range = (lo, hi)
        }
        let baseline = session.baseline
        let goal: SolveGoal, target: SolveTarget
        do { goal = try SolveGoal(words[0], baseline: baseline) } catch { throw ShellError(error.message) }
        do { target = try SolveTarget(words[2]) } catch { throw ShellError(error.message) }
        let answer: SolveAnswer
        do {
            answer = try GoalSeek.solve(baseline: baseline, scenario: session.scenario, goal: goal, target: target, range: range)
        } catch {
            throw ShellError(error.description)
        }
        let text = String(SolveView.text(answer).dropLast())
        guard apply else { return Reply(text) }
        guard answer.hasValue, let v = answer.value, let solved = answer.solvedScenario else {
            return Reply(text + "\nnothing applied: there is no single answer to apply")
        }
        var doc = session.document
        doc.scenario = solved
        return try commit(doc, line: line, message: text + "\napplied: \(answer.target) = \(formatNumber(v)) (`undo` reverts it)")
    }
}
