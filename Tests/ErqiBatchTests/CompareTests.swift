import ErqiBatch
import ErqiModel
import ErqiRender
import Testing

/// `compare`'s input-difference detection and tables, and `diff`.
@Suite struct CompareTests {
    static func edited(_ edit: (inout Scenario) -> Void) throws -> Scenario {
        var s = try BatchFixture.scenario("plan-2015")
        edit(&s)
        return s
    }

    @Test func identicalScenariosHaveNoInputDifferences() throws {
        let plan = try BatchFixture.scenario("plan-2015")
        let baseline = try BatchFixture.baseline().baseline
        #expect(InputDifferences.find([plan, plan, plan], baseline: baseline, includeNotes: true).isEmpty)
        #expect(ScenarioDiff(plan, plan, baseline: baseline).isEmpty)
    }

    @Test func detectsFieldsMeasuresAssumptionsAndOptions() throws {
        let baseline = try BatchFixture.baseline().baseline
        let plan = try BatchFixture.scenario("plan-2015")
        let other = try Self.edited { s in
            let i = s.measureIndex("pv-mazhai")!
            s.measures[i].fields["capacity_mw"] = .number(15)
            s.measures[i].fields["note"] = .text("changed")
            s.measures.remove(at: s.measureIndex("motors")!)
            s.measures.append(Measure(id: "pv-extra", lever: .rooftopPV, fields: ["capacity_mw": .number(2)]))
            s.assumptions["growth.industry"] = 0.08
            s.pvAccounting = .counted
        }
        let found = InputDifferences.find([plan, other], baseline: baseline, includeNotes: false)
        #expect(found.map(\.path) == ["measures.motors", "measures.motors.capacity_kw", "measures.motors.note",
                                      "measures.motors.start_month", "measures.pv-mazhai.capacity_mw",
                                      "measures.pv-extra", "measures.pv-extra.capacity_mw",
                                      "assumptions.growth.industry", "options.pv_accounting"]
                .filter { $0 != "measures.motors.note" })
        let byPath = Dictionary(uniqueKeysWithValues: found.map { ($0.path, $0.values) })
        #expect(byPath["measures.pv-mazhai.capacity_mw"] == [.given("3 MW"), .given("15 MW")])
        #expect(byPath["measures.motors"] == [.given("motors"), .absent])
        #expect(byPath["measures.pv-extra"] == [.absent, .given("rooftop_pv")])
        #expect(byPath["assumptions.growth.industry"]?[1] == .given("0.08"))
        #expect(byPath["assumptions.growth.industry"]?[0].text.hasPrefix("default (baseline ") == true)
        #expect(byPath["options.pv_accounting"] == [.byDefault("offset"), .given("counted")])
        let withNotes = InputDifferences.find([plan, other], baseline: baseline, includeNotes: true).map(\.path)
        #expect(withNotes.contains("measures.pv-mazhai.note"))
    }

    @Test func aFieldLeftAtItsDefaultShowsTheDefault() throws {
        let baseline = try BatchFixture.baseline().baseline
        let plan = try BatchFixture.scenario("plan-2015")
        let other = try Self.edited { s in s.measures[s.measureIndex("motors")!].fields["hours"] = .number(5000) }
        let found = InputDifferences.find([plan, other], baseline: baseline, includeNotes: false)
        #expect(found.count == 1)
        #expect(found[0].path == "measures.motors.hours")
        #expect(found[0].values[0].text.hasPrefix("default (motors.hours = "))
        #expect(found[0].values[1] == .given("5000 h"))
    }

    @Test func diffClassifiesAddedRemovedAndChanged() throws {
        let baseline = try BatchFixture.baseline().baseline
        let plan = try BatchFixture.scenario("plan-2015")
        let other = try Self.edited { s in
            s.measures[s.measureIndex("pv-mazhai")!].fields["start_month"] = .number(7)
            s.measures.remove(at: s.measureIndex("tiered_pricing")!)
            s.measures[s.measureIndex("motors")!].fields["gain"] = .number(0.05)
        }
        let diff = ScenarioDiff(plan, other, baseline: baseline)
        let rows = diff.changes.map { "\($0.change.rawValue) \($0.path)" }
        #expect(rows.contains("changed measures.pv-mazhai.start_month"))
        #expect(rows.contains("removed measures.tiered_pricing"))
        #expect(rows.contains("removed measures.tiered_pricing.price_increase"))
        #expect(rows.contains("added measures.motors.gain"))
        let table = diff.table(nameA: "a.json", nameB: "b.json")
        #expect(table.columns.map(\.header) == ["change", "input", "a.json", "b.json"])
        let text = TableRenderer.render(table, as: .table)
        #expect(text.contains("measures.pv-mazhai.start_month"))
        #expect(text.contains("10") && text.contains("7"))
    }

    @Test func comparisonHasOneColumnPerScenarioAndDifferencesToTheFirst() throws {
        let baseline = try BatchFixture.baseline().baseline
        let plan = try BatchFixture.scenario("plan-2015")
        let bau = try BatchFixture.scenario("bau")
        let c = try Comparison.make(scenarios: [("plan-2015", plan), ("bau", bau), ("plan-2015", plan)], baseline: baseline)
        #expect(c.names == ["plan-2015", "bau", "plan-2015#2"])
        let tables = c.tables()
        #expect(tables.count == 3)
        #expect(tables[0].columns.map(\.key) == ["input", "plan-2015", "bau", "plan-2015#2"])
        #expect(tables[0].rows.first?.first == .text("measures.backward_capacity"))
        #expect(tables[1].columns.map(\.key) == ["key", "quantity", "unit", "plan-2015", "bau", "delta.bau",
                                                 "plan-2015#2", "delta.plan-2015#2"])
        let energy = tables[1].rows.first { $0.first == .text("energy_2015_tce") }!
        let planResult = try Engine.project(baseline: baseline, scenario: plan)
        let bauResult = try Engine.project(baseline: baseline, scenario: bau)
        #expect(energy[3] == .number(planResult.totals.energy2015Tce, decimals: 0))
        #expect(energy[5] == .text(NumberFormat.signed(bauResult.totals.energy2015Tce - planResult.totals.energy2015Tce, decimals: 0)))
        #expect(energy[7] == .text("0"))
        let intensityGoal = tables[2].rows.first { $0.first == .text("intensity") }!
        #expect(intensityGoal[2...] == [.flag(planResult.goal("intensity")!.met), .flag(false), .flag(planResult.goal("intensity")!.met)])
        #expect(tables[2].rows.count == 24 + 1)
    }

    @Test func chineseLabelsAlignInTablesAndMarkdownPastesAsIs() throws {
        let baseline = try BatchFixture.baseline().baseline
        let c = try Comparison.make(scenarios: [("plan-2015", try BatchFixture.scenario("plan-2015")),
                                                ("bau", try BatchFixture.scenario("bau"))], baseline: baseline)
        let text = TableRenderer.render(c.outputsTable(), as: .table)
        let lines = text.split(separator: "\n").dropFirst().map(String.init)
        let widths = Set(lines.prefix(lines.count - 1).map { DisplayWidth.of($0) })
        #expect(widths.count <= 2, "rows end at the same column, except trimmed ones: \(widths)")
        let header = lines[0]
        let firstColumnEnd = DisplayWidth.of(String(header.prefix { $0 != "u" }))
        for line in lines.dropFirst(2).prefix(5) {
            var width = 0
            for scalar in line.unicodeScalars {
                if width == firstColumnEnd { break }
                width += DisplayWidth.cells(scalar)
            }
            #expect(width == firstColumnEnd, "\(line)")
        }
        let md = TableSet.render([("outputs", c.outputsTable())], as: .markdown)
        #expect(md.contains("| quantity | unit | plan-2015 | bau | Δ bau |"))
        #expect(md.contains("|:---|:---|---:|---:|---:|"))
    }

    @Test func aScenarioThatFailsIsNamedInTheError() throws {
        let baseline = try BatchFixture.baseline().baseline
        let bad = try Self.edited { s in s.measures.append(Measure(id: "x", lever: .motors, fields: ["capacity_kv": .number(1)])) }
        let plan = try BatchFixture.scenario("plan-2015")
        do throws(BatchError) {
            _ = try Comparison.make(scenarios: [("plan", plan), ("bad", bad)], baseline: baseline)
            Issue.record("a bad scenario was compared")
        } catch {
            #expect(error.lines.first?.hasPrefix("bad: measures.x.capacity_kv") == true)
        }
    }
}
