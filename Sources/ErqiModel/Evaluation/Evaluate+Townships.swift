extension CompiledScenario {
    /// Townships (docs/MODEL.md §5). False, with `p.failure`, when a township's energy goes below
    /// zero or its value added to zero or below.
    func projectTownships(into p: inout Projection) -> Bool {
        let S = Sector.count
        // Shares of BAU shares of BAU plus each measure, located or split by share. Measures that
        // are spread are summed by sector first, located ones by township (same result as
        // splitting each measure, in S·(M + T) instead of S·M·T steps).
        for s in 0..<S { p.spreadTce[s] = 0; p.spreadValueAdded[s] = 0 }
        for t in 0..<townshipCount { p.locatedTce[t] = 0; p.locatedValueAdded[t] = 0 }
        for m in 0..<measures.count {
            let t = measures[m].township
            if t >= 0 {
                p.locatedTce[t] += p.measureTce[m]
                for s in 0..<S { p.locatedValueAdded[t] += p.deltaValueAdded[m * S + s] }
            } else {
                for s in 0..<S {
                    p.spreadTce[s] += p.measureSectorTce[m * S + s]
                    p.spreadValueAdded[s] += p.deltaValueAdded[m * S + s]
                }
            }
        }
        for t in 0..<townshipCount {
            var e14 = 0.0, e15 = p.locatedTce[t], v14 = 0.0, v15 = p.locatedValueAdded[t]
            for s in 0..<S {
                let se = shareEnergy[t * S + s], sv = shareValueAdded[t * S + s]
                e14 += se * p.tce2014[s]
                e15 += se * (p.tceBAU[s] + p.spreadTce[s])
                v14 += sv * gdp[s]
                v15 += sv * (p.valueAddedBAU[s] + p.spreadValueAdded[s])
            }
            p.townshipEnergy2014[t] = e14
            p.townshipEnergy2015[t] = e15
            p.townshipValueAdded2014[t] = v14
            p.townshipValueAdded2015[t] = v15
            if e15 < -tolerance(e14) {
                p.failure = .negativeTownshipEnergy(township: t, energyTce: e15)
                return false
            }
            if !(v15 > 0) {
                p.failure = .nonPositiveTownshipValueAdded(township: t, valueAdded: v15)
                return false
            }
            p.townshipIntensityChange[t] = (e15 / v15) / (e14 / v14) - 1
            p.townshipEnergyGapTce[t] = e15 - (e14 / v14) * (1 + townshipTargets[t]) * v15
        }
        return true
    }
}
