import ErqiFiles
import ErqiModel
import ErqiTestSupport
import Foundation
import Testing
@testable import ErqiReport

/// The whole page against golden files, and what it must and must not contain.
@Suite struct HTMLReportGoldenTests {
    @Test func thePlanAlone() {
        Golden.check(HTMLReport.render(ReportFixtures.input(["plan-2015"])), "report-plan-2015.html", target: "ErqiReportTests")
    }

    @Test func threeScenariosSideBySide() {
        let rows = [
            ReportInputRow(path: "measures.c2g-mazhai-boilers.start_month", values: ["—", "6", "9"]),
            ReportInputRow(path: "assumptions.growth.industry", values: ["default (baseline 0.08)", "default", "0.1 <&>"]),
        ]
        let html = HTMLReport.render(ReportFixtures.input(["bau", "plan-2015", "plan-late"], differences: rows))
        Golden.check(html, "report-bau-plan-late.html", target: "ErqiReportTests")
    }
}

@Suite struct HTMLReportContentTests {
    static let names = ["bau", "plan-2015", "plan-late"]
    static let html = HTMLReport.render(ReportFixtures.input(names))

    @Test func selfContainedWithoutScript() {
        let h = Self.html.lowercased()
        #expect(!h.contains("<script"))
        #expect(!h.contains("src="))
        #expect(!h.contains("href=\"http"))
        #expect(!h.contains("@import"))
        // The only url() is the shared hatch pattern, defined in the page itself.
        #expect(h.components(separatedBy: "url(").count - 1 == h.components(separatedBy: "url(#hatch)").count - 1)
        #expect(h.contains("id=\"hatch\""))
        #expect(h.hasPrefix("<!doctype html>"))
        #expect(h.contains("@page { size: a4"))
    }

    /// Every goal of every scenario appears once in its card or chart, with the result's verdict.
    @Test func everyVerdictIsTheResultsOwn() {
        for name in Self.names {
            let r = ReportFixtures.result(name)
            let section = Self.scenarioParts(name)
            for g in r.goals {
                let tag = "data-goal=\"\(g.id)\" data-verdict=\"\(g.met ? "met" : "missed")\""
                #expect(section.contains(tag), "\(name): \(g.id) should read \(g.met ? "met" : "missed")")
                let other = "data-goal=\"\(g.id)\" data-verdict=\"\(g.met ? "missed" : "met")\""
                #expect(!section.contains(other))
            }
            let allMet = r.goals.allSatisfy(\.met)
            #expect(section.contains("data-scenario=\"\(name)\" data-verdict=\"\(allMet ? "met" : "missed")\""))
        }
    }

    /// The barometer is the first section, and every goal of every scenario carries its grade in
    /// words as well as in the class that colours it.
    @Test func theBarometerComesFirstWithEveryGrade() throws {
        let sections = Self.html.components(separatedBy: "<section id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(sections.first == "barometer")
        let bands = try Barometer.Bands.from(ReportFixtures.baseline).get()
        for name in Self.names {
            let b = Barometer(result: ReportFixtures.result(name), bands: bands)
            let part = Self.scenarioParts(name)
            #expect(b.entries.count == 24)
            for e in b.entries {
                let row = "data-barometer-goal=\"\(e.goal.id)\" data-grade=\"\(e.grade.rawValue)\">"
                guard let start = part.range(of: row) else { Issue.record("\(name): \(e.goal.id) not graded \(e.grade)"); continue }
                let rest = part[start.upperBound...]
                let cells = rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)]
                #expect(cells.contains(e.grade.label), "\(name): \(e.goal.id) without its words")
                #expect(cells.contains(GoalFormat.margin(e.goal)), "\(name): \(e.goal.id) without its margin")
            }
        }
    }

    /// Without bands in the baseline the card says so instead of grading.
    @Test func aBaselineWithoutBandsSaysSo() {
        var input = ReportFixtures.input(["plan-2015"])
        input.scenarios[0].barometer = nil
        #expect(HTMLReport.render(input).contains("No barometer: the baseline lacks the <code>warning.band.*</code> parameters."))
    }

    /// The card's tce still to save is the result's gap (0 when there is room to spare).
    @Test func stillToSaveIsTheGap() {
        for name in Self.names {
            let gap = ReportFixtures.result(name).totals.energyGapTce
            let expected = gap > 0 ? ReportNumber.coord(gap) : "0"
            #expect(Self.scenarioParts(name).contains("data-gap-tce=\"\(expected)\""))
        }
        // Business as usual misses the intensity goal, so something is left to save.
        #expect(ReportFixtures.result("bau").totals.energyGapTce > 0)
    }

    /// Every measure has its bar and its row with the lead unit.
    @Test func everyMeasureIsDrawnAndListed() {
        let r = ReportFixtures.result("plan-2015")
        #expect(!r.measures.isEmpty)
        for m in r.measures {
            #expect(Self.html.contains("data-measure=\"\(m.id)\""))
            #expect(Self.html.contains("<code>\(m.id)</code>"))
            #expect(Self.html.contains(m.leadUnit))
        }
    }

    /// The needed saving drawn as the wedge chart's line is what the measures save plus the gap.
    @Test func neededSavingAddsUp() {
        let r = ReportFixtures.result("plan-2015")
        let saved = r.measures.reduce(0) { $0 + $1.energySavingTce }
        let needed = ReportCharts.neededSavingTce(r.totals)
        #expect(abs(needed - (saved + r.totals.energyGapTce)) < 1e-6 * max(needed, 1))
        #expect(Self.html.contains("需节约 needed \(ReportNumber.fixed(needed, decimals: 0)) tce"))
    }

    @Test func honestyNoteNamesTheBaseline() {
        let b = ReportFixtures.baseline
        #expect(Self.html.contains(ErqiFiles.BaselineStore.embeddedSHA256))
        #expect(Self.html.contains("<strong>\(b.estimateCount) of \(b.parameters.count)</strong>"))
        #expect(Self.html.contains("2015-12-31"))
        #expect(Self.html.contains("<td>test</td>"))
    }

    @Test func oneScenarioHasNothingToCompare() {
        let html = HTMLReport.render(ReportFixtures.input(["plan-2015"]))
        #expect(html.contains("One scenario: nothing to compare"))
    }

    /// The part of the page about one scenario: its card and its figures.
    static func scenarioParts(_ name: String) -> String {
        let marker = "data-scenario=\"\(name)\""
        let pieces = html.components(separatedBy: marker).dropFirst()
        return pieces.map { piece in
            // Up to the next scenario's element.
            piece.components(separatedBy: "data-scenario=").first ?? piece
        }.map { marker + $0 }.joined(separator: "\n")
    }
}

@Suite struct ReportNumberTests {
    @Test func fixedGroupsAndRounds() {
        #expect(ReportNumber.fixed(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(ReportNumber.fixed(-0.004, decimals: 2) == "0.00")
        #expect(ReportNumber.fixed(-21400, decimals: 0) == "−21,400")
        #expect(ReportNumber.fixed(999.5, decimals: 0) == "1,000")
        #expect(ReportNumber.fixed(0.05, decimals: 3, grouping: false) == "0.050")
        #expect(ReportNumber.percent(-0.0234) == "−2.34 %")
        #expect(ReportNumber.signed(12.5, decimals: 1) == "+12.5")
        #expect(ReportNumber.coord(-3.25) == "-3.3" || ReportNumber.coord(-3.25) == "-3.2")
    }

    /// Numbers beyond Int64 never trap; not-a-number says so.
    @Test func hugeAndNonFinite() {
        #expect(ReportNumber.fixed(1e300, decimals: 0) == "1e+300")
        #expect(ReportNumber.fixed(.infinity, decimals: 2) == "inf")
        #expect(ReportNumber.fixed(.nan, decimals: 2) == "n/a")
        #expect(ReportNumber.coord(.nan) == "0")
    }

    @Test func escapesMarkup() {
        #expect(HTMLText.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
        #expect(HTMLText.escape("马寨镇") == "马寨镇")
    }
}

@Suite struct SVGBarsTests {
    @Test func positionsStayInsideTheBarArea() {
        let g = SVGBars(low: -1, high: 1)
        #expect(g.x(-1) == g.barLeft)
        #expect(g.x(1) == g.barRight)
        #expect(g.x(5) == g.barRight)
        #expect(g.x(.nan) == g.barLeft)
        #expect(abs(g.x(0) - (g.barLeft + g.barRight) / 2) < 1e-9)
    }

    @Test func ticksAreRoundAndInRange() {
        let ticks = SVGBars(low: 0, high: 26000).ticks()
        #expect(ticks.first == 0)
        #expect(ticks.contains(10000))
        #expect(ticks.allSatisfy { $0 >= 0 && $0 <= 26000 })
        #expect(ticks.count >= 3 && ticks.count <= 11)
        #expect(SVGBars(low: 3, high: 3).high > 3)
    }
}

/// The year-to-date section: shown for a scenario with figures, each line the result's own,
/// and left out when no scenario has figures.
@Suite struct HTMLReportActualsTests {
    @Test func eachFigureAndItsProjectionIsShown() throws {
        let result = ReportFixtures.result("plan-2015-h1")
        let actuals = try #require(result.actuals)
        let html = HTMLReport.render(ReportFixtures.input(["plan-2015", "plan-2015-h1"]))
        let start = try #require(html.range(of: "<section id=\"actuals\">"))
        let section = String(html[start.lowerBound...]).components(separatedBy: "</section>")[0]
        #expect(section.contains("plan-2015: no year-to-date figures"))
        #expect(section.contains("data-through-month=\"6\"") && section.contains("January–June"))
        #expect(section.contains(HTMLText.escape(actuals.source!)))
        for (lines, key) in [(actuals.energy, "energy_tce"), (actuals.valueAdded, "value_added")] {
            for l in lines {
                let row = try #require(section.range(of: "data-sector=\"\(l.sector)\" data-figure=\"\(key)\""))
                let text = section[row.upperBound...].prefix { $0 != "\n" }
                for v in [ReportNumber.fixed(l.actual, decimals: 0), ReportNumber.fixed(l.projected, decimals: 0),
                          ReportNumber.fixed(l.ratio, decimals: 3), ReportNumber.fixed(l.model, decimals: 0)] {
                    #expect(text.contains(">\(v)<"), "\(l.sector) \(key): \(v) in \(text)")
                }
            }
        }
        #expect(actuals.energy.count == 3 && actuals.valueAdded.count == 2)
        // After the verdicts, before the charts.
        #expect(html.range(of: "id=\"verdicts\"").map { $0.lowerBound < start.lowerBound } ?? true)
        #expect(html.range(of: "id=\"intensity\"")!.lowerBound > start.lowerBound)
    }

    @Test func noSectionWithoutFigures() {
        #expect(!HTMLReportContentTests.html.contains("id=\"actuals\""))
    }
}
