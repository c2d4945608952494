import ErqiTestSupport
import Testing
@testable import ErqiModel

/// ANALYSIS.md §4: every distribution's quantiles against closed forms.
@Suite struct DistributionTests {
    func resolved(_ d: Distribution, central: Double = 0, relative: Bool = false,
                  range: ValueRange = ValueRange()) -> ResolvedDistribution {
        try! Uncertainty(d, relative: relative).resolve(central: central, range: range).get()
    }

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func normalQuantileNearMachinePrecision() {
        // Reference values of Φ⁻¹ to 16 digits.
        let cases: [(Double, Double)] = [
            (0.5, 0), (0.975, 1.959963984540054), (0.95, 1.6448536269514722), (0.99, 2.3263478740408408),
            (0.999, 3.090232306167813), (0.8413447460685429, 1.0), (1e-10, -6.361340902404056),
            (0.025, -1.959963984540054), (0.05, -1.6448536269514722),
        ]
        for (p, z) in cases {
            #expect(close(StandardNormal.quantile(p), z, 2e-15), "Φ⁻¹(\(p)) = \(StandardNormal.quantile(p)), expected \(z)")
        }
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
    }

    @Test func normalCDFAgainstReferenceValues() {
        let cases: [(Double, Double)] = [
            (0, 0.5), (1, 0.8413447460685429), (-1, 0.15865525393145707), (1.959963984540054, 0.975),
            (-3, 0.0013498980316300946), (-5, 2.866515718791939e-07), (-2, 0.022750131948179195),
            (-10, 7.619853024160527e-24),
        ]
        for (x, p) in cases {
            #expect(abs(StandardNormal.cdf(x) - p) <= 1e-14 * p + 1e-17, "Φ(\(x)) = \(StandardNormal.cdf(x)), expected \(p)")
        }
        // Φ and Φ⁻¹ invert each other across the range.
        for p in stride(from: 0.001, to: 1, by: 0.0137) {
            #expect(close(StandardNormal.cdf(StandardNormal.quantile(p)), p, 1e-14))
        }
    }

    @Test func elementaryFunctions() {
        #expect(close(StandardNormal.log(2), 0.6931471805599453, 1e-16))
        #expect(close(StandardNormal.log(10), 2.302585092994046, 1e-16))
        #expect(close(StandardNormal.log(1e-300), -690.7755278982137, 1e-16))
        #expect(close(StandardNormal.exp(1), 2.718281828459045, 4.5e-16))
        #expect(close(StandardNormal.exp(-50), 1.9287498479639178e-22, 1e-15))
        for x in stride(from: -30.0, to: 30, by: 0.77) {
            #expect(close(StandardNormal.log(StandardNormal.exp(x)), x, 1e-14))
        }
    }

    @Test func uniformQuantiles() {
        let d = resolved(.uniform(low: 2, high: 6))
        for q in [0.05, 0.25, 0.5, 0.95] { #expect(close(d.quantile(q), 2 + 4 * q)) }
    }

    @Test func integerUniformQuantiles() {
        // 1…4: cumulative 0.25, 0.5, 0.75, 1; the smallest whole number reaching q.
        let d = resolved(.uniform(low: 1, high: 4), central: 2, range: .closed(1, 13, integer: true))
        #expect(d == .integerUniform(low: 1, high: 4))
        #expect(d.quantile(0.05) == 1)
        #expect(d.quantile(0.25) == 1)
        #expect(d.quantile(0.2500001) == 2)
        #expect(d.quantile(0.5) == 2)
        #expect(d.quantile(0.75) == 3)
        #expect(d.quantile(0.95) == 4)
        #expect(d.quantile(0.999999) == 4)
        let tenths = resolved(.uniform(low: 0, high: 9), central: 0, range: .closed(0, 100, integer: true))
        #expect(tenths.quantile(0.3) == 2)
    }

    @Test func triangularQuantiles() {
        // a = 0, c = 1, b = 4: F(c) = 1/4; below, x = sqrt(q·4·1); above, x = 4 − sqrt((1−q)·4·3).
        let d = resolved(.triangular(low: 0, mode: 1, high: 4))
        #expect(close(d.quantile(0.1), (0.4).squareRoot()))
        #expect(close(d.quantile(0.25), 1))
        #expect(close(d.quantile(0.5), 4 - 6.0.squareRoot()))
        #expect(close(d.quantile(0.95), 4 - 0.6.squareRoot()))
        // The mode defaults to the central value.
        #expect(resolved(.triangular(low: 0.07, mode: nil, high: 0.11), central: 0.09) == .triangular(low: 0.07, mode: 0.09, high: 0.11))
    }

    @Test func normalQuantiles() {
        let d = resolved(.normal(mean: 10, sd: 2, low: nil, high: nil))
        #expect(close(d.quantile(0.95), 10 + 2 * 1.6448536269514722))
        #expect(close(d.quantile(0.5), 10))
        // Mean defaults to the central value.
        #expect(close(resolved(.normal(mean: nil, sd: 1, low: nil, high: nil), central: 3).quantile(0.975), 3 + 1.959963984540054))
    }

    @Test func truncatedNormalQuantiles() {
        // Half-normal: N(0,1) truncated to [0, ∞): quantile q is Φ⁻¹((1 + q)/2).
        let half = resolved(.normal(mean: 0, sd: 1, low: 0, high: nil))
        for q in [0.05, 0.5, 0.95] { #expect(close(half.quantile(q), StandardNormal.quantile((1 + q) / 2), 1e-13)) }
        // Symmetric truncation to ±1: the median is the mean.
        let sym = resolved(.normal(mean: 5, sd: 2, low: 3, high: 7))
        #expect(close(sym.quantile(0.5), 5))
        // Far in the upper tail (bounds 6 and 7 sd above the mean): values stay inside and ordered.
        let tail = resolved(.normal(mean: 0, sd: 1, low: 6, high: 7))
        let lo = tail.quantile(0.05), hi = tail.quantile(0.95)
        #expect(lo > 6 && hi < 7 && lo < hi)
        // The exact quantile: Φ⁻¹(Φ(a) + q(Φ(b) − Φ(a))), mirrored: −Φ⁻¹(Φ(−b) + (1−q)(Φ(−a) − Φ(−b))).
        let pa = StandardNormal.cdf(-7), pb = StandardNormal.cdf(-6)
        #expect(close(lo, -StandardNormal.quantile(pa + 0.95 * (pb - pa)), 1e-13))
    }

    @Test func discreteQuantiles() {
        let d = resolved(.discrete(values: [10, 20, 30], weights: [1, 2, 1]))
        // Cumulative 0.25, 0.75, 1.
        #expect(d.quantile(0.05) == 10)
        #expect(d.quantile(0.25) == 10)
        #expect(d.quantile(0.26) == 20)
        #expect(d.quantile(0.75) == 20)
        #expect(d.quantile(0.95) == 30)
        let equal = resolved(.discrete(values: [1, 2], weights: nil))
        #expect(equal.quantile(0.5) == 1 && equal.quantile(0.51) == 2)
    }

    @Test func relativeReadsFractionsOfTheCentralValue() {
        #expect(resolved(.uniform(low: -0.2, high: 0.2), central: 100, relative: true) == .uniform(low: 80, high: 120))
        #expect(resolved(.triangular(low: -0.1, mode: nil, high: 0.3), central: 10, relative: true)
                == .triangular(low: 9, mode: 10, high: 13))
        let n = resolved(.normal(mean: nil, sd: 0.1, low: -1, high: nil), central: 50, relative: true)
        #expect(close(n.quantile(0.5), 50, 1e-9))
        #expect(n.support.low == 0)
        // A negative central value: low stays below it (fractions of its magnitude).
        let negative = resolved(.uniform(low: -0.5, high: 0.5), central: -0.3, relative: true).support
        #expect(close(negative.low, -0.45) && close(negative.high, -0.15))
    }
}

/// The draws: reproducible from (seed, draw, key) alone, and uniform.
@Suite struct DrawRandomTests {
    @Test func sameInputsSameNumber() {
        let h = DrawRandom.keyHash("growth.industry")
        #expect(h == DrawRandom.keyHash("growth.industry"))
        #expect(h != DrawRandom.keyHash("growth.industrx"))
        let a = (0..<100).map { DrawRandom.uniform(seed: 1, draw: UInt64($0), keyHash: h) }
        // In reverse order, as another thread might: the same numbers.
        let b = (0..<100).reversed().map { DrawRandom.uniform(seed: 1, draw: UInt64($0), keyHash: h) }.reversed()
        #expect(a == Array(b))
        #expect(a != (0..<100).map { DrawRandom.uniform(seed: 2, draw: UInt64($0), keyHash: h) })
        // A fixed value: the stream must not change between versions, or saved results would.
        #expect(DrawRandom.keyHash("") == DrawRandom.mix(0xcbf2_9ce4_8422_2325))
    }

    @Test func uniformInOpenIntervalAndEvenlySpread() {
        let h = DrawRandom.keyHash("pv-mazhai.capacity_mw")
        let n = 100_000
        var buckets = [Int](repeating: 0, count: 10)
        var sum = 0.0
        for i in 0..<n {
            let u = DrawRandom.uniform(seed: 7, draw: UInt64(i), keyHash: h)
            #expect(u > 0 && u < 1)
            buckets[Int(u * 10)] += 1
            sum += u
        }
        // Mean within 5 standard errors (sd of U(0,1) is 0.2887).
        #expect(abs(sum / Double(n) - 0.5) < 5 * 0.2887 / Double(n).squareRoot())
        // Chi-square with 9 degrees of freedom: 99.99 % quantile is about 33.7.
        let expected = Double(n) / 10
        let chi2 = buckets.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chi2 < 33.7)
    }

    @Test func twoKeysAreUncorrelated() {
        let h1 = DrawRandom.keyHash("growth.industry"), h2 = DrawRandom.keyHash("growth.commercial")
        let n = 50_000
        var sxy = 0.0
        for i in 0..<n {
            let x = DrawRandom.uniform(seed: 1, draw: UInt64(i), keyHash: h1) - 0.5
            let y = DrawRandom.uniform(seed: 1, draw: UInt64(i), keyHash: h2) - 0.5
            sxy += x * y
        }
        // Correlation ≈ sxy / (n · 1/12); its sd under independence is 1/sqrt(n).
        #expect(abs(sxy / Double(n) * 12) < 5 / Double(n).squareRoot())
    }

    @Test func inputValueIsTheQuantileOfTheDraw() {
        let input = UncertainInput(key: "growth.industry", target: .parameter("growth.industry"), central: 0.09,
                                   uncertainty: Uncertainty(.triangular(low: 0.07, mode: nil, high: 0.11)),
                                   fromScenario: false, range: ParameterRules.range(key: "growth.industry"),
                                   distribution: .triangular(low: 0.07, mode: 0.09, high: 0.11))
        let u = DrawRandom.uniform(seed: 3, draw: 42, keyHash: DrawRandom.keyHash("growth.industry"))
        #expect(input.value(seed: 3, draw: 42) == input.distribution.quantile(u))
    }
}

/// The Monte Carlo loop's flat table gives exactly the distributions' own quantiles.
@Suite struct QuantileTableTests {
    @Test func sameValuesAsTheDistributions() {
        let ds: [ResolvedDistribution] = [
            .uniform(low: 2, high: 6), .integerUniform(low: 1, high: 13), .triangular(low: 0, mode: 1, high: 4),
            .triangular(low: 0, mode: 4, high: 4), .triangular(low: 0, mode: 0, high: 4),
            .normal(NormalParameters(mean: 10, sd: 2)!), .normal(NormalParameters(mean: 10, sd: 2, low: 8)!),
            .normal(NormalParameters(mean: 0, sd: 1, low: 6, high: 7)!), .discrete(values: [1, 5, 9], cumulative: [0.2, 0.7, 1]),
        ]
        let table = QuantileTable(ds)
        #expect(table.count == ds.count)
        for (k, d) in ds.enumerated() {
            for i in 0..<1000 {
                let q = (Double(i) + 0.5) / 1000
                #expect(table.quantile(k, q) == d.quantile(q), "\(d) at \(q)")
            }
        }
    }

    /// `fill`, which takes triangular quantiles four at a time in SIMD lanes, gives bit for bit
    /// what each distribution's own quantile gives for the same uniform number, for runs of
    /// triangular entries of every length mod 4 (the rest taken one at a time), mixed with
    /// other kinds and with inputs not read.
    @Test func fillGivesTheDistributionsOwnQuantiles() {
        var random = SeededGenerator(seed: 7)
        for triangles in [0, 1, 3, 4, 5, 8, 11, 176] {
            var ds: [ResolvedDistribution] = [.uniform(low: 2, high: 6), .discrete(values: [1, 5, 9], cumulative: [0.2, 0.7, 1])]
            for i in 0..<triangles {
                let low = Double.random(in: -5...5, using: &random), width = Double.random(in: 0...3, using: &random)
                let mode = [low, low + width, low + width * Double.random(in: 0...1, using: &random)][i % 3]
                ds.insert(.triangular(low: low, mode: mode, high: low + width), at: Int.random(in: 0...ds.count, using: &random))
            }
            let reading = ds.indices.map { $0 % 7 != 3 }
            let table = QuantileTable(ds, reading: reading)
            let hashes = ds.indices.map { DrawRandom.keyHash("input.\($0)") }
            let streams = table.streams(seed: 5, keyHashes: hashes)
            var out = [Double](repeating: -1, count: ds.count)
            for draw in UInt64(0)..<300 {
                table.fill(&out, streams: streams, drawWord: DrawRandom.drawWord(draw))
                for (k, d) in ds.enumerated() {
                    let expected = reading[k] ? d.quantile(DrawRandom.uniform(seed: 5, draw: draw, keyHash: hashes[k])) : -1
                    #expect(out[k].bitPattern == expected.bitPattern, "\(triangles) triangles, input \(k) (\(d)), draw \(draw)")
                }
            }
        }
    }
}
