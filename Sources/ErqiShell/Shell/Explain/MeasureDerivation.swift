import ErqiModel

/// Re-derives one measure's effect with the formula of docs/MODEL.md §4, writing each step with
/// its numbers substituted.
struct MeasureDerivation {
    var book: ParameterBook
    let measure: Measure
    var lines: [String] = []
    var n = MeasureNumbers()

    init(measure: Measure, book: ParameterBook) {
        self.measure = measure; self.book = book
    }

    var spec: LeverSpec { measure.lever.spec }
    var sector: Sector {
        if spec.sectorIsField, let t = measure.fields[CommonField.sector]?.text, let s = Sector(id: t) { return s }
        return spec.sector
    }

    static func t(_ v: Double) -> String { ExplainNumber.text(v) }

    mutating func say(_ s: String) { lines.append(s) }

    /// A field's value: given on the measure, else its default (zero or a parameter).
    mutating func size(_ name: String) -> (value: Double, text: String) {
        if let v = measure.fields[name]?.number { return (v, "\(name) \(Self.t(v))") }
        guard let f = spec.field(name), case .parameter(let key) = f.defaultValue else { return (0, "\(name) 0") }
        let v = book.value(key)
        return (v, "\(name) \(Self.t(v)) (default \(key.key))")
    }

    /// docs/MODEL.md §3.2: start month, profile weights and the fraction of the year.
    mutating func fraction() {
        let start = Int(measure.fields[CommonField.startMonth]?.number ?? Double(spec.defaultStartMonth))
        let profile = measure.fields[CommonField.profile]?.text ?? spec.defaultProfile
        let w = book.weights(profile)
        let total = w.reduce(0, +)
        let from = start <= 12 ? w[(start - 1)...].reduce(0, +) : 0
        n.fraction = total > 0 ? from / total : 0
        say("fraction of 2015 (docs/MODEL.md §3.2): start_month \(start)\(measure.fields[CommonField.startMonth] == nil ? " (default)" : ""), profile \(profile)\(measure.fields[CommonField.profile] == nil ? " (default)" : "")")
        say("  weights m01…m12 (profile.\(profile).mNN) = \(w.map(Self.t).joined(separator: ", "))")
        say("  frac = Σ w[\(start)…12] / Σ w[1…12] = \(Self.t(from)) / \(Self.t(total)) = \(Self.t(n.fraction))")
    }

    /// Generic rule G: dE[s][f] = −φ · E_bau[s][f], dAir[p] = −φ · Air_bau[p][s].
    mutating func ruleG(_ s: Sector, phi: Double) {
        say("  rule G on \(s.id): dE[\(s.id)][f] = −φ · E_bau[\(s.id)][f], dAir[p] = −φ · Air_bau[p][\(s.id)]")
        let factor = book.growthFactor(s)
        say("  BAU factor (1 + growth.\(s.id) \(Self.t(book.value(.growth(s))))) · (1 + drift.\(s.id) \(Self.t(book.value(.drift(s))))) = \(Self.t(factor))")
        for f in Fuel.allCases {
            let e = book.energyBAU(s, f)
            guard e != 0 else { continue }
            let d = -phi * e
            n.add(s, f, d)
            say("    \(f.id): −\(Self.t(phi)) · energy.\(s.id).\(f.id) \(Self.t(book.value(.energy(s, f)))) · \(Self.t(factor)) = \(Self.t(d)) \(f.unit)")
        }
        for p in AirPollutant.allCases {
            let a = book.airBAU(p, s)
            guard a != 0 else { continue }
            n.air[p.rawValue] -= phi * a
            say("    \(p.id): −\(Self.t(phi)) · air.\(p.id).\(s.id) \(Self.t(book.value(.air(p, s)))) · \(Self.t(factor)) = \(Self.t(-phi * a)) t")
        }
    }

    /// T_bau[s] with its fuels, for φ = tce / T_bau[s].
    mutating func phi(_ tce: Double, of s: Sector) -> Double {
        let total = book.tceBAU(s)
        say("  T_bau[\(s.id)] = Σ_f energy.\(s.id).f · (1 + growth) · (1 + drift) · coef.tce.f = \(Self.t(total)) tce")
        let phi = total > 0 ? tce / total : 0
        say("  φ = \(Self.t(tce)) / \(Self.t(total)) = \(Self.t(phi))")
        return phi
    }

    /// Sums the physical changes into tce and CO₂ (and the PV credit under `counted`).
    mutating func totals(counted: Bool) {
        say("in tce and CO₂ (T(x) = x · coef.tce, CO₂ = x · coef.co2):")
        for s in Sector.allCases {
            for f in Fuel.allCases {
                let d = n.delta(s, f)
                guard d != 0 else { continue }
                let tce = d * book.value(.coefTce(f)), co2 = d * book.value(.coefCO2(f))
                n.tce += tce; n.co2 += co2
                say("  \(s.id) \(f.id) \(Self.t(d)) \(f.unit) × coef.tce.\(f.id) \(Self.t(book.value(.coefTce(f)))) = \(Self.t(tce)) tce; × coef.co2.\(f.id) \(Self.t(book.value(.coefCO2(f)))) = \(Self.t(co2)) t CO₂")
            }
        }
        if counted && n.pvMWh > 0 {
            let credit = n.pvMWh * book.value(.coefCO2(.electricity))
            n.co2 -= credit
            say("  pv_accounting counted: CO₂ −= pv_mwh \(Self.t(n.pvMWh)) × coef.co2.electricity \(Self.t(book.value(.coefCO2(.electricity)))) = −\(Self.t(credit)) t")
        }
        say("saves \(Self.t(n.energySavingTce)) tce and \(Self.t(n.co2ReductionT)) t CO₂; cuts SO₂ \(Self.t(-n.air[0])) t, NOx \(Self.t(-n.air[1])) t, PM \(Self.t(-n.air[2])) t")
        let water = WaterPollutant.allCases.filter { n.water[$0.rawValue] != 0 }
        if !water.isEmpty {
            say("water: " + water.map { "\($0.id) \(Self.t(n.water[$0.rawValue])) t" }.joined(separator: ", "))
        }
        let va = n.valueAdded.reduce(0, +)
        if va != 0 { say("value added: \(ExplainNumber.signed(va)) 万元") }
    }
}
