#!/usr/bin/env python3
"""An independent re-computation of erqi's projection model, written from docs/MODEL.md alone.

It shares no code with the Swift engine: it reads the baseline JSON and a scenario JSON (with its
`extends` chain, docs/FORMATS.md), applies the formulas of docs/MODEL.md §3-§6 and prints the
headline figures as JSON: totals, energy by sector and fuel, every goal, every township (with the
township energy gap of docs/MODEL.md §5.4) and every measure's contribution. The calibration test
(Tests/ErqiModelTests/CalibrationTests.swift) compares the engine with what this script wrote to
Tests/calibration-expected.json; `make check-generated` keeps that file in step with the script.

It checks only what it needs to compute (unknown levers, sectors, townships, classes and fields
are refused); the full validation of docs/MODEL.md §7 is the engine's.

Usage, from the repository root:
    python3 scripts/reference_model.py scenarios/plan-2015.json          # one scenario
    python3 scripts/reference_model.py --baseline FILE scenarios/x.json  # another baseline
    python3 scripts/reference_model.py --expected OUT.json               # every shipped scenario
    python3 scripts/reference_model.py --bench 2000 scenarios/plan-2015.json
"""

import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# docs/MODEL.md §2 and §4: the sets.
SECTORS = ["agriculture", "industry", "construction", "transport", "commercial", "public", "residential"]
PRODUCING = SECTORS[:-1]
FUELS = ["coal", "gas", "gasoline", "diesel", "lpg", "electricity", "heat"]
AIR = ["so2", "nox", "pm"]
WATER = ["cod_household", "cod_industrial", "nh3n_household", "nh3n_industrial"]

# docs/MODEL.md §4: each lever's sizing fields, fixed or default sector, default start month,
# profile and township. `sector_field` says whether the measure may name its sector.
LEVERS = {
    "coal_to_gas": dict(fields=["capacity_tph", "hours"], sector="industry", sector_field=True),
    "rooftop_pv": dict(fields=["capacity_mw", "yield"], sector="industry", sector_field=True, profile="solar"),
    "smokeless_zone": dict(fields=["area_km2"], sector="residential", start=9, profile="heating", township="daxuelu"),
    "yellow_label": dict(fields=["replacement"], counts=True, sector="transport"),
    "oil_to_gas": dict(fields=[], counts=True, sector="transport"),
    "key_enterprises": dict(fields=["saving_tce"], sector="industry"),
    "backward_capacity": dict(fields=["energy_tce", "value_added"], sector="industry"),
    "new_projects": dict(fields=["energy_tce", "value_added"], sector="industry"),
    "industrial_efficiency": dict(fields=["percent"], sector="industry"),
    "motors": dict(fields=["capacity_kw", "hours", "gain"], sector="industry"),
    "green_buildings": dict(fields=["new_m2", "retrofit_m2"], sector="commercial", sector_field=True),
    "public_institutions": dict(fields=["percent"], sector="public"),
    "tiered_pricing": dict(fields=["price_increase"], sector="residential"),
    "sewer_connection": dict(fields=["people"], sector="residential"),
    "industrial_wastewater": dict(fields=["percent"], sector="industry"),
}
COMMON = ["lever", "start_month", "profile", "township", "sector", "note"]
TOLERANCE = 1e-9  # docs/MODEL.md §6: goals compare with 1e-9 · max(|limit|, 1)


class ModelError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Files (docs/FORMATS.md)
# ---------------------------------------------------------------------------------------------

def read_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_scenario(path, chain=()):
    """The scenario at `path` with its `extends` chain merged, parent first."""
    real = os.path.realpath(path)
    if real in chain:
        raise ModelError(f"{path}: extends cycle")
    doc = read_json(path)
    if doc.get("format") != "erqi-scenario":
        raise ModelError(f"{path}: not an erqi-scenario file")
    parent = None
    ext = doc.get("extends")
    if ext is not None:
        rel = ext if ("/" in ext or ext.endswith(".json")) else ext + ".json"
        parent = load_scenario(os.path.join(os.path.dirname(path), rel), chain + (real,))
    merged = {"name": doc.get("name"), "assumptions": {}, "options": {}, "measures": {}}
    if parent is not None:
        merged["assumptions"].update(parent["assumptions"])
        merged["options"].update(parent["options"])
        for mid, m in parent["measures"].items():
            merged["measures"][mid] = dict(m)
    merged["actuals"] = merge_actuals(parent.get("actuals") if parent else None, doc, path)
    merged["assumptions"].update(doc.get("assumptions") or {})
    merged["options"].update(doc.get("options") or {})
    for mid, m in (doc.get("measures") or {}).items():
        if m is None:
            merged["measures"].pop(mid, None)
        else:
            base = merged["measures"].get(mid, {})
            base.update(m)
            merged["measures"][mid] = base
    return merged


def merge_actuals(inherited, doc, path):
    """docs/FORMATS.md `actuals`: key by key over the parent's; a null figure drops the parent's,
    `"actuals": null` drops them all."""
    if "actuals" not in doc:
        return inherited
    block = doc["actuals"]
    if block is None:
        return None
    out = {"through_month": None, "source": None, "energy_tce": {}, "value_added": {}}
    if inherited:
        out = {"through_month": inherited["through_month"], "source": inherited["source"],
               "energy_tce": dict(inherited["energy_tce"]), "value_added": dict(inherited["value_added"])}
    for key in block:
        if key not in out:
            raise ModelError(f"{path}: actuals.{key}: unknown key")
    if "through_month" in block:
        out["through_month"] = block["through_month"]
    if "source" in block:
        out["source"] = block["source"]
    for part, sectors in (("energy_tce", SECTORS), ("value_added", PRODUCING)):
        for s, v in (block.get(part) or {}).items():
            if s not in sectors:
                raise ModelError(f"{path}: actuals.{part}.{s}: not a sector that can carry it")
            if v is None:
                out[part].pop(s, None)
            elif not v > 0:
                raise ModelError(f"{path}: actuals.{part}.{s}: expected a number > 0")
            else:
                out[part][s] = v
    k = out["through_month"]
    if not isinstance(k, int) or not 1 <= k <= 11:
        raise ModelError(f"{path}: actuals.through_month: expected a month 1-11")
    return out


# ---------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------

def project(baseline, scenario):
    """docs/MODEL.md §3-§6 for one scenario; returns the headline figures as a dict."""
    P = {p["key"]: p["value"] for p in baseline["parameters"]}
    for k, v in scenario["assumptions"].items():
        if k not in P:
            raise ModelError(f"assumptions.{k}: unknown parameter key")
        P[k] = v
    pv_mode = scenario["options"].get("pv_accounting", baseline.get("options", {}).get("pv_accounting", "offset"))
    if pv_mode not in ("offset", "counted"):
        raise ModelError(f"options.pv_accounting: expected offset or counted, got {pv_mode!r}")
    townships = baseline["townships"]
    tids = [t["id"] for t in townships]
    classes = {c["id"]: c["fuel"] for c in baseline["vehicle_classes"]}
    ctce = {f: P[f"coef.tce.{f}"] for f in FUELS}
    cco2 = {f: P[f"coef.co2.{f}"] for f in FUELS}
    ncv = P["coef.ncv_gj_per_tce"]

    def tce(q):
        return sum(q[f] * ctce[f] for f in FUELS)

    # §3.1 business as usual
    E14 = {s: {f: P[f"energy.{s}.{f}"] for f in FUELS} for s in SECTORS}
    scale = {s: (1 + P[f"growth.{s}"]) * (1 + P[f"drift.{s}"]) for s in SECTORS}
    Ebau = {s: {f: E14[s][f] * scale[s] for f in FUELS} for s in SECTORS}
    VA14 = {s: P[f"gdp.{s}"] for s in PRODUCING}
    VAbau = {s: VA14[s] * (1 + P[f"growth.{s}"]) for s in PRODUCING}
    AirBau = {p: {s: P[f"air.{p}.{s}"] * scale[s] for s in SECTORS} for p in AIR}
    Wbau = {
        "cod_household": P["water.cod_household"] * (1 + P["growth.population"]),
        "nh3n_household": P["water.nh3n_household"] * (1 + P["growth.population"]),
        "cod_industrial": P["water.cod_industrial"] * (1 + P["growth.industry"]) * (1 + P["drift.water_industrial"]),
        "nh3n_industrial": P["water.nh3n_industrial"] * (1 + P["growth.industry"]) * (1 + P["drift.water_industrial"]),
    }
    T14 = {s: tce(E14[s]) for s in SECTORS}
    Tbau = {s: tce(Ebau[s]) for s in SECTORS}

    # §3.2 time within 2015
    def frac(start, profile):
        w = [P[f"profile.{profile}.m{k:02d}"] for k in range(1, 13)]
        return sum(w[start - 1:]) / sum(w) if start <= 12 else 0.0

    # §4 measures, each against BAU
    dE = {s: {f: 0.0 for f in FUELS} for s in SECTORS}
    dVA = {s: 0.0 for s in PRODUCING}
    dAir = {p: 0.0 for p in AIR}
    dW = {w: 0.0 for w in WATER}
    t_energy = {t: 0.0 for t in tids}   # located measures' tce changes by township
    t_va = {t: 0.0 for t in tids}
    spread_tce = {s: 0.0 for s in SECTORS}  # unlocated measures' changes, split by shares at the end
    spread_va = {s: 0.0 for s in PRODUCING}
    shares_e = {t: {s: P[f"township.{t}.energy_share.{s}"] for s in SECTORS} for t in tids}
    shares_v = {t: {s: P[f"township.{t}.va_share.{s}"] for s in PRODUCING} for t in tids}
    pv_total = 0.0
    smokeless_all = 0.0
    smokeless_goal = 0.0
    key_saving = 0.0
    measures_out = []
    records = []  # each measure's timing, sector, township and changes, for year-to-date figures (§14)
    deadline = P["goal.smokeless_deadline_month"]

    for mid in sorted(scenario["measures"]):
        m = scenario["measures"][mid]
        lever = m.get("lever", mid)
        if lever not in LEVERS:
            raise ModelError(f"measures.{mid}: unknown lever {lever!r}")
        spec = LEVERS[lever]
        for k in m:
            if k in COMMON or k in spec["fields"] or (spec.get("counts") and k.startswith("count.")):
                continue
            raise ModelError(f"measures.{mid}.{k}: {lever} has no such field")
        if "sector" in m and not spec.get("sector_field"):
            raise ModelError(f"measures.{mid}.sector: {lever} takes no sector")
        s = m.get("sector", spec["sector"])
        if s not in SECTORS:
            raise ModelError(f"measures.{mid}.sector: unknown sector {s!r}")
        start = m.get("start_month", spec.get("start", 1))
        profile = m.get("profile", spec.get("profile", "flat"))
        town = m.get("township", spec.get("township"))
        if town is not None and town not in tids:
            raise ModelError(f"measures.{mid}.township: unknown township {town!r}")
        fr = frac(start, profile)
        x = lambda key, default=0.0: m.get(key, default)  # noqa: E731

        e = {q: {f: 0.0 for f in FUELS} for q in SECTORS}
        va = {q: 0.0 for q in PRODUCING}
        air = {p: 0.0 for p in AIR}
        wat = {w: 0.0 for w in WATER}
        pv = 0.0

        def rule_g(sec, phi):
            for f in FUELS:
                e[sec][f] -= phi * Ebau[sec][f]
            for p in AIR:
                air[p] -= phi * AirBau[p][sec]

        def share_of(sec, amount_tce):
            if Tbau[sec] == 0:
                raise ModelError(f"measures.{mid}: scales sector {sec}, which has no BAU energy")
            return amount_tce / Tbau[sec]

        if lever == "coal_to_gas":
            Q = x("capacity_tph") * P["boiler.mw_per_tph"] * x("hours", P["boiler.hours"]) * 3.6 * fr
            coal_t = Q / (ncv * P["boiler.eff_coal"]) / ctce["coal"]
            gas = Q / (ncv * P["boiler.eff_gas"]) / ctce["gas"]
            e[s]["coal"] -= coal_t
            e[s]["gas"] += gas
            for p in AIR:
                air[p] += -coal_t * P[f"boiler.coal_{p}"] / 1000 + gas * P[f"boiler.gas_{p}"] / 1000
        elif lever == "rooftop_pv":
            pv = x("capacity_mw") * x("yield", P["pv.yield_kwh_per_kwp"]) * fr
            if pv_mode == "offset":
                e[s]["electricity"] -= pv
        elif lever == "smokeless_zone":
            area = x("area_km2")
            coal_t = area * P["smokeless.coal_t_per_km2"] * fr
            U = coal_t * ctce["coal"] * ncv * P["stove.eff_coal"]
            gas = U * P["smokeless.gas_share"] / (P["stove.eff_gas"] * ncv * ctce["gas"])
            elec = U * (1 - P["smokeless.gas_share"]) / (P["stove.eff_electric"] * 3.6)
            e["residential"]["coal"] -= coal_t
            e["residential"]["gas"] += gas
            e["residential"]["electricity"] += elec
            for p in AIR:
                air[p] += -coal_t * P[f"stove.coal_{p}"] / 1000 + gas * P[f"stove.gas_{p}"] / 1000
            if 1 <= start <= 12:
                smokeless_all += area
            if start <= deadline:
                smokeless_goal += area
        elif lever in ("yellow_label", "oil_to_gas"):
            r = x("replacement", P["yellow_label.replacement"])
            for k in sorted(m):
                if not k.startswith("count."):
                    continue
                c = k[len("count."):]
                if c not in classes:
                    raise ModelError(f"measures.{mid}.{k}: unknown vehicle class {c!r}")
                fuel = classes[c]
                vkm = m[k] * P[f"vehicle.{c}.km"]
                dens = P[f"coef.density.{fuel}"]
                if lever == "yellow_label":
                    l_net = P[f"vehicle.{c}.l_per_100km_old"] - r * P[f"vehicle.{c}.l_per_100km_new"]
                    e["transport"][fuel] -= vkm * l_net / 100 * dens / 1000 * fr
                    for p in ("nox", "pm"):
                        g = P[f"vehicle.{c}.{p}_g_per_km_old"] - r * P[f"vehicle.{c}.{p}_g_per_km_new"]
                        air[p] -= vkm * g * 1e-6 * fr
                else:
                    e["transport"][fuel] -= vkm * P[f"vehicle.{c}.l_per_100km_new"] / 100 * dens / 1000 * fr
                    e["transport"]["gas"] += vkm * P[f"vehicle.{c}.cng_m3_per_100km"] / 100 / 1e4 * fr
                    for p in ("nox", "pm"):
                        g = P[f"vehicle.{c}.{p}_g_per_km_new"] - P[f"vehicle.{c}.{p}_g_per_km_cng"]
                        air[p] -= vkm * g * 1e-6 * fr
        elif lever == "key_enterprises":
            saving = x("saving_tce") * fr
            rule_g("industry", share_of("industry", saving))
            key_saving += saving
        elif lever in ("backward_capacity", "new_projects"):
            sign = 1.0 if lever == "backward_capacity" else -1.0
            rule_g("industry", sign * share_of("industry", x("energy_tce") * fr))
            va["industry"] -= sign * x("value_added") * fr
            psi = sign * x("value_added") * fr / VAbau["industry"]
            wat["cod_industrial"] -= psi * Wbau["cod_industrial"]
            wat["nh3n_industrial"] -= psi * Wbau["nh3n_industrial"]
        elif lever == "industrial_efficiency":
            rule_g("industry", x("percent") * fr)
        elif lever == "motors":
            mwh = x("capacity_kw") * x("hours", P["motors.hours"]) * x("gain", P["motors.efficiency_gain"]) / 1000 * fr
            e["industry"]["electricity"] -= mwh
        elif lever == "green_buildings":
            saved = (x("new_m2") * P["buildings.green_kgce_per_m2"]
                     + x("retrofit_m2") * P["buildings.retrofit_kgce_per_m2"]) / 1000 * fr
            rule_g(s, share_of(s, saved))
        elif lever == "public_institutions":
            rule_g("public", x("percent") * fr)
        elif lever == "tiered_pricing":
            k = P["pricing.elasticity"] * x("price_increase") * fr
            e["residential"]["electricity"] += k * Ebau["residential"]["electricity"]
            e["residential"]["gas"] += k * Ebau["residential"]["gas"]
            saved = -(e["residential"]["electricity"] * ctce["electricity"] + e["residential"]["gas"] * ctce["gas"])
            phi = share_of("residential", saved)
            for p in AIR:
                air[p] -= phi * AirBau[p]["residential"]
        elif lever == "sewer_connection":
            people = x("people")
            wat["cod_household"] -= people * P["sewer.cod_g_per_day"] * 365e-6 * P["sewer.removal_cod"] * fr
            wat["nh3n_household"] -= people * P["sewer.nh3n_g_per_day"] * 365e-6 * P["sewer.removal_nh3n"] * fr
        elif lever == "industrial_wastewater":
            wat["cod_industrial"] -= x("percent") * fr * Wbau["cod_industrial"]
            wat["nh3n_industrial"] -= x("percent") * fr * Wbau["nh3n_industrial"]

        # Add the measure's changes to the scenario and to the townships (§5.4).
        for q in SECTORS:
            for f in FUELS:
                dE[q][f] += e[q][f]
        for q in PRODUCING:
            dVA[q] += va[q]
        for p in AIR:
            dAir[p] += air[p]
        for w in WATER:
            dW[w] += wat[w]
        pv_total += pv
        d_tce = {q: tce(e[q]) for q in SECTORS}
        records.append({"start": start, "profile": profile, "sector": s, "town": town, "d_tce": d_tce,
                        "va": dict(va), "air": dict(air)})
        if town is not None:
            t_energy[town] += sum(d_tce.values())
            t_va[town] += sum(va.values())
        else:
            for q in SECTORS:
                spread_tce[q] += d_tce[q]
            for q in PRODUCING:
                spread_va[q] += va[q]
        co2_cut = -sum(e[q][f] * cco2[f] for q in SECTORS for f in FUELS)
        if pv_mode == "counted":
            co2_cut += pv * cco2["electricity"]
        measures_out.append({
            "id": mid, "lever": lever, "fraction_of_year": fr,
            "energy_saving_tce": -sum(d_tce.values()), "co2_reduction_t": co2_cut,
            **{f"{p}_reduction_t": -air[p] for p in AIR},
            **{f"{w}_reduction_t": -wat[w] for w in WATER},
            "gdp_change": sum(va.values()), "pv_generation_mwh": pv,
        })

    # §5 results
    E15 = {s: {f: Ebau[s][f] + dE[s][f] for f in FUELS} for s in SECTORS}
    VA15 = {s: VAbau[s] + dVA[s] for s in PRODUCING}
    dAirSector = {p: {s: 0.0 for s in SECTORS} for p in AIR}
    for rec in records:
        for p in AIR:
            dAirSector[p][rec["sector"]] += rec["air"][p]

    # §14 year-to-date figures: each sector with a figure projected from it
    act = scenario.get("actuals")
    ratio_e = {s: 1.0 for s in SECTORS}
    ratio_v = {s: 1.0 for s in PRODUCING}
    air_extra = {p: 0.0 for p in AIR}
    actuals_out = None
    if act is not None:
        k = act["through_month"]

        def bau_share(kind, s):
            w = [P.get(f"profile.{kind}.{s}.m{m:02d}") for m in range(1, 13)]
            if any(x is None for x in w) or sum(w) <= 0:
                return k / 12
            return sum(w[:k]) / sum(w)

        def delivered(rec):
            if rec["start"] > 12 or k < rec["start"]:
                return 0.0
            w = [P[f"profile.{rec['profile']}.m{m:02d}"] for m in range(1, 13)]
            rest = sum(w[rec["start"] - 1:])
            return sum(w[rec["start"] - 1:k]) / rest if rest > 0 else 0.0

        for rec in records:
            rec["F"] = delivered(rec)
        energy_lines, va_lines = [], []
        for s in SECTORS:
            if s not in act["energy_tce"]:
                continue
            A = act["energy_tce"][s]
            W = bau_share("energy", s)
            M = Tbau[s] * W + sum(rec["d_tce"][s] * rec["F"] for rec in records)
            model = tce(E15[s])
            if not M > 0 or not model > 0:
                raise ModelError(f"actuals.energy_tce.{s}: the model has nothing to scale")
            r = A / M
            T = r * Tbau[s] + sum(rec["d_tce"][s] * (1 + (r - 1) * rec["F"]) for rec in records)
            if T < 0:
                raise ModelError(f"actuals.energy_tce.{s}: projects below zero")
            ratio_e[s] = r
            factor = T / model
            E15[s] = {f: E15[s][f] * factor for f in FUELS}
            for p in AIR:
                air_extra[p] += (factor - 1) * (AirBau[p][s] + dAirSector[p][s])
            energy_lines.append({"sector": s, "actual_tce": A, "model_ytd_tce": M, "ratio": r,
                                 "projected_tce": T, "model_tce": model, "surprise_tce": T - model})
        for s in PRODUCING:
            if s not in act["value_added"]:
                continue
            B = act["value_added"][s]
            W = bau_share("va", s)
            M = VAbau[s] * W + sum(rec["va"].get(s, 0.0) * rec["F"] for rec in records)
            model = VA15[s]
            if not M > 0 or not model > 0:
                raise ModelError(f"actuals.value_added.{s}: the model has nothing to scale")
            r = B / M
            V = r * VAbau[s] + sum(rec["va"].get(s, 0.0) * (1 + (r - 1) * rec["F"]) for rec in records)
            if not V > 0:
                raise ModelError(f"actuals.value_added.{s}: projects to zero or below")
            ratio_v[s] = r
            VA15[s] = V
            va_lines.append({"sector": s, "actual": B, "model_ytd": M, "ratio": r, "projected": V, "model": model})
        actuals_out = {"through_month": k, "energy": energy_lines, "value_added": va_lines}
        # Townships: each measure's change weighs 1 + (r - 1) F_j(k) in the sector's ratio.
        t_energy = {t: 0.0 for t in tids}
        t_va = {t: 0.0 for t in tids}
        spread_tce = {s: 0.0 for s in SECTORS}
        spread_va = {s: 0.0 for s in PRODUCING}
        for rec in records:
            for q in SECTORS:
                de = rec["d_tce"][q] * (1 + (ratio_e[q] - 1) * rec["F"])
                if rec["town"] is not None:
                    t_energy[rec["town"]] += de
                else:
                    spread_tce[q] += de
            for q in PRODUCING:
                dv = rec["va"][q] * (1 + (ratio_v[q] - 1) * rec["F"])
                if rec["town"] is not None:
                    t_va[rec["town"]] += dv
                else:
                    spread_va[q] += dv
    gdp14 = sum(VA14.values())
    gdp15 = sum(VA15.values())
    e14 = sum(T14.values())
    ebau = sum(Tbau.values())
    by_sector = {s: tce(E15[s]) for s in SECTORS}
    e15 = sum(by_sector.values())
    by_fuel = {f: sum(E15[s][f] for s in SECTORS) * ctce[f] for f in FUELS}
    i14 = e14 / gdp14
    i15 = e15 / gdp15
    allowed = i14 * (1 + P["goal.intensity_change"]) * gdp15
    co2_14 = sum(E14[s][f] * cco2[f] for s in SECTORS for f in FUELS)
    co2_15 = sum(E15[s][f] * cco2[f] for s in SECTORS for f in FUELS)
    if pv_mode == "counted":
        co2_15 -= pv_total * cco2["electricity"]
    air15 = {p: sum(AirBau[p].values()) + dAir[p] + air_extra[p] for p in AIR}
    water15 = {w: Wbau[w] + dW[w] for w in WATER}
    totals = {
        "gdp_2014": gdp14, "gdp_2015": gdp15,
        "energy_2014_tce": e14, "energy_bau_2015_tce": ebau, "energy_2015_tce": e15,
        "intensity_2014": i14, "intensity_2015": i15, "intensity_change": i15 / i14 - 1,
        "energy_gap_tce": e15 - allowed,
        "co2_2014_t": co2_14, "co2_2015_t": co2_15,
        **{f"{p}_2015_t": air15[p] for p in AIR},
        **{f"{w}_2015_t": water15[w] for w in WATER},
        "pv_generation_mwh": pv_total,
        "smokeless_area_km2": P["smokeless.area_2014"] + smokeless_all,
    }

    def goal(gid, value, limit, at_most):
        slack = TOLERANCE * max(abs(limit), 1.0)
        met = value <= limit + slack if at_most else value >= limit - slack
        return {"id": gid, "value": value, "limit": limit, "met": met,
                "margin": limit - value if at_most else value - limit}

    # §6 goals
    goals = [goal("intensity", totals["intensity_change"], P["goal.intensity_change"], True)]
    goals += [goal(w, water15[w], P[f"goal.{w}"], True) for w in WATER]
    goals.append(goal("smokeless_area", P["smokeless.area_2014"] + smokeless_goal, P["goal.smokeless_area_km2"], False))
    goals.append(goal("key_enterprises", key_saving, P["goal.key_enterprises_tce"], False))

    # §5.4 townships
    towns = []
    for tw in townships:
        t = tw["id"]
        en14 = sum(shares_e[t][s] * T14[s] for s in SECTORS)
        en15 = sum(shares_e[t][s] * (ratio_e[s] * Tbau[s] + spread_tce[s]) for s in SECTORS) + t_energy[t]
        va14 = sum(shares_v[t][s] * VA14[s] for s in PRODUCING)
        va15 = sum(shares_v[t][s] * (ratio_v[s] * VAbau[s] + spread_va[s]) for s in PRODUCING) + t_va[t]
        change = (en15 / va15) / (en14 / va14) - 1
        g = goal(f"township.{t}", change, tw["target"], True)
        goals.append(g)
        towns.append({"id": t, "energy_2014_tce": en14, "energy_2015_tce": en15, "gdp_2014": va14,
                      "gdp_2015": va15, "intensity_change": change, "target": tw["target"], "met": g["met"],
                      "energy_gap_tce": en15 - (en14 / va14) * (1 + tw["target"]) * va15})

    out = {"scenario": scenario["name"], "baseline": baseline["id"], "totals": totals,
           "energy_2015_by_sector_tce": by_sector, "energy_2015_by_fuel_tce": by_fuel,
           "goals": goals, "townships": towns, "measures": measures_out}
    if actuals_out is not None:
        out["actuals"] = actuals_out
    return out


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------

def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def shipped_scenarios():
    folder = os.path.join(ROOT, "scenarios")
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder))
            if n.endswith(".json") and not n.startswith(".")]


def main(argv):
    ap = argparse.ArgumentParser(description="Re-compute erqi's model from docs/MODEL.md (independent of the Swift code).")
    ap.add_argument("scenario", nargs="?", help="scenario JSON file")
    ap.add_argument("--baseline", default=os.path.join(ROOT, "seeds", "baseline-2014.json"))
    ap.add_argument("--expected", metavar="OUT",
                    help="write the figures of every scenario in scenarios/ to OUT (the calibration file)")
    ap.add_argument("--bench", type=int, metavar="N", help="time N projections of SCENARIO and report µs each")
    a = ap.parse_args(argv)
    try:
        baseline = read_json(a.baseline)
        if baseline.get("format") != "erqi-baseline":
            raise ModelError(f"{a.baseline}: not an erqi-baseline file")
        if a.expected:
            doc = {"format": "erqi-calibration", "version": 1,
                   "generator": "scripts/reference_model.py --expected",
                   "baseline": "seeds/baseline-2014.json",
                   "scenarios": {}}
            for path in shipped_scenarios():
                name = os.path.basename(path)[:-5]
                doc["scenarios"][name] = project(baseline, load_scenario(path))
            tmp = a.expected + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(dumps(doc))
            os.replace(tmp, a.expected)
            print(f"wrote {a.expected}: {len(doc['scenarios'])} scenarios", file=sys.stderr)
            return 0
        if not a.scenario:
            ap.error("a scenario file is needed (or --expected OUT)")
        scenario = load_scenario(a.scenario)
        if a.bench:
            project(baseline, scenario)
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                for _ in range(a.bench):
                    project(baseline, scenario)
                runs.append((time.perf_counter() - t0) / a.bench * 1e6)
            runs.sort()
            print(f"{scenario['name']}: {runs[len(runs) // 2]:.0f} µs per projection in Python "
                  f"(median of 5 runs of {a.bench}; min {runs[0]:.0f}, max {runs[-1]:.0f}; "
                  f"python {sys.version.split()[0]})")
            return 0
        sys.stdout.write(dumps(project(baseline, scenario)))
        return 0
    except (ModelError, OSError, json.JSONDecodeError, KeyError) as e:
        print(f"reference_model: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
