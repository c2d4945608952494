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

    /// The inputs that differ, one column per scenario. A measure that some scenarios lack
    /// and the others hold alike is one row (`coal_to_gas, 4 fields`); a note counts the
    /// field rows folded so.
    public func inputsTable() -> Table {
        let folded = InputDifferences.foldedMeasures(inputs)
        var rows: [[Cell]] = []
        var foldedRows = 0
        for d in inputs {
            if folded.keys.contains(where: { d.path.hasPrefix("measures.\($0).") }) {
                foldedRows += 1
                continue
            }
            if let n = folded[String(d.path.dropFirst("measures.".count))], d.path.hasPrefix("measures."), n > 0 {
                rows.append([.text(d.path)] + d.values.map { v in
                    .text(v == .absent ? v.text : "\(v.text), \(n) field\(n == 1 ? "" : "s")")
                })
            } else {
                rows.append([.text(d.path)] + d.values.map { .text($0.text) })
            }
        }
        var notes: [String] = []
        if inputs.isEmpty { notes.append("The scenarios have the same measures, assumptions and options.") }
        if foldedRows > 0 {
            notes.append("\(foldedRows) field rows of measures that only some scenarios have, set alike wherever present, "
                + "are folded into their measure's row (`erqi diff A B` lists them).")
        }
        return Table(title: "Inputs that differ", columns: [Column("input")] + names.map { Column($0) }, rows: rows, notes: notes)
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
            let goal = results.lazy.compactMap { $0.goal(id) }.first
            var row: [Cell] = [.text(id), .text(goal?.label ?? id), .text(goal.map { $0.unit == "fraction" ? "%" : $0.unit } ?? "")]
            for r in results {
                guard let g = r.goal(id) else { row += [.empty, .empty]; continue }
                let places = g.unit == "t" || g.unit == "km2" ? 2 : 0
                row += [.flag(g.met), g.unit == "fraction" ? .percent(g.margin, decimals: 2) : .number(g.margin, decimals: places)]
            }
            return row
        }
        let missed = results.map { r in r.goals.filter { !$0.met }.count }
        var total: [Cell] = [.text("missed"), .text("goals missed"), .text("goals")]
        for m in missed { total += [.number(Double(m), decimals: 0), .empty] }
        var columns = [Column("goal"), Column("label"), Column("unit")]
        for name in names { columns += [Column(name), Column("margin.\(name)", "margin", right: true)] }
        return Table(title: "Goals", columns: columns, rows: rows + [total],
                     notes: ["margin: how far each scenario is inside its goal (negative: the shortfall), in the goal's unit; for % goals in percentage points."])
    }
}
