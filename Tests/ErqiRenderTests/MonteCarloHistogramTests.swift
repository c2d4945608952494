import ErqiRender
import Testing

/// The Monte Carlo histogram: bins with the goal on an edge, ✓ above the goal line and ✗ below,
/// eighth-block bars (or `#` in ASCII) and P(met) with its interval underneath.
@Suite struct MonteCarloHistogramChartTests {
    /// 20 draws from −3.2 % to −0.9 %, 13 of them at or below −2 %.
    static let values: [Double] = [
        -0.032, -0.030, -0.029, -0.027, -0.026, -0.025, -0.025, -0.024, -0.023, -0.022,
        -0.021, -0.021, -0.020, -0.019, -0.018, -0.017, -0.015, -0.013, -0.011, -0.009,
    ]
    static let met = MonteCarloHistogram.Probability(probability: 0.65, low: 0.433, high: 0.819)

    static func render(_ charset: ChartCharset) -> String {
        MonteCarloHistogram.render(values: values, goal: -0.02, met: met, title: "demo: intensity change 单位GDP能耗变化",
                                   style: ChartStyle(charset: charset, width: 60))
    }

    @Test func unicode() {
        let expected = """
            demo: intensity change 单位GDP能耗变化
            -3.34 % … -3.15 % ✓  █████████▍                   1 (5.0 %)
            -3.15 % … -2.96 % ✓  █████████▍                   1 (5.0 %)
            -2.96 % … -2.77 % ✓  █████████▍                   1 (5.0 %)
            -2.77 % … -2.58 % ✓  ██████████████████▋          2 (10.0 %)
            -2.58 % … -2.38 % ✓  ████████████████████████████ 3 (15.0 %)
            -2.38 % … -2.19 % ✓  ██████████████████▋          2 (10.0 %)
            -2.19 % … -2.00 % ✓  ████████████████████████████ 3 (15.0 %)
            ── goal 目标 -2.00 %: above met, below missed ──────────────
            -2.00 % … -1.81 % ✗  █████████▍                   1 (5.0 %)
            -1.81 % … -1.62 % ✗  ██████████████████▋          2 (10.0 %)
            -1.62 % … -1.42 % ✗  █████████▍                   1 (5.0 %)
            -1.42 % … -1.23 % ✗  █████████▍                   1 (5.0 %)
            -1.23 % … -1.04 % ✗  █████████▍                   1 (5.0 %)
            -1.04 % … -0.85 % ✗  █████████▍                   1 (5.0 %)
            P(met) 65.0 % (95 % interval 43.3–81.9 %), 20 valid draws

            """
        #expect(Self.render(.unicode) == expected)
    }

    @Test func ascii() {
        let text = Self.render(.ascii)
        let expected = """
            demo: intensity change GDP
            -3.34 % to -3.15 % ok    ########                 1 (5.0 %)
            -3.15 % to -2.96 % ok    ########                 1 (5.0 %)
            -2.96 % to -2.77 % ok    ########                 1 (5.0 %)
            -2.77 % to -2.58 % ok    ################         2 (10.0 %)
            -2.58 % to -2.38 % ok    ######################## 3 (15.0 %)
            -2.38 % to -2.19 % ok    ################         2 (10.0 %)
            -2.19 % to -2.00 % ok    ######################## 3 (15.0 %)
            -- goal -2.00 %: above met, below missed -------------------
            -2.00 % to -1.81 % MISS  ########                 1 (5.0 %)
            -1.81 % to -1.62 % MISS  ################         2 (10.0 %)
            -1.62 % to -1.42 % MISS  ########                 1 (5.0 %)
            -1.42 % to -1.23 % MISS  ########                 1 (5.0 %)
            -1.23 % to -1.04 % MISS  ########                 1 (5.0 %)
            -1.04 % to -0.85 % MISS  ########                 1 (5.0 %)
            P(met) 65.0 % (95 % interval 43.3-81.9 %), 20 valid draws

            """
        #expect(text == expected)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func everyDrawIsCountedOnceAndTheGoalSplitsTheBins() {
        let text = Self.render(.unicode)
        let rows = text.split(separator: "\n").filter { $0.contains("✓") || $0.contains("✗") }
        let counts = rows.map { row in Int(row.split(separator: " ").reversed()[2])! }
        #expect(counts.reduce(0, +) == Self.values.count)
        let metRows = rows.prefix { $0.contains("✓") }
        #expect(metRows.map { Int($0.split(separator: " ").reversed()[2])! }.reduce(0, +) == 13)
        #expect(rows.dropFirst(metRows.count).allSatisfy { $0.contains("✗") })
    }

    @Test func colourPaintsMetGreenAndMissedRed() {
        let text = MonteCarloHistogram.render(values: Self.values, goal: -0.02, met: Self.met, title: "t",
                                              style: ChartStyle(width: 60, colour: true))
        #expect(text.contains("\u{1B}[32m█") && text.contains("\u{1B}[31m█"))
    }

    @Test func noDraws() {
        let text = MonteCarloHistogram.render(values: [], goal: -0.02, met: nil, title: "t", style: ChartStyle())
        #expect(text == "t\n  no valid draws\n")
    }
}
