extension CompiledScenario {
    /// `W_s(k)`: the share of sector `s`'s year (of kind `kind`) that falls in January…k, from the
    /// baseline's monthly shape `profile.<kind>.<sector>`; flat when the baseline has none.
    func sectorShare(_ kind: SectorProfileKind, sector s: Int, throughMonth k: Int) -> Double {
        var upTo = 0.0, total = 0.0
        for m in 1...12 {
            let w = inputs[layout.sectorProfile(kind, s, month: m)]
            total += w
            if m <= k { upTo += w }
        }
        return total > 0 ? upTo / total : Double(k) / 12
    }

    /// `F_j(k)`: the share of measure `m`'s 2015 effect delivered by month k (its start month
    /// and load profile); 0 before it starts or when it is not in 2015.
    func measureShare(_ m: Int, throughMonth k: Int) -> Double {
        let start = measures[m].startMonth, profile = measures[m].profile
        guard profile >= 0, start <= 12, k >= start else { return 0 }
        var upTo = 0.0, total = 0.0
        for month in start...12 {
            let w = inputs[layout.profile(profile, month: month)]
            total += w
            if month <= k { upTo += w }
        }
        return total > 0 ? upTo / total : 0
    }

    /// Projects each sector with a year-to-date figure (docs/MODEL.md §14): its energy by fuel,
    /// and its air emissions, scaled from the model's year to the projected one; its value
    /// added replaced by the projected one. Runs after the measures' contributions and before
    /// the totals. False, with `p.failure`, when a figure cannot scale its sector.
    func applyActuals(into p: inout Projection) -> Bool {
        guard let a = yearToDate else { return true }
        let S = Sector.count, F = Fuel.count, A = AirPollutant.count, k = a.throughMonth
        let M = measures.count
        for m in 0..<M { p.yearToDate.measureShare[m] = measureShare(m, throughMonth: k) }
        for i in 0..<S { p.yearToDate.energyRatio[i] = 1; p.yearToDate.valueAddedRatio[i] = 1 }

        for (i, figure) in a.energy.enumerated() {
            let s = figure.sector
            let w = sectorShare(.energy, sector: s, throughMonth: k)
            let bau = p.tceBAU[s]
            var ytd = bau * w
            for m in 0..<M { ytd += p.measureSectorTce[m * S + s] * p.yearToDate.measureShare[m] }
            var model = 0.0
            for f in 0..<F { model += p.energy2015[s * F + f] * coefTce[f] }
            let r = ytd > 0 ? figure.value / ytd : 0
            var projected = r * bau
            for m in 0..<M { projected += p.measureSectorTce[m * S + s] * (1 + (r - 1) * p.yearToDate.measureShare[m]) }
            p.yearToDate.energy[i] = SectorYearToDate(sector: s, actual: figure.value, bauShare: w, modelYearToDate: ytd,
                                                      ratio: r, projected: projected, model: model, bau: bau)
            guard ytd > 0, model > 0, projected >= 0 else {
                p.failure = .actualsCannotProject(sector: s, valueAdded: false, modelYearToDate: ytd, model: model, projected: projected)
                return false
            }
            p.yearToDate.energyRatio[s] = r
            let scale = projected / model
            for f in 0..<F { p.energy2015[s * F + f] *= scale }
            // The sector's air: its business as usual and the changes of the measures acting on it.
            for ap in 0..<A {
                var sectorAir = p.airBAU[ap * S + s]
                for m in 0..<M where measures[m].sector == s { sectorAir += p.deltaAir[m * A + ap] }
                p.air2015[ap] += (scale - 1) * sectorAir
            }
        }
        for ap in 0..<A {
            var bau = 0.0
            for s in 0..<S { bau += p.airBAU[ap * S + s] }
            if p.air2015[ap] < -tolerance(bau) {
                p.failure = .negativeAir(pollutant: ap, removed: bau - p.air2015[ap], bau: bau)
                return false
            }
        }

        for (i, figure) in a.valueAdded.enumerated() {
            let s = figure.sector
            let w = sectorShare(.valueAdded, sector: s, throughMonth: k)
            let bau = p.valueAddedBAU[s]
            var ytd = bau * w
            for m in 0..<M { ytd += p.deltaValueAdded[m * S + s] * p.yearToDate.measureShare[m] }
            let model = p.valueAdded2015[s]
            let r = ytd > 0 ? figure.value / ytd : 0
            var projected = r * bau
            for m in 0..<M { projected += p.deltaValueAdded[m * S + s] * (1 + (r - 1) * p.yearToDate.measureShare[m]) }
            p.yearToDate.valueAdded[i] = SectorYearToDate(sector: s, actual: figure.value, bauShare: w, modelYearToDate: ytd,
                                                          ratio: r, projected: projected, model: model, bau: bau)
            guard ytd > 0, model > 0, projected > 0 else {
                p.failure = .actualsCannotProject(sector: s, valueAdded: true, modelYearToDate: ytd, model: model, projected: projected)
                return false
            }
            p.yearToDate.valueAddedRatio[s] = r
            p.valueAdded2015[s] = projected
        }
        return true
    }
}
