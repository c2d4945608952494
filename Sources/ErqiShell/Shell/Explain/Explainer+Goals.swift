import ErqiModel

extension Explainer {
    func water(_ w: WaterPollutant, _ book: inout ParameterBook) -> [String] {
        var lines: [String] = []
        let base = book.value(.water(w))
        let bau = book.waterBAU(w)
        if w.isHousehold {
            lines.append("\(w.id) 2015 = W_bau + Σ dW; W_bau = water.\(w.id) · (1 + growth.population) (docs/MODEL.md §3.1)")
            lines.append("W_bau = \(Self.t(base)) · (1 + \(Self.t(book.value(.growthPopulation)))) = \(Self.t(bau)) t")
        } else {
            lines.append("\(w.id) 2015 = W_bau + Σ dW; W_bau = water.\(w.id) · (1 + growth.industry) · (1 + drift.water_industrial) (docs/MODEL.md §3.1)")
            lines.append("W_bau = \(Self.t(base)) · (1 + \(Self.t(book.value(.growth(.industry))))) · (1 + \(Self.t(book.value(.driftWaterIndustrial)))) = \(Self.t(bau)) t")
        }
        var total = bau
        for (i, m) in scenario.measures.enumerated() {
            let d = derivedNumbers(i).water[w.rawValue]
            guard d != 0 else { continue }
            total += d
            lines.append("  \(m.id) (\(m.lever.id)): \(ExplainNumber.signed(d)) t (`explain \(m.id)`)")
        }
        lines.append("2015 = \(Self.t(total)) t")
        if let g = result.goal(w.id) {
            lines.append("cap goal.\(w.id) = \(Self.t(book.value(.constant(.waterGoal(w))))) t: \(g.met ? "met" : "MISSED"), margin \(Self.t(g.margin)) t")
        }
        return lines
    }

    func smokelessArea(_ book: inout ParameterBook) -> [String] {
        let deadline = Int(book.value(.goalSmokelessDeadlineMonth))
        var area = book.value(.smokelessArea2014Km2)
        var lines = ["no-coal zone by month \(deadline) = smokeless.area_2014 + area of smokeless_zone measures starting by goal.smokeless_deadline_month (docs/MODEL.md §6)",
                     "smokeless.area_2014 = \(Self.t(area)) km²"]
        for m in scenario.measures where m.lever == .smokelessZone {
            let a = m.fields["area_km2"]?.number ?? 0
            let start = Int(m.fields[CommonField.startMonth]?.number ?? Double(m.lever.spec.defaultStartMonth))
            let counts = start <= deadline
            if counts { area += a }
            lines.append("  \(m.id): \(Self.t(a)) km² from month \(start): \(counts ? "counts" : "too late (after month \(deadline))")")
        }
        lines.append("total \(Self.t(area)) km²")
        if let g = result.goal("smokeless_area") {
            lines.append("goal.smokeless_area_km2 = \(Self.t(book.value(.goalSmokelessAreaKm2))) km²: \(g.met ? "met" : "MISSED"), margin \(Self.t(g.margin)) km²")
        }
        return lines
    }

    func keyEnterprises(_ book: inout ParameterBook) -> [String] {
        var lines = ["key-enterprise saving = Σ saving_tce · frac over key_enterprises measures (docs/MODEL.md §6)"]
        var total = 0.0
        for (i, m) in scenario.measures.enumerated() where m.lever == .keyEnterprises {
            let saving = m.fields["saving_tce"]?.number ?? 0
            let frac = derivedNumbers(i).fraction
            total += saving * frac
            lines.append("  \(m.id): \(Self.t(saving)) tce · frac \(Self.t(frac)) = \(Self.t(saving * frac)) tce (frac from its start month and profile: `explain measure \(m.id)`)")
        }
        if !scenario.measures.contains(where: { $0.lever == .keyEnterprises }) { lines.append("  no key_enterprises measure") }
        lines.append("total \(Self.t(total)) tce")
        if let g = result.goal("key_enterprises") {
            lines.append("goal.key_enterprises_tce = \(Self.t(book.value(.goalKeyEnterprisesTce))) tce: \(g.met ? "met" : "MISSED"), margin \(Self.t(g.margin)) tce")
        }
        return lines
    }

    func township(_ tw: Township, _ book: inout ParameterBook) -> [String] {
        var lines = ["\(tw.id) \(tw.name): intensity change = (E15 / VA15) / (E14 / VA14) − 1 (docs/MODEL.md §5.4)"]
        var e14 = 0.0, e15 = 0.0, v14 = 0.0, v15 = 0.0
        lines.append("shares of each sector (township.\(tw.id).energy_share.s, va_share.s) times the district's figures:")
        for s in Sector.allCases {
            let se = book.value(.energyShare(township: tw.id, s))
            let sv = s.producesValueAdded ? book.value(.valueAddedShare(township: tw.id, s)) : 0
            let t14 = book.tce2014(s), tb = book.tceBAU(s)
            e14 += se * t14; e15 += se * tb
            let g = s.producesValueAdded ? book.value(.gdp(s)) : 0
            v14 += sv * g; v15 += sv * book.valueAddedBAU(s)
            lines.append("  \(s.id): energy share \(Self.t(se)) × (\(Self.t(t14)) → BAU \(Self.t(tb)) tce)" + (s.producesValueAdded ? "; VA share \(Self.t(sv)) × (\(Self.t(g)) → \(Self.t(book.valueAddedBAU(s))) 万元)" : ""))
        }
        lines.append("2014: \(Self.t(e14)) tce, \(Self.t(v14)) 万元; BAU 2015: \(Self.t(e15)) tce, \(Self.t(v15)) 万元")
        for (i, m) in scenario.measures.enumerated() {
            let n = derivedNumbers(i)
            let located = result.measures[i].township
            if located == tw.id {
                e15 += n.tce; v15 += n.valueAdded.reduce(0, +)
                lines.append("  \(m.id): located here, all of it: \(ExplainNumber.signed(n.tce)) tce")
            } else if located == nil {
                var de = 0.0, dv = 0.0
                for s in Sector.allCases {
                    var sectorTce = 0.0
                    for f in Fuel.allCases { sectorTce += n.delta(s, f) * book.value(.coefTce(f)) }
                    de += book.value(.energyShare(township: tw.id, s)) * sectorTce
                    if s.producesValueAdded { dv += book.value(.valueAddedShare(township: tw.id, s)) * n.valueAdded[s.rawValue] }
                }
                e15 += de; v15 += dv
                if de != 0 || dv != 0 { lines.append("  \(m.id): split by share: \(ExplainNumber.signed(de)) tce" + (dv != 0 ? ", \(ExplainNumber.signed(dv)) 万元" : "")) }
            }
        }
        let change = (e15 / v15) / (e14 / v14) - 1
        lines.append("2015: \(Self.t(e15)) tce, \(Self.t(v15)) 万元")
        lines.append("change = (\(Self.t(e15)) / \(Self.t(v15))) / (\(Self.t(e14)) / \(Self.t(v14))) − 1 = \(ExplainNumber.percent(change)); target \(ExplainNumber.percent(tw.target)): \(change <= tw.target + 1e-9 ? "met" : "MISSED")")
        let allowed = (e14 / v14) * (1 + tw.target) * v15
        lines.append("energy gap = E15 − (E14 / VA14) · (1 + target) · VA15 = \(Self.t(e15)) − \(Self.t(allowed)) = \(Self.t(e15 - allowed)) tce: \(e15 - allowed > 0 ? "still to save" : "to spare \(Self.t(allowed - e15)) tce")")
        return lines
    }
}
