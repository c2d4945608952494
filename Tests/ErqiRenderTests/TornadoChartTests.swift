import ErqiModel
import ErqiRender
import Testing

/// The text tornado: bars around the central output, labels aligned by display width (wide
/// characters count two cells), `#` and `|` under the ASCII charset.
@Suite struct TornadoChartTests {
    static let report = SensitivityReport(scenario: "demo", output: "energy_gap_tce", central: 100, rows: [
        TornadoRow(input: "growth.industry", low: 0.07, high: 0.11, outputLow: 60, outputHigh: 140, refusal: nil),
        TornadoRow(input: "增长.x", low: 1, high: 2, outputLow: 110, outputHigh: 90, refusal: nil),
        TornadoRow(input: "coal", low: 1, high: 2, outputLow: nil, outputHigh: 120, refusal: "coal below zero"),
    ])

    @Test func unicode() {
        let text = TornadoChart.render(Self.report, style: ChartStyle(charset: .unicode, width: 60))
        let expected = """
            sensitivity of energy_gap_tce (demo): central 100.0; each input at its 5th and 95th percentile, the others central
              growth.industry █████████████████████████████ 60.0 → 140.0
              增长.x                    █████████           110.0 → 90.0
              coal                          │               refused

            """
        #expect(text == expected)
    }

    @Test func ascii() {
        let text = TornadoChart.render(Self.report, style: ChartStyle(charset: .ascii, width: 60))
        #expect(text.contains("  growth.industry ############################ 60.0 -> 140.0\n"))
        #expect(text.contains("  coal                          |              refused\n"))
        #expect(text.allSatisfy { $0.isASCII || "增长".contains($0) })
    }
}
