import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi run`'s output written a piece at a time, straight into bytes: a head, one piece per
/// scenario (rendered on any core), a tail. The pieces joined are exactly `BatchReport.render`.
public struct RunOutput: Sendable {
    public let format: OutputFormat
    let baseline: Baseline
    /// CSV goal columns: the goals of the first result (every result on a baseline has the same).
    let goalIDs: [String]

    /// Output in `format`; `firstResult` gives the CSV goal columns (nil: none).
    public init(format: OutputFormat, baseline: Baseline, firstResult: ScenarioResult?) {
        self.format = format
        self.baseline = baseline
        self.goalIDs = firstResult?.goals.map(\.id) ?? []
    }

    /// What comes before the first scenario (`count` scenarios in all).
    public func head(count: Int) -> [UInt8] {
        switch format {
        case .csv:
            var text = ByteText()
            for (i, column) in BatchReport.csvColumns(goalIDs: goalIDs).enumerated() {
                if i > 0 { text.append(byte: 0x2C) }
                text.append(csvField: column)
            }
            text.append(byte: 0x0A)
            return text.bytes
        case .json: return count == 0 ? Array("[]\n".utf8) : Array("[\n".utf8)
        case .jsonl, .table, .markdown: return []
        }
    }

    /// Scenario `index` (counted from 0), with what separates it from the one before.
    public func piece(_ run: ScenarioRun, index: Int) -> [UInt8] {
        var text = ByteText(capacity: format == .csv ? 1024 : 24 * 1024)
        switch format {
        case .csv: row(run, into: &text)
        case .json:
            if index > 0 { text.append(",\n") }
            ResultWriter.arrayElement(run.result, into: &text)
        case .jsonl: ResultWriter.line(run.result, into: &text)
        case .table, .markdown:
            if index > 0 { text.append(byte: 0x0A) }
            text.append(TableRenderer.render(BatchReport.summary(run, baseline: baseline), as: format))
        }
        return text.bytes
    }

    /// What comes after the last of `count` scenarios.
    public func tail(count: Int) -> [UInt8] {
        format == .json && count > 0 ? Array("\n]\n".utf8) : []
    }

    /// One CSV row: name, file, the totals, each goal's value and met, all met, goals missed.
    func row(_ run: ScenarioRun, into text: inout ByteText) {
        let r = run.result
        text.append(csvField: r.scenario)
        text.append(byte: 0x2C)
        text.append(csvField: run.file)
        for v in BatchReport.totals(r.totals) {
            text.append(byte: 0x2C)
            text.append(number: v)
        }
        var missed = 0
        for (k, id) in goalIDs.enumerated() {
            let goal = k < r.goals.count && r.goals[k].id == id ? r.goals[k] : r.goal(id)
            text.append(byte: 0x2C)
            if let goal {
                text.append(number: goal.value)
                text.append(byte: 0x2C)
                text.append(bool: goal.met)
            } else {
                text.append(byte: 0x2C)
            }
        }
        for g in r.goals where !g.met { missed += 1 }
        text.append(byte: 0x2C)
        text.append(bool: r.allGoalsMet)
        text.append(byte: 0x2C)
        text.append(integer: Int64(missed))
        text.append(byte: 0x0A)
    }
}
