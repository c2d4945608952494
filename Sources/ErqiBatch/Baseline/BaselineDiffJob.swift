import ErqiFiles
public import ErqiModel
public import ErqiRender

/// `erqi baseline diff A B`: the parameters (and sources, townships) that differ from baseline
/// A to B, then how a scenario's headline figures and goal verdicts move when it runs on B
/// instead of A (plan-2015 by default).
public struct BaselineDiffJob: Sendable {
    public var pathA: String
    public var pathB: String
    /// The scenario projected on both; `scenarios/plan-2015.json` by default.
    public var scenarioPath: String
    public var format: OutputFormat

    public init(pathA: String, pathB: String, scenarioPath: String = "scenarios/plan-2015.json", format: OutputFormat = .table) {
        self.pathA = pathA; self.pathB = pathB; self.scenarioPath = scenarioPath; self.format = format
    }

    public func execute() -> BatchOutcome {
        do throws(BatchError) {
            var errors: [BatchError] = []
            var baselines: [Baseline] = []
            for path in [pathA, pathB] {
                do { baselines.append(try BaselineStore.load(path: path)) } catch { errors.append(BatchError(error)) }
            }
            var scenario: Scenario?
            do throws(BatchError) { scenario = try BatchRunner.load(file: scenarioPath) } catch { errors.append(error) }
            if !errors.isEmpty { throw BatchError.combined(errors) }
            let (a, b) = (baselines[0], baselines[1])
            let resultA = try BatchRunner.project(scenario!, file: "\(scenarioPath) on \(pathA)", baseline: a)
            let resultB = try BatchRunner.project(scenario!, file: "\(scenarioPath) on \(pathB)", baseline: b)
            let diff = BaselineDiff(a, b)
            let tables: [(name: String, table: Table)] = [
                ("parameters", diff.table(nameA: pathA, nameB: pathB)),
                ("headline", BaselineDiff.headline(resultA, resultB, nameA: pathA, nameB: pathB, scenario: scenario!.name)),
                ("verdicts", BaselineDiff.verdicts(resultA, resultB, nameA: pathA, nameB: pathB)),
            ]
            return BatchOutcome(output: TableSet.render(tables, as: format))
        } catch {
            return .failure(error)
        }
    }
}

/// The differences between two baselines' inputs.
public struct BaselineDiff: Equatable, Sendable {
    /// One changed item: a parameter key, `sources.<id>` or `townships.<id>`.
    public struct Change: Equatable, Sendable {
        public var item: String
        /// `added`, `removed` or `changed`.
        public var change: String
        public var a: String
        public var b: String
        public var unit: String
    }

    public var changes: [Change]

    public init(_ a: Baseline, _ b: Baseline) {
        var out: [Change] = []
        func describe(_ p: Parameter) -> String {
            JSONNumberText.format(p.value) + (p.source == BaselineCodec.estimate ? " (estimate)" : " [\(p.source)]")
        }
        for p in a.parameters {
            guard let q = b.parameter(p.key) else {
                out.append(Change(item: p.key, change: "removed", a: describe(p), b: "", unit: p.unit)); continue
            }
            if p != q {
                out.append(Change(item: p.key, change: "changed", a: describe(p),
                                  b: describe(q) + (p.unit != q.unit ? " \(q.unit)" : "") + (p.note != q.note && p.value == q.value && p.source == q.source ? " (note)" : ""),
                                  unit: p.unit))
            }
        }
        for q in b.parameters where a.parameter(q.key) == nil {
            out.append(Change(item: q.key, change: "added", a: "", b: describe(q), unit: q.unit))
        }
        for s in a.sources where !b.sources.contains(where: { $0.id == s.id }) {
            out.append(Change(item: "sources.\(s.id)", change: "removed", a: s.title, b: "", unit: ""))
        }
        for s in b.sources {
            if let r = a.sources.first(where: { $0.id == s.id }) {
                if r != s { out.append(Change(item: "sources.\(s.id)", change: "changed", a: r.title, b: s.title, unit: "")) }
            } else {
                out.append(Change(item: "sources.\(s.id)", change: "added", a: "", b: s.title, unit: ""))
            }
        }
        for t in b.townships {
            if let r = a.townships.first(where: { $0.id == t.id }) {
                if r != t {
                    out.append(Change(item: "townships.\(t.id)", change: "changed", a: "\(r.name) \(JSONNumberText.format(r.target))",
                                      b: "\(t.name) \(JSONNumberText.format(t.target))", unit: ""))
                }
            } else {
                out.append(Change(item: "townships.\(t.id)", change: "added", a: "", b: t.name, unit: ""))
            }
        }
        for t in a.townships where !b.townships.contains(where: { $0.id == t.id }) {
            out.append(Change(item: "townships.\(t.id)", change: "removed", a: t.name, b: "", unit: ""))
        }
        changes = out
    }

    /// One row per difference.
    public func table(nameA: String, nameB: String) -> Table {
        Table(title: changes.isEmpty ? "Parameters: no differences" : "Parameters that differ (\(changes.count))",
              columns: [Column("change"), Column("item"), Column("unit"), Column("a", nameA), Column("b", nameB)],
              rows: changes.map { [.text($0.change), .text($0.item), .text($0.unit), .text($0.a), .text($0.b)] })
    }

    /// The headline figures of the scenario on A and on B.
    public static func headline(_ a: ScenarioResult, _ b: ScenarioResult, nameA: String, nameB: String, scenario: String) -> Table {
        let (x, y) = (a.totals, b.totals)
        var rows: [[Cell]] = []
        func row(_ key: String, _ u: Double, _ v: Double, decimals: Int, percent: Bool = false) {
            let cell: (Double) -> Cell = { percent ? .percent($0, decimals: decimals) : .number($0, decimals: decimals) }
            rows.append([.text(key), cell(u), cell(v), cell(v - u)])
        }
        row("gdp_2014", x.gdp2014, y.gdp2014, decimals: 0)
        row("gdp_2015", x.gdp2015, y.gdp2015, decimals: 0)
        row("energy_2014_tce", x.energy2014Tce, y.energy2014Tce, decimals: 0)
        row("energy_bau_2015_tce", x.energyBAU2015Tce, y.energyBAU2015Tce, decimals: 0)
        row("energy_2015_tce", x.energy2015Tce, y.energy2015Tce, decimals: 0)
        row("intensity_change", x.intensityChange, y.intensityChange, decimals: 2, percent: true)
        row("energy_gap_tce", x.energyGapTce, y.energyGapTce, decimals: 0)
        row("co2_2015_t", x.co2_2015_t, y.co2_2015_t, decimals: 0)
        return Table(title: "Headline figures of \(scenario)",
                     columns: [Column("figure"), Column("a", nameA, right: true), Column("b", nameB, right: true),
                               Column("change", "b − a", right: true)],
                     rows: rows)
    }

    /// Each goal's verdict (the townships' among them) on A and on B, marking the ones that change.
    public static func verdicts(_ a: ScenarioResult, _ b: ScenarioResult, nameA: String, nameB: String) -> Table {
        var rows: [[Cell]] = []
        for g in a.goals {
            guard let h = b.goals.first(where: { $0.id == g.id }) else { continue }
            rows.append([.text(g.id), .flag(g.met), .flag(h.met), .text(g.met == h.met ? "" : (h.met ? "now met" : "now missed")),
                         .number(g.margin, decimals: 4), .number(h.margin, decimals: 4)])
        }
        let moved = rows.filter { if case .text(let s) = $0[3] { return !s.isEmpty } else { return false } }.count
        return Table(title: "Verdicts (\(moved) change\(moved == 1 ? "" : "s"))",
                     columns: [Column("goal"), Column("a", nameA), Column("b", nameB), Column("moves"),
                               Column("margin_a", "margin a", right: true), Column("margin_b", "margin b", right: true)],
                     rows: rows)
    }
}
