import ErqiModel
import ErqiRender

extension Explainer {
    static func t(_ v: Double) -> String { ExplainNumber.text(v) }

    /// 2014 energy by sector from the fuels, with the parameters.
    func energy2014(_ book: inout ParameterBook, _ lines: inout [String]) -> Double {
        var total = 0.0
        lines.append("T(energy 2014) = Σ_s Σ_f energy.s.f · coef.tce.f:")
        for s in Sector.allCases {
            var parts: [String] = []
            for f in Fuel.allCases {
                let e = book.value(.energy(s, f))
                guard e != 0 else { continue }
                parts.append("\(f.id) \(Self.t(e)) \(f.unit) × \(Self.t(book.value(.coefTce(f))))")
            }
            let tce = book.tce2014(s)
            total += tce
            lines.append("  \(s.id): \(parts.joined(separator: " + ")) = \(Self.t(tce)) tce")
        }
        lines.append("  total \(Self.t(total)) tce")
        return total
    }

    func intensity(_ book: inout ParameterBook) -> [String] {
        let t = result.totals
        var lines = ["energy intensity change = I15 / I14 − 1 (docs/MODEL.md §5.1)", ""]
        let e14 = energy2014(&book, &lines)
        var gdp = 0.0
        var parts: [String] = []
        for s in Sector.allCases where s.producesValueAdded {
            let v = book.value(.gdp(s))
            gdp += v
            parts.append("\(s.id) \(Self.t(v))")
        }
        lines.append("GDP 2014 = Σ gdp.s = \(parts.joined(separator: " + ")) = \(Self.t(gdp)) 万元")
        lines.append("I14 = \(Self.t(e14)) / \(Self.t(gdp)) = \(Self.t(e14 / gdp)) tce/万元")
        lines.append("")
        lines.append("2015 business as usual: E_bau[s][f] = energy · (1 + growth.s) · (1 + drift.s); VA_bau = gdp · (1 + growth.s)")
        var bau = 0.0, vaBAU = 0.0
        for s in Sector.allCases {
            let g = book.value(.growth(s)), d = book.value(.drift(s))
            let tce = book.tceBAU(s), va = book.valueAddedBAU(s)
            bau += tce; vaBAU += va
            lines.append("  \(s.id): growth \(ExplainNumber.percent(g)), drift \(ExplainNumber.percent(d)) → \(Self.t(tce)) tce" + (s.producesValueAdded ? ", \(Self.t(va)) 万元" : ""))
        }
        lines.append("  BAU total \(Self.t(bau)) tce, GDP \(Self.t(vaBAU)) 万元")
        lines.append("")
        lines.append("measures (each against BAU; `explain ID` for one):")
        var dT = 0.0, dVA = 0.0
        for m in result.measures {
            dT -= m.energySavingTce; dVA += m.gdpChange
            lines.append("  \(m.id): \(ExplainNumber.signed(-m.energySavingTce)) tce" + (m.gdpChange != 0 ? ", \(ExplainNumber.signed(m.gdpChange)) 万元" : ""))
        }
        if result.measures.isEmpty { lines.append("  none (business as usual)") }
        lines.append("T(E15) = \(Self.t(bau)) \(ExplainNumber.signed(dT)) = \(Self.t(t.energy2015Tce)) tce; GDP15 = \(Self.t(vaBAU)) \(ExplainNumber.signed(dVA)) = \(Self.t(t.gdp2015)) 万元")
        lines.append("I15 = \(Self.t(t.energy2015Tce)) / \(Self.t(t.gdp2015)) = \(Self.t(t.intensity2015)) tce/万元")
        lines.append("change = \(Self.t(t.intensity2015)) / \(Self.t(t.intensity2014)) − 1 = \(ExplainNumber.percent(t.intensityChange))")
        if let g = result.goal("intensity") {
            lines.append("goal.intensity_change \(ExplainNumber.percent(book.value(.goalIntensityChange))): \(g.met ? "met" : "MISSED"), margin \(NumberFormat.fixed(g.margin * 100, decimals: 2, grouping: false)) pp")
        }
        return lines
    }

    func energyGap(_ book: inout ParameterBook) -> [String] {
        let t = result.totals
        let goal = book.value(.goalIntensityChange)
        let allowed = t.intensity2014 * (1 + goal) * t.gdp2015
        var lines = ["energy gap = T(E15) − E_allowed, E_allowed = I14 · (1 + goal.intensity_change) · GDP15 (docs/MODEL.md §5.1); positive: tce still to save", ""]
        lines.append("I14 = \(Self.t(t.energy2014Tce)) tce / \(Self.t(t.gdp2014)) 万元 = \(Self.t(t.intensity2014)) (`explain intensity`)")
        lines.append("E_allowed = \(Self.t(t.intensity2014)) · (1 + \(Self.t(goal))) · \(Self.t(t.gdp2015)) = \(Self.t(allowed)) tce")
        lines.append("T(E15) = \(Self.t(t.energy2015Tce)) tce (BAU \(Self.t(t.energyBAU2015Tce)) less measures \(Self.t(t.energyBAU2015Tce - t.energy2015Tce)))")
        lines.append("gap = \(Self.t(t.energy2015Tce)) − \(Self.t(allowed)) = \(Self.t(t.energyGapTce)) tce: \(t.energyGapTce > 0 ? "still to save" : "to spare \(Self.t(-t.energyGapTce)) tce")")
        return lines
    }

    func co2(_ book: inout ParameterBook) -> [String] {
        var lines = ["CO₂ 2015 = Σ_s Σ_f E15[s][f] · coef.co2.f\(pvAccounting == .counted ? " − pv_mwh · coef.co2.electricity (pv_accounting counted)" : "") (docs/MODEL.md §5.2)", ""]
        var total = 0.0
        for f in Fuel.allCases {
            var e = 0.0
            for s in Sector.allCases {
                var v = book.energyBAU(s, f)
                for i in scenario.measures.indices { v += derivedNumbers(i).delta(s, f) }
                e += v
            }
            let c = book.value(.coefCO2(f))
            total += e * c
            lines.append("  \(f.id): \(Self.t(e)) \(f.unit) × coef.co2.\(f.id) \(Self.t(c)) = \(Self.t(e * c)) t")
        }
        if pvAccounting == .counted {
            let credit = result.totals.pvGenerationMWh * book.value(.coefCO2(.electricity))
            total -= credit
            lines.append("  PV credit −\(Self.t(result.totals.pvGenerationMWh)) MWh × coef.co2.electricity = −\(Self.t(credit)) t")
        }
        lines.append("  total \(Self.t(total)) t (engine: \(Self.t(result.totals.co2_2015_t)) t); 2014: \(Self.t(result.totals.co2_2014_t)) t")
        lines.append("E15 = E_bau (energy · (1 + growth) · (1 + drift)) plus each measure's changes (`measures`, `explain ID`)")
        return lines
    }

    /// The engine-independent numbers of measure `i` (derived once, in `init`).
    func derivedNumbers(_ i: Int) -> MeasureNumbers { numbers[i] }
}
