import ErqiModel
public import ErqiRender

extension Sweep {
    /// One row per point: the varied values, then intensity_change, energy_gap_tce, co2_2015_t,
    /// the four water totals, all_goals_met, goals_missed, and `problem` (shown for people only
    /// when a point is invalid, e.g. measures remove more coal than there is).
    public func table(_ points: [SweepPoint]) -> Table {
        let anyProblem = points.contains { $0.problem != nil }
        var columns = axes.map { Column($0.key, right: true) }
        columns += [Column("intensity_change", right: true), Column("energy_gap_tce", right: true),
                    Column("co2_2015_t", right: true)]
        columns += WaterPollutant.allCases.map { Column("\($0.id)_2015_t", right: true) }
        columns += [Column("all_goals_met"), Column("goals_missed", right: true),
                    Column("problem", machineOnly: !anyProblem)]
        let rows: [[Cell]] = points.map { point in
            var row: [Cell] = point.values.map { .number($0, decimals: Self.decimals(for: $0)) }
            if let o = point.outputs {
                row += [.percent(o.intensityChange, decimals: 2), .number(o.energyGapTce, decimals: 0),
                        .number(o.co2_2015_t, decimals: 0)]
                row += o.water2015_t.map { .number($0, decimals: 2) }
                row += [.flag(o.allGoalsMet), .number(Double(o.goalsMissed), decimals: 0), .empty]
            } else {
                row += [Cell](repeating: .empty, count: 3 + WaterPollutant.count + 2)
                row.append(.text(point.problem ?? ""))
            }
            return row
        }
        let title = "Sweep of \(scenario.name): \(count) point\(count == 1 ? "" : "s") over "
            + axes.map { "\($0.key) \(NumberFormat.full($0.from))…\(NumberFormat.full($0.to)) step \(NumberFormat.full($0.step))" }
                .joined(separator: " × ")
        return Table(title: title, columns: columns, rows: rows)
    }

    /// Enough decimals to show a grid value as typed (up to 6).
    static func decimals(for v: Double) -> Int {
        var d = 0
        var scaled = v
        while d < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10; d += 1
        }
        return d
    }
}
