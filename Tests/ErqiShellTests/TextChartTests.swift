import ErqiFiles
import ErqiModel
import ErqiRender
import ErqiTestSupport
import Foundation
import Testing
@testable import ErqiShell

/// The text charts (ErqiRender) against golden files, and the properties every chart keeps.
@Suite struct TextChartGoldenTests {
    static func result(_ name: String) -> ScenarioResult {
        let scenario = try! ScenarioLoader.load(path: Repository.root + "/scenarios/\(name).json")
        return try! Engine.project(baseline: Fixtures.baseline, scenario: scenario)
    }

    static let plan = result("plan-2015")

    @Test(arguments: TextCharts.names)
    func unicodeAt80(_ name: String) {
        let text = TextCharts.chart(name, Self.plan)!.render(ChartStyle(charset: .unicode, width: 80))
        Golden.check(text, "chart-\(name)-plan-2015.txt", target: "ErqiShellTests")
    }

    @Test(arguments: TextCharts.names)
    func asciiAt60(_ name: String) {
        let text = TextCharts.chart(name, Self.plan)!.render(ChartStyle(charset: .ascii, width: 60))
        Golden.check(text, "chart-\(name)-plan-2015-ascii.txt", target: "ErqiShellTests")
    }

    @Test func wedgesOfBusinessAsUsual() {
        let text = TextCharts.wedges(Self.result("bau")).render(ChartStyle(width: 72))
        Golden.check(text, "chart-wedges-bau.txt", target: "ErqiShellTests")
        #expect(text.contains("no measures"))
    }
}

@Suite struct TextChartPropertyTests {
    static let results = ["bau", "plan-2015", "plan-late", "gas-first"].map(TextChartGoldenTests.result)

    /// No line is wider than the terminal, at any width from 40 up, in either charset.
    @Test(arguments: [40, 57, 80, 132])
    func linesFitTheWidth(_ width: Int) {
        for r in Self.results {
            for name in TextCharts.names {
                for charset in ChartCharset.allCases {
                    let text = TextCharts.chart(name, r)!.render(ChartStyle(charset: charset, width: width))
                    for line in text.split(separator: "\n") {
                        #expect(DisplayWidth.of(String(line)) <= width, "\(r.scenario) \(name) \(charset) at \(width): '\(line)'")
                    }
                }
            }
        }
    }

    /// ASCII charts hold only ASCII; the label column ends at the same cell on every row,
    /// whether its labels are Chinese (two cells a character) or not.
    @Test func asciiIsAsciiAndLabelsAlign() {
        let plan = Self.results[1]
        for name in TextCharts.names {
            let ascii = TextCharts.chart(name, plan)!.render(ChartStyle(charset: .ascii, width: 80))
            #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "\(name)")
        }
        let towns = TextCharts.townships(plan).render(ChartStyle(charset: .unicode, width: 100))
        let rows = towns.split(separator: "\n").filter { $0.contains("✓") || $0.contains("✗") }
        #expect(rows.count == plan.townships.count)
        let markCells = Set(rows.map { line -> Int in
            let prefix = line.prefix { $0 != "✓" && $0 != "✗" }
            return DisplayWidth.of(String(prefix))
        })
        #expect(markCells.count == 1, "marks start at cells \(markCells)")
    }

    /// Met and missed differ without colour: one mark per township, as erqi's verdicts.
    @Test func marksAreTheVerdicts() {
        let plan = Self.results[1]
        let text = TextCharts.townships(plan).render(ChartStyle(charset: .unicode, width: 100))
        for t in plan.townships {
            let line = text.split(separator: "\n").first { $0.contains(" \(t.id) ") }
            #expect(line?.contains(t.met ? "✓" : "✗") == true, "\(t.id)")
        }
        let ascii = TextCharts.townships(plan).render(ChartStyle(charset: .ascii, width: 100))
        #expect(ascii.components(separatedBy: "MISS").count - 1 == plan.townships.filter { !$0.met }.count)
        #expect(!text.contains("\u{1B}["))
    }

    /// Bars are as long as their values: eighths of a cell, in proportion.
    @Test func barLengthsFollowTheValues() {
        let chart = TextBarChart(title: "t", rows: [.init(label: "a", value: 1, valueText: "1"),
                                                   .init(label: "b", value: 0.5, valueText: "0.5"),
                                                   .init(label: "c", value: 1.0 / 16, valueText: "x")], scaleMax: 1)
        let lines = chart.render(ChartStyle(width: 40)).split(separator: "\n")
        func cells(_ line: Substring) -> Double {
            line.reduce(0.0) { sum, ch in
                if ch == "█" { return sum + 1 }
                if let i = TextBarChart.partials.firstIndex(of: ch), i > 0 { return sum + Double(i) / 8 }
                return sum
            }
        }
        let a = cells(lines[1]), b = cells(lines[2]), c = cells(lines[3])
        #expect(a > 0 && abs(b - a / 2) <= 0.125 && abs(c - a / 16) <= 0.125)
    }

    /// Colour only when allowed, and then the same text once the escapes are removed.
    @Test func colourIsOnlyDecoration() {
        let plan = Self.results[1]
        let plain = TextCharts.water(plan).render(ChartStyle(width: 80, colour: false))
        let coloured = TextCharts.water(plan).render(ChartStyle(width: 80, colour: true))
        #expect(coloured.contains("\u{1B}[32m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}[32m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(stripped == plain)
    }

    @Test func environmentDecidesCharsetAndColour() {
        #expect(ChartStyle.charset(environment: ["LANG": "C"]) == .ascii)
        #expect(ChartStyle.charset(environment: [:]) == .ascii)
        #expect(ChartStyle.charset(environment: ["LANG": "zh_CN.UTF-8"]) == .unicode)
        #expect(ChartStyle.charset(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .ascii)
        #expect(ChartStyle.charset(environment: ["LC_ALL": "", "LC_CTYPE": "C.utf8"]) == .unicode)
        #expect(ChartStyle.colour(isTerminal: true, environment: [:]))
        #expect(!ChartStyle.colour(isTerminal: false, environment: [:]))
        #expect(!ChartStyle.colour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ChartStyle.colour(isTerminal: true, environment: ["NO_COLOR": ""]))
    }

    /// The wedge chart's needed line is what the measures save plus the gap, and its total row their sum.
    @Test func wedgesAddUp() {
        let plan = Self.results[1]
        let needed = TextCharts.neededSavingTce(plan.totals)
        let saved = plan.measures.reduce(0) { $0 + $1.energySavingTce }
        #expect(abs(needed - saved - plan.totals.energyGapTce) < 1e-6 * needed)
        let text = TextCharts.wedges(plan).render(ChartStyle(width: 80))
        #expect(text.contains("needed 需节约 \(NumberFormat.fixed(needed, decimals: 0, grouping: true))"))
        #expect(text.contains(NumberFormat.fixed(saved, decimals: 0, grouping: true)))
    }
}

@Suite struct ChartCommandTests {
    @Test func chartAtThePrompt() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.session.settings.chartStyle = ChartStyle(charset: .unicode, width: 80, colour: true)
        shell.run("load plan-2015")
        shell.terminalWidth = { 70 }
        let out = shell.execute(line: "chart water").output
        #expect(out.contains("\u{1B}[32m"))
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0).replacingOccurrences(of: "\u{1B}[32m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")) <= 70 })
        shell.run(".charset ascii")
        let ascii = shell.execute(line: "chart townships").output
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(shell.execute(line: ".charset").output == "charset ascii\n")
    }

    @Test func colourNeverGoesToAFile() {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.session.settings.chartStyle = ChartStyle(charset: .unicode, width: 80, colour: true)
        shell.run("load plan-2015")
        let file = folder + "/chart.txt"
        shell.run(".once \(file)", "chart wedges")
        let text = try! String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("key_enterprises") && !text.contains("\u{1B}["))
    }

    @Test func mistakesAreNamed() {
        let shell = Fixtures.shell()
        #expect(shell.execute(line: "chart wedge").error?.contains("did you mean 'wedges'") == true)
        #expect(shell.execute(line: "chart").error?.contains("usage: chart") == true)
        #expect(shell.execute(line: ".charset utf8").error?.contains("unknown charset") == true)
    }

    @Test func reportWritesOnceAndNeverOverwritesWithoutBang() throws {
        let folder = Fixtures.scenariosCopy()
        let shell = Fixtures.shell(folder: folder)
        shell.today = { "2015-12-31" }
        shell.run("load plan-2015")
        let path = folder + "/brief.html"
        let reply = shell.execute(line: "report \(path)")
        #expect(reply.error == nil)
        #expect(reply.output.contains("wrote \(path)"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("data-scenario=\"plan-2015\""))
        #expect(html.contains("2015-12-31"))
        #expect(html.contains(BaselineStore.embeddedSHA256))
        #expect(!html.contains("<script"))
        let again = shell.execute(line: "report \(path)")
        #expect(again.error?.contains("report! \(path)") == true)
        shell.run("set key_enterprises.saving_tce 15000")
        #expect(shell.execute(line: "report! \(path)").error == nil)
        let changed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(changed != html)
        #expect(shell.execute(line: "report!").error != nil)   // report! needs the file named
    }
}

@Suite struct AnalysisChartCommandTests {
    @Test func tornadoAndMonteCarloAnswer() {
        let shell = Fixtures.shell(folder: Fixtures.scenariosCopy())
        shell.run("load plan-2015", "uncertain growth.industry triangular 0.07 0.09 0.11")
        let tornado = shell.execute(line: "chart tornado")
        #expect(tornado.error == nil)
        #expect(tornado.output.contains("sensitivity of intensity_change"))
        let histogram = shell.execute(line: "chart montecarlo 500")
        #expect(histogram.error == nil)
        #expect(histogram.output.contains("over 500 valid Monte Carlo draws"))
        #expect(histogram.output.contains("goal 目标 -2.00 %"))
        #expect(histogram.output.contains("P(met)"))
        #expect(shell.execute(line: "chart montecarlo 500 seed x").error?.contains("expected a whole number") == true)
        #expect(shell.execute(line: "chart tornado a b").error?.contains("usage: chart tornado") == true)
    }

    @Test func completionListsEveryChart() {
        let completer = Completer(session: Fixtures.shell().session)
        #expect(completer.candidates(before: "chart ", word: "") == ["montecarlo", "tornado", "townships", "water", "wedges"])
        #expect(completer.candidates(before: "chart montecarlo 500 ", word: "") == ["seed"])
        #expect(completer.candidates(before: "chart tornado ", word: "energy").contains("energy_gap_tce"))
    }
}
