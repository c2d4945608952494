import ErqiFiles
public import ErqiModel
public import ErqiRender

/// The output of `erqi run`: for people, each scenario's summary with the honesty note; for
/// programs, one CSV row per scenario, or result objects (docs/FORMATS.md) as JSON or JSON Lines.
public enum BatchReport {
    /// All runs in `format`, in input order: the pieces of `RunOutput` joined.
    public static func render(_ runs: [ScenarioRun], as format: OutputFormat, baseline: Baseline) -> String {
        let output = RunOutput(format: format, baseline: baseline, firstResult: runs.first?.result)
        let pieces = Parallel.map(count: runs.count) { output.piece(runs[$0], index: $0) }
        var bytes = output.head(count: runs.count)
        for piece in pieces { bytes += piece }
        bytes += output.tail(count: runs.count)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The CSV columns of `run`: scenario, file, the totals, each goal's value and met, all met,
    /// goals missed.
    public static func csvColumns(goalIDs: [String]) -> [String] {
        ["scenario", "file"] + ResultKeys.totals + goalIDs.flatMap { ["goal.\($0).value", "goal.\($0).met"] }
            + ["all_goals_met", "goals_missed"]
    }

    /// The headline table of one run, with the baseline's honesty note under it.
    public static func summary(_ run: ScenarioRun, baseline: Baseline) -> Table {
        var table = ResultViews.summary(run.result, honesty: Honesty.note(for: baseline, assumptions: run.scenario.assumptions.count))
        table.title = "Scenario \(run.result.scenario) (\(run.file)) on baseline \(run.result.baseline)"
        return table
    }

    /// One row per scenario: name and file, every total, each goal's value and met, and the
    /// count of goals missed. Column keys are stable for a baseline.
    public static func rows(_ runs: [ScenarioRun]) -> Table {
        var seen: Set<String> = []
        let goalIDs = runs.flatMap { $0.result.goals.map(\.id) }.filter { seen.insert($0).inserted }
        var columns = [Column("scenario"), Column("file")]
        columns += ResultKeys.totals.map { Column($0, right: true) }
        for id in goalIDs {
            columns.append(Column("goal.\(id).value", right: true))
            columns.append(Column("goal.\(id).met"))
        }
        columns += [Column("all_goals_met"), Column("goals_missed", right: true)]
        let rows: [[Cell]] = Parallel.map(count: runs.count) { i in
            let r = runs[i].result
            var row: [Cell] = [.text(r.scenario), .text(runs[i].file)]
            row += totals(r.totals).map { .number($0, decimals: 4) }
            for id in goalIDs {
                if let g = r.goal(id) {
                    row += [.number(g.value, decimals: 4), .flag(g.met)]
                } else {
                    row += [.empty, .empty]
                }
            }
            row += [.flag(r.allGoalsMet), .number(Double(r.goals.filter { !$0.met }.count), decimals: 0)]
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    /// The totals in the order of `ResultKeys.totals`.
    public static func totals(_ t: ResultTotals) -> [Double] {
        [t.gdp2014, t.gdp2015, t.energy2014Tce, t.energyBAU2015Tce, t.energy2015Tce,
         t.intensity2014, t.intensity2015, t.intensityChange, t.energyGapTce,
         t.co2_2014_t, t.co2_2015_t, t.so2_2015_t, t.nox_2015_t, t.pm_2015_t,
         t.codHousehold2015_t, t.codIndustrial2015_t, t.nh3nHousehold2015_t, t.nh3nIndustrial2015_t,
         t.pvGenerationMWh, t.smokelessAreaKm2]
    }
}
