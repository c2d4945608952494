extension CompiledScenario {
    /// Townships (docs/MODEL.md §5; with year-to-date figures, §14). A township gets
    /// `r_s · share[t][s] · BAU[s]` of each sector (r_s = 1 without a figure for s), and each
    /// measure's change weighs `1 + (r_s − 1)·F_j(k)` (1 without figures), located in its
    /// township or split by share, so that the townships still sum to the district. False, with
    /// `p.failure`, when a township's energy goes below zero or its value added to zero or below.
    ///
    /// Measures that are spread are summed by sector first, located ones by township (the same
    /// result as splitting each measure, in S·(M + T) steps instead of S·M·T). A measure changes
    /// only its own sector (`apply`), so only that sector of it is added: the others would add
    /// +0 to sums that start at +0. Without figures every weight is 1 and 1 · x is x, so the
    /// figures are those of the plain model to the last bit.
    func projectTownships(into p: inout Projection) -> Bool {
        let S = Sector.count
        let withActuals = yearToDate != nil
        for s in 0..<S { p.spreadTce[s] = 0; p.spreadValueAdded[s] = 0 }
        for t in 0..<townshipCount { p.locatedTce[t] = 0; p.locatedValueAdded[t] = 0 }
        for m in 0..<measures.count {
            let t = measures[m].township, s = measures[m].sector
            var de = p.measureSectorTce[m * S + s], dv = p.deltaValueAdded[m * S + s]
            if withActuals {
                let share = p.yearToDate.measureShare[m]
                de *= 1 + (p.yearToDate.energyRatio[s] - 1) * share
                dv *= 1 + (p.yearToDate.valueAddedRatio[s] - 1) * share
            }
            if t >= 0 {
                p.locatedTce[t] += de
                p.locatedValueAdded[t] += dv
            } else {
                p.spreadTce[s] += de
                p.spreadValueAdded[s] += dv
            }
        }
        for t in 0..<townshipCount {
            var e14 = 0.0, e15 = p.locatedTce[t], v14 = 0.0, v15 = p.locatedValueAdded[t]
            for s in 0..<S {
                let se = shareEnergy[t * S + s], sv = shareValueAdded[t * S + s]
                let re = withActuals ? p.yearToDate.energyRatio[s] : 1
                let rv = withActuals ? p.yearToDate.valueAddedRatio[s] : 1
                e14 += se * p.tce2014[s]
                e15 += se * (re * p.tceBAU[s] + p.spreadTce[s])
                v14 += sv * gdp[s]
                v15 += sv * (rv * p.valueAddedBAU[s] + p.spreadValueAdded[s])
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
