import Testing
@testable import ErqiModel

/// One normal input x ~ N(10, 2) on a linear output y = 3x − 25: the goal "y ≤ 11" is x ≤ 12,
/// met with probability Φ(1); draws with x < 4 are refused (probability Φ(−3)).
struct LinearEvaluator: DrawEvaluator {
    func evaluate(values: [Double], into outcome: inout DrawOutcome) -> String? {
        let x = values[0]
        if x < 4 { return "x below 4" }
        let y = 3 * x - 25
        outcome.outputs[0] = y
        outcome.goalsMet[0] = y <= 11
        return nil
    }
}

@Suite struct MonteCarloTests {
    let input = UncertainInput(key: "x", target: .parameter("x"), central: 10,
                               uncertainty: Uncertainty(.normal(mean: nil, sd: 2, low: nil, high: nil)),
                               fromScenario: true, range: ValueRange(),
                               distribution: .normal(NormalParameters(mean: 10, sd: 2)!))

    @Test func probabilityWithinSamplingErrorOfTheAnalyticValue() async {
        let n = 40_000
        let r = await MonteCarlo.run(inputs: [input], draws: n, seed: 1, goals: 1, outputs: 1, workers: 2,
                                     makeEvaluator: { LinearEvaluator() })
        #expect(r.draws == n && !r.partial)
        // Invalid draws: expected n·Φ(−3) = 54, sd about 7.3.
        let refusedShare = StandardNormal.cdf(-3)
        #expect(abs(Double(r.invalid) - Double(n) * refusedShare) < 5 * (Double(n) * refusedShare).squareRoot())
        #expect(r.mostFrequentInvalidReason == "x below 4")
        // P(met | valid) = (Φ(1) − Φ(−3)) / (1 − Φ(−3)) = 0.84113…
        let truth = (StandardNormal.cdf(1) - refusedShare) / (1 - refusedShare)
        let (p, ci) = r.probability(goal: 0)!
        let se = (truth * (1 - truth) / Double(r.valid)).squareRoot()
        #expect(abs(p - truth) < 4 * se, "p = \(p), truth \(truth)")
        #expect(ci.low < p && p < ci.high && ci.high - ci.low < 8 * se)
        // The output: y = 3x − 25 has median 5 and sd 6 (the cut at x < 4 barely moves them).
        let s = r.summary(output: 0)!
        #expect(abs(s.p50 - 5) < 0.15 && abs(s.sd - 6) < 0.15 && abs(s.mean - 5) < 0.15)
        #expect(abs(s.p95 - (5 + 6 * 1.6448536269514722)) < 0.3)
        // x drives y perfectly: ρ = 1.
        let rho = r.rankCorrelations(inputs: [input], seed: 1, output: 0)
        #expect(abs(rho[0]! - 1) < 1e-12)
    }

    @Test func sameSeedSameFiguresOnOneAndTwoWorkers() async {
        let n = 10_000
        let one = await MonteCarlo.run(inputs: [input], draws: n, seed: 7, goals: 1, outputs: 1, workers: 1,
                                       makeEvaluator: { LinearEvaluator() })
        let two = await MonteCarlo.run(inputs: [input], draws: n, seed: 7, goals: 1, outputs: 1, workers: 2,
                                       makeEvaluator: { LinearEvaluator() })
        #expect(one == two)
        var e = LinearEvaluator()
        let serial = MonteCarlo.run(inputs: [input], draws: 0..<n, seed: 7, goals: 1, outputs: 1, evaluator: &e)
        #expect(serial == one)
        let other = await MonteCarlo.run(inputs: [input], draws: n, seed: 8, goals: 1, outputs: 1, workers: 2,
                                         makeEvaluator: { LinearEvaluator() })
        #expect(other.outputs != one.outputs)
    }

    @Test func stoppedRunsArePartial() async {
        let r = await MonteCarlo.run(inputs: [input], draws: 10_000, seed: 1, goals: 1, outputs: 1, workers: 2,
                                     makeEvaluator: { LinearEvaluator() }, isCancelled: { true })
        #expect(r.partial && r.draws == 0 && r.valid == 0)
        #expect(r.probability(goal: 0) == nil)
    }

    @Test func statistics() {
        let w = Statistics.wilson(successes: 8, trials: 10)!
        #expect(abs(w.low - 0.4901624715366418) < 1e-12 && abs(w.high - 0.9433178485456248) < 1e-12)
        #expect(Statistics.wilson(successes: 0, trials: 10)!.low == 0)
        #expect(Statistics.wilson(successes: 300, trials: 300)!.high == 1)
        #expect(Statistics.wilson(successes: 1, trials: 0) == nil)
        let sorted = (1...10).map(Double.init)
        #expect(Statistics.nearestRank(sorted, 0.05) == 1)
        #expect(Statistics.nearestRank(sorted, 0.5) == 5)
        #expect(Statistics.nearestRank(sorted, 0.51) == 6)
        #expect(Statistics.nearestRank(sorted, 0.95) == 10)
        #expect(Statistics.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        #expect(abs(Statistics.spearman([1, 2, 2, 3], [1, 2, 3, 4])! - 0.9486832980505138) < 1e-12)
        #expect(Statistics.spearman([1, 2, 3], [9, 4, 1]) == -1)
        #expect(Statistics.spearman([1, 1, 1], [1, 2, 3]) == nil)
        let (mean, sd) = Statistics.meanAndSD([2, 4, 4, 4, 5, 5, 7, 9])!
        #expect(mean == 5 && abs(sd - (32.0 / 7).squareRoot()) < 1e-12)
    }

    @Test func tornadoSortsBySwing() {
        let a = UncertainInput(key: "a", target: .parameter("a"), central: 1, uncertainty: Uncertainty(.uniform(low: 0, high: 2)),
                               fromScenario: true, range: ValueRange(), distribution: .uniform(low: 0, high: 2))
        let b = UncertainInput(key: "b", target: .parameter("b"), central: 5, uncertainty: Uncertainty(.uniform(low: 4, high: 6)),
                               fromScenario: true, range: ValueRange(), distribution: .uniform(low: 4, high: 6))
        // y = b − 3a: a's swing is 3 × 1.8 = 5.4, b's 1.8; a refusal above b = 5.9 is reported.
        let rows = Sensitivity.tornado(inputs: [b, a]) { v in
            v[0] > 5.95 ? .failure(ModelIssue("b", "too high")) : .success(v[0] - 3 * v[1])
        }
        #expect(rows.map(\.input) == ["a", "b"])
        #expect(abs(rows[0].swing - 5.4) < 1e-12)
        #expect(abs(rows[0].outputLow! - (5 - 0.3)) < 1e-12 && abs(rows[0].outputHigh! - (5 - 5.7)) < 1e-12)
        #expect(rows[0].low == 0.1 && abs(rows[0].high - 1.9) < 1e-12)
        #expect(rows[1].refusal == nil && abs(rows[1].swing - 1.8) < 1e-12)
        let refused = Sensitivity.tornado(inputs: [b]) { v in v[0] > 5.8 ? .failure(ModelIssue("b", "too high")) : .success(v[0]) }
        #expect(refused[0].outputHigh == nil && refused[0].refusal == "b: too high" && refused[0].swing == 0)
    }
}

/// Percentiles by selection agree with the sorted definition, ties and all.
@Suite struct NearestRankSelectionTests {
    @Test(arguments: [1, 2, 3, 10, 101, 2_000, 60_000, 250_000])
    func selectionMatchesSorting(n: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(n)
        let values = (0..<n).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 54)  // 0…1023: many ties
        }
        let ps = [0, 0.05, 0.5, 0.95, 1]
        let sorted = values.sorted()
        #expect(Statistics.nearestRanks(values, ps)! == ps.map { Statistics.nearestRank(sorted, $0)! })
    }

    /// Large arrays are bracketed from a sample first; data the evenly spaced sample misreads
    /// (every sampled value is 0, most are 1) falls back to selecting in the whole array, and
    /// sorted data is bracketed as well as shuffled data.
    @Test func bracketsThatMissFallBackToSelection() {
        let n = 100_000
        var spiky = (0..<n).map { Double($0 % 7) + 1 }
        for i in 0..<4_096 { spiky[i * n / 4_096] = 0 }
        let sorted = (0..<n).map { Double($0) / 3 }
        let ps = [0.05, 0.5, 0.95]
        for values in [spiky, sorted] {
            #expect(Statistics.nearestRanks(values, ps)! == ps.map { Statistics.nearestRank(values.sorted(), $0)! })
        }
        let ranks = ps.map { Int(($0 * Double(n)).rounded(.up)) - 1 }
        #expect(Statistics.bracketedOrderStatistics(spiky, ranks) == nil)
        #expect(Statistics.bracketedOrderStatistics(sorted, ranks) != nil)
    }

    /// The radix ranks are the comparison ranks: negatives, ±0 tied, many ties, one value.
    @Test(arguments: [2, 3, 50, 1_000, 20_000])
    func radixRanksMatchComparisonRanks(n: Int) {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D &* UInt64(n)
        let values = (0..<n).map { i -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            switch i % 5 {
            case 0: return Double(Int64(bitPattern: state) >> 40) / 1e3        // signed, spread
            case 1: return Double(state >> 60) - 8                             // few values: ties
            case 2: return (state >> 63) == 0 ? 0.0 : -0.0
            default: return Double(bitPattern: (state >> 2) & 0x7FEF_FFFF_FFFF_FFFF) * ((state & 1) == 0 ? 1 : -1)
            }
        }
        #expect(Statistics.ranks(values) == Statistics.comparisonRanks(values))
        #expect(Statistics.ranks([1]) == [1] && Statistics.ranks([]) == [])
        #expect(Statistics.ranks([2, .nan, 1]) == Statistics.comparisonRanks([2, .nan, 1]))
    }
}
