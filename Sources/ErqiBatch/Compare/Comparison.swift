public import ErqiModel
public import ErqiRender

/// Scenarios side by side: the inputs that differ, the outputs in columns with the difference
/// to the first scenario, and each goal met or missed. Used by `erqi compare` and the shell.
public struct Comparison: Sendable {
    /// Column names, unique (a repeated name gets `#2`, `#3`).
    public var names: [String]
    public var scenarios: [Scenario]
    public var results: [ScenarioResult]
    public var inputs: [InputDifference]

    /// Evaluates each scenario on `baseline`; problems name the scenario (its name as given).
    public static func make(scenarios: [(name: String, scenario: Scenario)], baseline: Baseline) throws(BatchError) -> Comparison {
        guard scenarios.count >= 2 else { throw BatchError("compare: name at least two scenarios") }
        var errors: [BatchError] = []
        var results: [ScenarioResult] = []
        for (name, scenario) in scenarios {
            do throws(BatchError) {
                results.append(try BatchRunner.project(scenario, file: name, baseline: baseline))
            } catch {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw BatchError.combined(errors) }
        return Comparison(names: uniqueNames(scenarios.map(\.name)), scenarios: scenarios.map(\.scenario),
                          results: results,
                          inputs: InputDifferences.find(scenarios.map(\.scenario), baseline: baseline, includeNotes: false))
    }

    /// `a`, `b`, `a#2` for `a`, `b`, `a`.
    static func uniqueNames(_ names: [String]) -> [String] {
        var counts: [String: Int] = [:]
        return names.map { name in
            counts[name, default: 0] += 1
            return counts[name]! == 1 ? name : "\(name)#\(counts[name]!)"
        }
    }

    /// The three tables: inputs, outputs, goals.
    public func tables() -> [Table] { [inputsTable(), outputsTable(), goalsTable()] }

    /// The inputs that differ, one column per scenario.
    public func inputsTable() -> Table {
        let rows: [[Cell]] = inputs.map { d in [.text(d.path)] + d.values.map { .text($0.text) } }
        return Table(title: "Inputs that differ", columns: [Column("input")] + names.map { Column($0) }, rows: rows,
                     notes: inputs.isEmpty ? ["The scenarios have the same measures, assumptions and options."] : [])
    }

    /// Headline outputs per scenario, each later scenario with its difference to the first.
    public func outputsTable() -> Table {
        var columns = [Column("key", machineOnly: true), Column("quantity", "quantity"), Column("unit")]
        for (j, name) in names.enumerated() {
            columns.append(Column(name, right: true))
            if j > 0 { columns.append(Column("delta.\(name)", "Δ \(name)", right: true)) }
        }
        let rows: [[Cell]] = OutputRows.all.map { spec in
            var row: [Cell] = [.text(spec.key), .text(spec.label), .text(spec.unit)]
            let first = spec.value(results[0])
            for (j, r) in results.enumerated() {
                let v = spec.value(r)
                row.append(spec.cell(v))
                if j > 0 { row.append(spec.deltaCell(v - first)) }
            }
            return row
        }
        return Table(title: "Outputs (Δ: difference to \(names[0]))", columns: columns, rows: rows,
                     notes: ["Δ of a % row is in percentage points."])
    }

    /// Each goal, met or missed, per scenario.
    public func goalsTable() -> Table {
        var ids: [String] = []
        for r in results { for g in r.goals where !ids.contains(g.id) { ids.append(g.id) } }
        let rows: [[Cell]] = ids.map { id in
            let label = results.lazy.compactMap { $0.goal(id)?.label }.first ?? id
            return [.text(id), .text(label)] + results.map { r in r.goal(id).map { .flag($0.met) } ?? .empty }
        }
        let missed = results.map { r in r.goals.filter { !$0.met }.count }
        let total: [Cell] = [.text("missed"), .text("goals missed")] + missed.map { .number(Double($0), decimals: 0) }
        return Table(title: "Goals", columns: [Column("goal"), Column("label")] + names.map { Column($0) },
                     rows: rows + [total])
    }
}
