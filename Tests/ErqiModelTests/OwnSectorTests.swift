import ErqiTestSupport
import Testing
@testable import ErqiModel

/// The evaluation adds each measure's changes over its own sector only (`sumQuantities`,
/// `sumMeasureContributions`, `projectTownships`). That rests on `apply` writing no other
/// sector, and gives the sums over every sector to the last bit. Both are checked here over
/// random scenarios of every lever, with and without year-to-date figures.
@Suite struct OwnSectorTests {
    @Test func measuresChangeOnlyTheirOwnSectorAndTheShortSumsAreExact() throws {
        var rng = SeededGenerator(seed: 77)
        let baseline = TestBaseline.make()
        let S = Sector.count, F = Fuel.count
        var checked = 0
        for i in 0..<1_500 {
            var scenario = PropertyTests.random(&rng)
            if i % 3 == 0 {
                scenario.actuals = Actuals(throughMonth: 6, source: "test",
                                           energyTce: [.industry: 900_000], valueAdded: [.industry: 2_000_000])
            }
            guard let compiled = try? CompiledScenario(baseline: baseline, scenario: scenario) else { continue }
            var p = Projection(for: compiled)
            guard compiled.evaluate(into: &p) else { continue }
            checked += 1
            let M = compiled.measures.count
            var measureTce = [Double](repeating: 0, count: M)
            for m in 0..<M {
                let own = compiled.measures[m].sector
                var tce = 0.0
                for s in 0..<S {
                    var ts = 0.0
                    for f in 0..<F {
                        let x = p.deltaEnergy[m * S * F + s * F + f]
                        if s != own { #expect(x.bitPattern == 0, "measure \(m) (\(compiled.measures[m].kind)) writes sector \(s)") }
                        ts += x * compiled.coefTce[f]
                    }
                    if s != own { #expect(p.deltaValueAdded[m * S + s].bitPattern == 0) }
                    #expect(p.measureSectorTce[m * S + s].bitPattern == ts.bitPattern)
                    tce += ts
                }
                measureTce[m] = tce
                #expect(p.measureTce[m].bitPattern == tce.bitPattern)
            }
            // 2015 energy as the sum over every measure of every sector (before year-to-date
            // scaling, which only the runs with figures apply).
            if scenario.actuals == nil {
                for i in 0..<(S * F) {
                    var e = p.energyBAU[i]
                    for m in 0..<M { e += p.deltaEnergy[m * S * F + i] }
                    #expect(p.energy2015[i].bitPattern == e.bitPattern, "energy \(i)")
                }
                // Townships: located measures by their whole tce, spread ones by sector.
                var located = [Double](repeating: 0, count: compiled.townshipCount)
                var spread = [Double](repeating: 0, count: S)
                for m in 0..<M {
                    let t = compiled.measures[m].township
                    if t >= 0 { located[t] += measureTce[m] } else {
                        for s in 0..<S { spread[s] += p.measureSectorTce[m * S + s] }
                    }
                }
                for t in 0..<compiled.townshipCount {
                    var e15 = located[t]
                    for s in 0..<S { e15 += compiled.shareEnergy[t * S + s] * (p.tceBAU[s] + spread[s]) }
                    #expect(p.townshipEnergy2015[t].bitPattern == e15.bitPattern, "township \(t)")
                }
            }
        }
        #expect(checked >= 500, "only \(checked) random scenarios evaluated")
    }
}
