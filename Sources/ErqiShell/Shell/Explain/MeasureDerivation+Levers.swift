import ErqiModel

extension MeasureDerivation {
    /// The lever's formula (docs/MODEL.md §4) with the measure's numbers.
    mutating func effect(pvAccounting: PVAccounting) {
        let s = sector, frac = n.fraction, f = Self.t(frac)
        say("effect (docs/MODEL.md §4, \(measure.lever.id) on \(s.id)):")
        switch measure.lever {
        case .coalToGas:
            let cap = size("capacity_tph"), hours = size("hours")
            let mw = book.value(.boilerMWPerTph), ncv = book.value(.ncvGJPerTce)
            let effCoal = book.value(.boilerEffCoal), effGas = book.value(.boilerEffGas)
            let q = cap.value * mw * hours.value * 3.6 * frac
            say("  Q = capacity_tph · boiler.mw_per_tph · hours · 3.6 · frac = \(Self.t(cap.value)) · \(Self.t(mw)) · \(Self.t(hours.value)) · 3.6 · \(f) = \(Self.t(q)) GJ   (\(cap.text); \(hours.text))")
            let coalTce = q / (ncv * effCoal), gasTce = q / (ncv * effGas)
            let coalT = coalTce / book.value(.coefTce(.coal)), gas = gasTce / book.value(.coefTce(.gas))
            say("  coal = Q / (coef.ncv_gj_per_tce \(Self.t(ncv)) · boiler.eff_coal \(Self.t(effCoal))) = \(Self.t(coalTce)) tce / coef.tce.coal \(Self.t(book.value(.coefTce(.coal)))) = \(Self.t(coalT)) t")
            say("  gas  = Q / (coef.ncv_gj_per_tce \(Self.t(ncv)) · boiler.eff_gas \(Self.t(effGas))) = \(Self.t(gasTce)) tce / coef.tce.gas \(Self.t(book.value(.coefTce(.gas)))) = \(Self.t(gas)) 10^4 m3")
            n.add(s, .coal, -coalT); n.add(s, .gas, gas)
            for p in AirPollutant.allCases {
                let c = book.value(.constant(.boilerCoal(p))), g = book.value(.constant(.boilerGas(p)))
                n.air[p.rawValue] += -coalT * c / 1000 + gas * g / 1000
                say("  d\(p.id) = −\(Self.t(coalT)) · boiler.coal_\(p.id) \(Self.t(c)) / 1000 + \(Self.t(gas)) · boiler.gas_\(p.id) \(Self.t(g)) / 1000 = \(Self.t(n.air[p.rawValue])) t")
            }
        case .rooftopPV:
            let cap = size("capacity_mw"), yield = size("yield")
            n.pvMWh = cap.value * yield.value * frac
            say("  pv_mwh = capacity_mw · yield · frac = \(Self.t(cap.value)) · \(Self.t(yield.value)) · \(f) = \(Self.t(n.pvMWh)) MWh   (\(yield.text))")
            if pvAccounting == .offset {
                n.add(s, .electricity, -n.pvMWh)
                say("  pv_accounting offset: dE[\(s.id)].electricity −= \(Self.t(n.pvMWh)) MWh")
            } else {
                say("  pv_accounting counted: energy unchanged; CO₂ falls by pv_mwh × coef.co2.electricity")
            }
        case .smokelessZone:
            let area = size("area_km2")
            let per = book.value(.smokelessCoalTPerKm2), ncv = book.value(.ncvGJPerTce)
            let coalT = area.value * per * frac
            say("  coal_t = area_km2 · smokeless.coal_t_per_km2 · frac = \(Self.t(area.value)) · \(Self.t(per)) · \(f) = \(Self.t(coalT)) t")
            let tceCoal = book.value(.coefTce(.coal)), effCoal = book.value(.stoveEffCoal)
            let u = coalT * tceCoal * ncv * effCoal
            say("  U = coal_t · coef.tce.coal \(Self.t(tceCoal)) · ncv \(Self.t(ncv)) · stove.eff_coal \(Self.t(effCoal)) = \(Self.t(u)) GJ useful heat")
            let share = book.value(.smokelessGasShare), effGas = book.value(.stoveEffGas)
            let effEl = book.value(.stoveEffElectric), tceGas = book.value(.coefTce(.gas))
            let gas = u * share / (effGas * ncv * tceGas), el = u * (1 - share) / (effEl * 3.6)
            say("  gas = U · smokeless.gas_share \(Self.t(share)) / (stove.eff_gas \(Self.t(effGas)) · ncv · coef.tce.gas \(Self.t(tceGas))) = \(Self.t(gas)) 10^4 m3")
            say("  electricity = U · (1 − gas_share) / (stove.eff_electric \(Self.t(effEl)) · 3.6) = \(Self.t(el)) MWh")
            n.add(s, .coal, -coalT); n.add(s, .gas, gas); n.add(s, .electricity, el)
            for p in AirPollutant.allCases {
                let c = book.value(.constant(.stoveCoal(p))), g = book.value(.constant(.stoveGas(p)))
                n.air[p.rawValue] += -coalT * c / 1000 + gas * g / 1000
                say("  d\(p.id) = −\(Self.t(coalT)) · stove.coal_\(p.id) \(Self.t(c)) / 1000 + \(Self.t(gas)) · stove.gas_\(p.id) \(Self.t(g)) / 1000 = \(Self.t(n.air[p.rawValue])) t")
            }
        case .yellowLabel, .oilToGas:
            vehicles(s, frac: frac)
        case .keyEnterprises:
            let saving = size("saving_tce")
            say("  φ = saving_tce · frac / T_bau[\(s.id)], saving_tce \(Self.t(saving.value)) · \(f) = \(Self.t(saving.value * frac)) tce")
            ruleG(s, phi: phi(saving.value * frac, of: s))
        case .backwardCapacity, .newProjects:
            let sign: Double = measure.lever == .newProjects ? -1 : 1
            let e = size("energy_tce"), va = size("value_added")
            say("  energy_tce \(Self.t(e.value)) · frac \(f) = \(Self.t(e.value * frac)) tce\(sign < 0 ? ", added (signs reversed)" : ", removed")")
            let phi = sign * phi(e.value * frac, of: s)
            ruleG(s, phi: phi)
            let dva = va.value * frac
            n.valueAdded[s.rawValue] -= sign * dva
            say("  dVA.\(s.id) = \(sign < 0 ? "+" : "−")value_added \(Self.t(va.value)) · frac = \(ExplainNumber.signed(-sign * dva)) 万元")
            if dva > 0 {
                let vaBAU = book.valueAddedBAU(s)
                let psi = dva / vaBAU
                say("  ψ = \(Self.t(dva)) / VA_bau[\(s.id)] (gdp.\(s.id) \(Self.t(book.value(.gdp(s)))) · (1 + growth.\(s.id))) \(Self.t(vaBAU)) = \(Self.t(psi))")
                for w in [WaterPollutant.codIndustrial, .nh3nIndustrial] {
                    let bau = book.waterBAU(w)
                    n.water[w.rawValue] -= sign * psi * bau
                    say("  d\(w.id) = \(sign < 0 ? "+" : "−")ψ · W_bau \(Self.t(bau)) t = \(ExplainNumber.signed(-sign * psi * bau)) t")
                }
            }
        case .industrialEfficiency, .publicInstitutions:
            let pct = size("percent")
            say("  φ = percent · frac = \(Self.t(pct.value)) · \(f) = \(Self.t(pct.value * frac))")
            ruleG(s, phi: pct.value * frac)
        case .motors:
            let cap = size("capacity_kw"), hours = size("hours"), gain = size("gain")
            let d = cap.value * hours.value * gain.value / 1000 * frac
            n.add(s, .electricity, -d)
            say("  dE.\(s.id).electricity = −capacity_kw · hours · gain / 1000 · frac = −\(Self.t(cap.value)) · \(Self.t(hours.value)) · \(Self.t(gain.value)) / 1000 · \(f) = \(Self.t(-d)) MWh   (\(hours.text); \(gain.text))")
        case .greenBuildings:
            let newM2 = size("new_m2"), retro = size("retrofit_m2")
            let g = book.value(.buildingsGreenKgcePerM2), r = book.value(.buildingsRetrofitKgcePerM2)
            let tce = (newM2.value * g + retro.value * r) / 1000 * frac
            say("  saving = (new_m2 \(Self.t(newM2.value)) · buildings.green_kgce_per_m2 \(Self.t(g)) + retrofit_m2 \(Self.t(retro.value)) · buildings.retrofit_kgce_per_m2 \(Self.t(r))) / 1000 · \(f) = \(Self.t(tce)) tce")
            ruleG(s, phi: phi(tce, of: s))
        case .tieredPricing:
            let rise = size("price_increase")
            let el = book.value(.pricingElasticity)
            let k = el * rise.value * frac
            say("  factor = pricing.elasticity \(Self.t(el)) · price_increase \(Self.t(rise.value)) · frac \(f) = \(Self.t(k))")
            let dEl = k * book.energyBAU(s, .electricity), dGas = k * book.energyBAU(s, .gas)
            n.add(s, .electricity, dEl); n.add(s, .gas, dGas)
            say("  dE.electricity = factor · E_bau \(Self.t(book.energyBAU(s, .electricity))) MWh = \(Self.t(dEl)) MWh")
            say("  dE.gas = factor · E_bau \(Self.t(book.energyBAU(s, .gas))) 10^4 m3 = \(Self.t(dGas)) 10^4 m3")
            let dTce = dEl * book.value(.coefTce(.electricity)) + dGas * book.value(.coefTce(.gas))
            let total = book.tceBAU(s)
            let phi = total > 0 ? -dTce / total : 0
            say("  air by rule G with φ = −dT / T_bau[\(s.id)] = \(Self.t(-dTce)) / \(Self.t(total)) = \(Self.t(phi))")
            for p in AirPollutant.allCases {
                let a = book.airBAU(p, s)
                n.air[p.rawValue] -= phi * a
                if a != 0 { say("    \(p.id): −φ · Air_bau \(Self.t(a)) = \(Self.t(-phi * a)) t") }
            }
        case .sewerConnection:
            let people = size("people")
            for (w, g, r) in [(WaterPollutant.codHousehold, ModelConstant.sewerCodGPerDay, ModelConstant.sewerRemovalCod),
                              (.nh3nHousehold, .sewerNh3nGPerDay, .sewerRemovalNh3n)] {
                let gv = book.value(g), rv = book.value(r)
                let d = people.value * gv * 365e-6 * rv * frac
                n.water[w.rawValue] -= d
                say("  d\(w.id) = −people · \(g.key) · 365e-6 · \(r.key) · frac = −\(Self.t(people.value)) · \(Self.t(gv)) · 365e-6 · \(Self.t(rv)) · \(f) = \(Self.t(-d)) t")
            }
        case .industrialWastewater:
            let pct = size("percent")
            for w in [WaterPollutant.codIndustrial, .nh3nIndustrial] {
                let bau = book.waterBAU(w)
                let d = pct.value * frac * bau
                n.water[w.rawValue] -= d
                say("  d\(w.id) = −percent · frac · W_bau = −\(Self.t(pct.value)) · \(f) · \(Self.t(bau)) = \(Self.t(-d)) t   (W_bau = water.\(w.id) · (1 + growth.industry) · (1 + drift.water_industrial))")
            }
        }
    }

    /// Yellow-label retirement and oil-to-gas conversion, per vehicle class.
    mutating func vehicles(_ s: Sector, frac: Double) {
        let retiring = measure.lever == .yellowLabel
        let r = retiring ? size("replacement") : (value: 0.0, text: "")
        if retiring { say("  replacement r = \(Self.t(r.value))   (\(r.text))") }
        let counts = measure.fields.keys.filter { $0.hasPrefix("count.") }.sorted()
        if counts.isEmpty { say("  no vehicles given (count.CLASS)") }
        for key in counts {
            let cls = String(key.dropFirst(6))
            guard let vc = book.baseline.vehicleClasses.first(where: { $0.id == cls }) else { continue }
            let count = measure.fields[key]?.number ?? 0
            let p = "vehicle.\(cls)."
            func v(_ field: VehicleParameter) -> Double { book.value(.vehicle(vehicleClass: cls, field)) }
            let km = v(.km), density = book.value(.density(vc.fuel))
            let vkm = count * km
            say("  \(cls) (\(vc.fuel.id)): n \(Self.t(count)) · \(p)km \(Self.t(km)) = \(Self.t(vkm)) vehicle-km")
            let lOld = v(.litresPer100kmOld), lNew = v(.litresPer100kmNew)
            if retiring {
                let fuelT = vkm * (lOld - r.value * lNew) / 100 * density / 1000 * frac
                n.add(s, vc.fuel, -fuelT)
                say("    fuel = vkm · (l_old \(Self.t(lOld)) − r · l_new \(Self.t(lNew))) / 100 · coef.density.\(vc.fuel.id) \(Self.t(density)) / 1000 · frac = \(Self.t(fuelT)) t saved")
                for (pol, name) in [(AirPollutant.nox, "nox"), (.pm, "pm")] {
                    let old = v(pol == .nox ? .noxGPerKmOld : .pmGPerKmOld), new = v(pol == .nox ? .noxGPerKmNew : .pmGPerKmNew)
                    let d = vkm * (old - r.value * new) * 1e-6 * frac
                    n.air[pol.rawValue] -= d
                    say("    d\(name) = −vkm · (\(name)_g_per_km_old \(Self.t(old)) − r · new \(Self.t(new))) · 1e-6 · frac = \(Self.t(-d)) t")
                }
            } else {
                let fuelT = vkm * lNew / 100 * density / 1000 * frac
                let cng = v(.cngM3Per100km)
                let gas = vkm * cng / 100 / 1e4 * frac
                n.add(s, vc.fuel, -fuelT); n.add(s, .gas, gas)
                say("    \(vc.fuel.id) = −vkm · l_new \(Self.t(lNew)) / 100 · density \(Self.t(density)) / 1000 · frac = \(Self.t(-fuelT)) t")
                say("    gas = vkm · cng_m3_per_100km \(Self.t(cng)) / 100 / 1e4 · frac = +\(Self.t(gas)) 10^4 m3")
                for (pol, name) in [(AirPollutant.nox, "nox"), (.pm, "pm")] {
                    let new = v(pol == .nox ? .noxGPerKmNew : .pmGPerKmNew), c = v(pol == .nox ? .noxGPerKmCNG : .pmGPerKmCNG)
                    let d = vkm * (new - c) * 1e-6 * frac
                    n.air[pol.rawValue] -= d
                    say("    d\(name) = −vkm · (\(name)_g_per_km_new \(Self.t(new)) − cng \(Self.t(c))) · 1e-6 · frac = \(Self.t(-d)) t")
                }
            }
        }
    }
}
