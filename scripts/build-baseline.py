#!/usr/bin/env python3
"""Build seeds/baseline-2014.json: the 2014 baseline of the Erqi District model.

Every derivation lives in this one file so that it can be read, checked and re-run. The reference
figures it starts from (coefficients, emission factors, census counts, ranges) are read from
seeds/sources/reference-figures.json, each with its source and confidence code; the sections of
seeds/sources/reference-data.md (cited in the notes by file and section) say where each comes from and
how it was judged. The plan is 二七政办〔2015〕14号 (seeds/erqi-2015-energy-plan.md). Run from the
repository root:

    python3 scripts/build-baseline.py            # rewrites seeds/baseline-2014.json
    python3 scripts/build-baseline.py --out DIR  # writes DIR/baseline-2014.json instead

The output is written with sorted keys, two-space indent and a final newline; whole numbers are
written as integers. `make check-generated` rebuilds it into a temporary folder and fails when
the committed seed differs.
"""

import json
import os
import sys
from seedio import write_seed

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

PARAMS = []
SEEN = set()


def clean(v):
    """Whole numbers as ints, everything else as float."""
    if isinstance(v, bool):
        raise TypeError("bool is not a parameter value")
    if isinstance(v, int):
        return v
    if abs(v - round(v)) < 1e-9 and abs(v) < 1e15:
        return int(round(v))
    return float(v)


def param(key, value, unit, source, note=None):
    if key in SEEN:
        raise SystemExit(f"duplicate key {key}")
    if source == "estimate" and not note:
        raise SystemExit(f"estimate without a note: {key}")
    SEEN.add(key)
    p = {"key": key, "value": clean(value), "unit": unit, "source": source}
    if note:
        p["note"] = note
    PARAMS.append(p)
    return value


def fmt(x, nd=0):
    """Thousands separators for notes."""
    if nd == 0:
        return f"{x:,.0f}"
    return f"{x:,.{nd}f}"


# ---------------------------------------------------------------------------------------------
# Sets
# ---------------------------------------------------------------------------------------------

SECTORS = ["agriculture", "industry", "construction", "transport", "commercial", "public", "residential"]
PRODUCING = SECTORS[:-1]
FUELS = ["coal", "gas", "gasoline", "diesel", "lpg", "electricity", "heat"]
FUEL_UNIT = {"coal": "t", "gas": "10^4 m3", "gasoline": "t", "diesel": "t", "lpg": "t",
             "electricity": "MWh", "heat": "GJ"}
POLLUTANTS = ["so2", "nox", "pm"]

TOWNSHIPS = [
    ("yingtaogou", "樱桃沟景区管委会"), ("houzhai", "侯寨乡"), ("mazhai", "马寨镇"),
    ("daxuelu", "大学路办事处"), ("wulibao", "五里堡办事处"), ("fuhuajie", "福华街办事处"),
    ("jianzhongjie", "建中街办事处"), ("mifengzhang", "蜜蜂张办事处"), ("minggonglu", "铭功路办事处"),
    ("yimalu", "一马路办事处"), ("jiefanglu", "解放路办事处"), ("dehuajie", "德化街办事处"),
    ("huaihelu", "淮河路办事处"), ("songshanlu", "嵩山路办事处"), ("changjianglu", "长江路办事处"),
    ("jingguanglu", "京广路办事处"), ("renhelu", "人和路办事处"),
]
TIDS = [t for t, _ in TOWNSHIPS]

# ---------------------------------------------------------------------------------------------
# Reference figures and their sources (seeds/sources/reference-figures.json; the confidence
# codes A, B, C and E are explained in seeds/sources/reference-data.md)
# ---------------------------------------------------------------------------------------------

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE_FILE = os.path.join(ROOT, "seeds", "sources", "reference-figures.json")
REFERENCE_DOC = os.path.join(ROOT, "seeds", "sources", "reference-data.md")
with open(REFERENCE_FILE, encoding="utf-8") as _fh:
    REFERENCE = json.load(_fh)
SOURCES = REFERENCE["sources"]
FIGURES = REFERENCE["figures"]
USED_FIGURES = set()


def fig(key, part="value"):
    """The reference figure `key` (its central value, or `low` / `high` of its range)."""
    if key not in FIGURES:
        raise SystemExit(f"{key}: not in seeds/sources/reference-figures.json")
    USED_FIGURES.add(key)
    return FIGURES[key][part]


def ref(section):
    """How a note cites a section of the reference data: the repository file and its section."""
    return f"seeds/sources/reference-data.md §{section}"


SOURCE_IDS = {s["id"] for s in SOURCES}

# ---------------------------------------------------------------------------------------------
# Conversion coefficients
# ---------------------------------------------------------------------------------------------

TCE = fig("coef.tce")  # GB/T 2589 (gbt2589), reference-data §4
TCE_UNIT = {"coal": "tce/t", "gas": "tce/10^4 m3", "gasoline": "tce/t", "diesel": "tce/t",
            "lpg": "tce/t", "electricity": "tce/MWh", "heat": "tce/GJ"}
TCE_NOTE = {
    "coal": "Raw coal, 20,908 kJ/kg (5,000 kcal/kg).",
    "gas": "Gas-field natural gas, 35,544 kJ/m3 = 1.2143 kgce/m3; the statistical table's 12.1430 tce per 10^4 m3.",
    "gasoline": "43,070 kJ/kg.",
    "diesel": "42,652 kJ/kg.",
    "lpg": "50,179 kJ/kg.",
    "electricity": "Equivalent (当量) value, 3,600 kJ/kWh. Set to about 0.315 for the coal-of-generation (等价值) view.",
    "heat": "34.12 kgce/GJ.",
}
CO2 = fig("coef.co2")  # reference-data §4
CO2_UNIT = {"coal": "t/t", "gas": "t/10^4 m3", "gasoline": "t/t", "diesel": "t/t", "lpg": "t/t",
            "electricity": "t/MWh", "heat": "t/GJ"}
CO2_SRC = {"electricity": "grid2012", "heat": "ghg_heat_default"}
CO2_NOTE = {
    "coal": "20.908 GJ/t x 26.37 tC/TJ x 0.94 x 44/12 = 1.900 tCO2/t.",
    "gas": "389.31 GJ/10^4 m3 x 15.3 tC/TJ x 0.99 x 44/12 = 21.62 tCO2 per 10^4 m3 (2.162 kg/m3).",
    "gasoline": "43.070 GJ/t x 18.9 tC/TJ x 0.98 x 44/12 = 2.925 tCO2/t.",
    "diesel": "42.652 GJ/t x 20.2 tC/TJ x 0.98 x 44/12 = 3.096 tCO2/t.",
    "lpg": "50.179 GJ/t x 17.2 tC/TJ x 0.98 x 44/12 = 3.101 tCO2/t.",
    "electricity": "Central China grid average (2012 data). Henan is more coal-heavy than the regional mean, so this probably understates Henan; the 2016-vintage operating margin 0.9229 would suit project-style PV credit.",
    "heat": "System default for purchased heat.",
}
NCV = fig("coef.ncv_gj_per_tce")  # GJ per tce
DENSITY = {"gasoline": 0.737, "diesel": 0.84}

# ---------------------------------------------------------------------------------------------
# Population (reference-data §1)
# ---------------------------------------------------------------------------------------------

POP2010 = fig("population.census_2010")
POP2019 = fig("population.2019")
POP2014 = POP2010 + (POP2019 - POP2010) * 4 / 9
POP2015 = POP2010 + (POP2019 - POP2010) * 5 / 9
POP_GROWTH = POP2015 / POP2014 - 1

# ---------------------------------------------------------------------------------------------
# GDP 2014 by sector (万元, 2014 prices) and growth
# ---------------------------------------------------------------------------------------------

GDP_TOTAL = 4150000
GDP = {
    "agriculture": 12500,
    "industry": 1000000,
    "construction": 290000,
    "transport": 330000,
    "public": 415000,
}
GDP["commercial"] = GDP_TOTAL - sum(GDP.values())

GROWTH = {"agriculture": 0.03, "industry": 0.09, "construction": 0.08, "transport": 0.09,
          "commercial": 0.10, "public": 0.08, "residential": 0.09}

# ---------------------------------------------------------------------------------------------
# Energy 2014 by sector and fuel (physical units). Calibrated top-down to about 0.32 tce/万元.
# ---------------------------------------------------------------------------------------------

ENERGY = {
    "agriculture": {"coal": 1000, "gas": 0, "gasoline": 300, "diesel": 2000, "lpg": 0,
                    "electricity": 12000, "heat": 0},
    "industry": {"coal": 345000, "gas": 6000, "gasoline": 3000, "diesel": 8000, "lpg": 1000,
                 "electricity": 1500000, "heat": 600000},
    "construction": {"coal": 1000, "gas": 200, "gasoline": 2500, "diesel": 9000, "lpg": 0,
                     "electricity": 70000, "heat": 0},
    "transport": {"coal": 0, "gas": 1200, "gasoline": 60000, "diesel": 55000, "lpg": 500,
                  "electricity": 60000, "heat": 20000},
    "commercial": {"coal": 5000, "gas": 4500, "gasoline": 5000, "diesel": 2000, "lpg": 6000,
                   "electricity": 950000, "heat": 600000},
    "public": {"coal": 0, "gas": 1500, "gasoline": 4000, "diesel": 500, "lpg": 300,
               "electricity": 200000, "heat": 350000},
    "residential": {"coal": 50000, "gas": 8000, "gasoline": 0, "diesel": 0, "lpg": 6000,
                    "electricity": 700000, "heat": 1500000},
}


def tce_of(sector):
    return sum(ENERGY[sector][f] * TCE[f] for f in FUELS)


TCE_SECTOR = {s: tce_of(s) for s in SECTORS}
TCE_TOTAL = sum(TCE_SECTOR.values())
INTENSITY = TCE_TOTAL / GDP_TOTAL

CALIB = (f"District total at these figures: {fmt(TCE_TOTAL)} tce against GDP {fmt(GDP_TOTAL)} 万元 = "
         f"{INTENSITY:.4f} tce/万元, the central {fig('intensity.erqi_2014'):g} of {ref(3)} (range {fig('intensity.erqi_2014', 'low'):.2f}-{fig('intensity.erqi_2014', 'high'):.2f}).")

# Per-sector context for the energy notes.
SECTOR_CONTEXT = {
    "agriculture": "Farming and horticulture in 侯寨乡, 马寨镇, 樱桃沟 and 嵩山路 (the units the plan's agriculture task names); "
                   f"sector total {fmt(TCE_SECTOR['agriculture'])} tce = {TCE_SECTOR['agriculture']/GDP['agriculture']:.2f} tce/万元.",
    "industry": "Industry is the largest user, centred on the 马寨 industrial cluster; "
                f"sector total {fmt(TCE_SECTOR['industry'])} tce = {TCE_SECTOR['industry']/TCE_TOTAL*100:.1f} % of the district and "
                f"{TCE_SECTOR['industry']/GDP['industry']:.3f} tce/万元 of industrial value added. The key enterprises' 21,400 tce saving is "
                f"{21400/TCE_SECTOR['industry']*100:.1f} % of it, a plausible share for a year's management and retrofits.",
    "construction": f"Site machinery, trucks and site power; sector total {fmt(TCE_SECTOR['construction'])} tce = "
                    f"{TCE_SECTOR['construction']/GDP['construction']:.3f} tce/万元.",
    "transport": "Road vehicles registered in the district (operating taxis, buses, coaches and freight, plus private-car fuel) and logistics sites along 京广路; "
                 f"sector total {fmt(TCE_SECTOR['transport'])} tce = {TCE_SECTOR['transport']/GDP['transport']:.3f} tce/万元.",
    "commercial": "Retail, wholesale, hotels, catering, finance and real estate around the 二七 commercial core; "
                  f"sector total {fmt(TCE_SECTOR['commercial'])} tce = {TCE_SECTOR['commercial']/GDP['commercial']:.3f} tce/万元.",
    "public": "Government offices, universities, schools and hospitals; "
              f"sector total {fmt(TCE_SECTOR['public'])} tce = {TCE_SECTOR['public']/GDP['public']:.3f} tce/万元.",
    "residential": f"Households ({fmt(POP2014)} residents in 2014, see growth.population); sector total "
                   f"{fmt(TCE_SECTOR['residential'])} tce = {TCE_SECTOR['residential']/POP2014:.3f} tce per resident.",
}

ENERGY_WHY = {
    ("agriculture", "coal"): "Greenhouse heating and crop drying outside the no-coal zone.",
    ("agriculture", "gas"): "No piped gas use in farming assumed.",
    ("agriculture", "gasoline"): "Small farm vehicles.",
    ("agriculture", "diesel"): "Tractors, pumps and farm trucks: about 2,000 t.",
    ("agriculture", "lpg"): "None assumed.",
    ("agriculture", "electricity"): "Irrigation pumps, cold stores and greenhouses: 12 GWh.",
    ("agriculture", "heat"): "No district heat reaches farms.",
    ("industry", "coal"): "Process kilns and boilers of the 马寨 cluster and the district's own heat-only boiler houses "
                          "(urban coal boilers were removed in 2013-14, so the remaining coal sits outside the core). "
                          "345,000 t = 246,434 tce, about 45 % of industry's energy; Zhengzhou's city-wide coal share of 73 % "
                          "(zz_bluesky) includes power plants, which Erqi does not host. Equivalent to about 880 t/h of boilers and kilns at 393 t per t/h a year.",
    ("industry", "gas"): "Gas-fired boilers and furnaces already converted under 气化郑州: 6,000 x 10^4 m3, about 13 % of industry's energy.",
    ("industry", "gasoline"): "Company cars and light vans: 3,000 t.",
    ("industry", "diesel"): "Forklifts, site trucks and standby generators: 8,000 t.",
    ("industry", "lpg"): "Cutting and small furnaces: 1,000 t.",
    ("industry", "electricity"): "1,500 GWh, i.e. 1,500 kWh per 万元 of industrial value added, typical of Henan light and mixed industry; "
                                 "184,350 tce at the equivalent value.",
    ("industry", "heat"): "Steam bought from city combined-heat-and-power plants: 600,000 GJ. The heat of the district's own boiler houses is not subtracted "
                          "from users (a double count below 1 % of the total).",
    ("construction", "coal"): "Asphalt and small site heating: 1,000 t.",
    ("construction", "gas"): "Site canteens and heating: 200 x 10^4 m3.",
    ("construction", "gasoline"): "Site light vehicles: 2,500 t.",
    ("construction", "diesel"): "Excavators, cranes, concrete trucks: 9,000 t.",
    ("construction", "lpg"): "None assumed.",
    ("construction", "electricity"): "Site power: 70 GWh.",
    ("construction", "heat"): "None.",
    ("transport", "coal"): "No coal in transport.",
    ("transport", "gas"): "CNG taxis and buses already on gas: about 600 taxis x 110,000 km x 8 m3/100 km = 5.3 million m3 plus "
                          "about 300 buses x 55,000 km x 42 m3/100 km = 6.9 million m3, i.e. about 1,200 x 10^4 m3 "
                          "(6 % of Zhengzhou's fleets, the district's share of city GDP).",
    ("transport", "gasoline"): "All road gasoline of district-registered vehicles: operating taxis, vans and mini trucks about 25,000 t, plus "
                               "private cars about 55,000 x 1,000 l x 0.737 kg/l = 40,000 t, of which 35,000 t is taken as driven on the district's "
                               "account; 60,000 t in all. Private-car fuel is booked here, not under households as in the national energy balance, "
                               "so that road fuel stays one account.",
    ("transport", "diesel"): "Freight and coaches: 55,000 t, about 3,300 heavy-truck equivalents at 60,000 km x 33 l/100 km x 0.84 kg/l = 16.6 t each.",
    ("transport", "lpg"): "A few LPG taxis: 500 t.",
    ("transport", "electricity"): "Stations, depots and logistics warehouses: 60 GWh.",
    ("transport", "heat"): "Heated stations and depots: 20,000 GJ.",
    ("commercial", "coal"): "Small restaurants and bathhouses outside the no-coal zone: 5,000 t.",
    ("commercial", "gas"): "Restaurants, hotels and gas boilers of malls: 4,500 x 10^4 m3.",
    ("commercial", "gasoline"): "Business vehicles: 5,000 t.",
    ("commercial", "diesel"): "Delivery vans and standby generators: 2,000 t.",
    ("commercial", "lpg"): "Bottled gas in catering: 6,000 t.",
    ("commercial", "electricity"): "950 GWh: about 7.9 million m2 of commercial floor area at 120 kWh/m2 (seeds/sources/reference-data.md §9: central value for large public buildings).",
    ("commercial", "heat"): "District heat for about 2 million m2 at 0.30 GJ/m2 a season: 600,000 GJ.",
    ("public", "coal"): "None: public institutions inside the built-up area had left coal by 2014 (urban boilers removed 2013-14).",
    ("public", "gas"): "Canteens and gas boilers of schools and hospitals: 1,500 x 10^4 m3.",
    ("public", "gasoline"): "Official vehicles and ambulances: 4,000 t.",
    ("public", "diesel"): "Standby generators and buses of institutions: 500 t.",
    ("public", "lpg"): "Canteens: 300 t.",
    ("public", "electricity"): "200 GWh: about 2 million m2 of offices, campuses and hospitals at about 100 kWh/m2.",
    ("public", "heat"): "District heat for about 1 million m2 at 0.35 GJ/m2: 350,000 GJ.",
    ("residential", "coal"): "Scattered coal outside the no-coal zone: about 4.4 km2 of built-up area not yet in the zone (35.0 - 30.63) "
                             "at about 1,900 t/km2 (see smokeless.coal_t_per_km2) = 8,300 t, plus about 28,000 households of 侯寨, 马寨 and 樱桃沟 "
                             "at 1.5 t each = 42,000 t; about 50,000 t in all.",
    ("residential", "gas"): "Piped gas for cooking, water heating and wall-hung heaters where there is no district heat: about 230,000 connected households x 350 m3 = 8,000 x 10^4 m3, which makes households the largest gas user.",
    ("residential", "gasoline"): "None: private-car gasoline is booked under transport (see energy.transport.gasoline).",
    ("residential", "diesel"): "None assumed for households.",
    ("residential", "lpg"): "Bottled gas in homes without piped gas: about 40,000 households x 150 kg = 6,000 t.",
    ("residential", "electricity"): f"700 GWh: about 910 kWh per resident for {fmt(POP2014)} residents.",
    ("residential", "heat"): "District heat: about 30 % of 24 million m2 of housing (Zhengzhou coverage 25.8 % in 2012, zz_heating) "
                             "at about 0.21 GJ/m2 a season = 1,500,000 GJ.",
}

# ---------------------------------------------------------------------------------------------
# Emission factors
# ---------------------------------------------------------------------------------------------

S_COAL = fig("coal.sulphur_percent")  # % as-received sulphur, reference-data §5 central
GAS_S = 100  # mg/m3 of sulphur in pipeline gas (50-200), an estimate
BOILER = {
    "coal_so2": fig("boiler.coal_so2_per_sulphur") * S_COAL, "coal_nox": fig("boiler.coal_nox"),
    "coal_pm": 25 * (1 - 0.85),
    "gas_so2": fig("boiler.gas_so2_per_sulphur") * GAS_S, "gas_nox": fig("boiler.gas_nox"), "gas_pm": fig("boiler.gas_pm"),
}
STOVE = {
    "coal_so2": fig("stove.coal_so2_per_sulphur") * S_COAL, "coal_nox": fig("stove.coal_nox"),
    "coal_pm": float(fig("stove.coal_pm25")),
    "gas_so2": fig("boiler.gas_so2_per_sulphur") * GAS_S, "gas_nox": 12.0, "gas_pm": 1.0,
}
BOILER = {k: round(v, 4) for k, v in BOILER.items()}
STOVE = {k: round(v, 4) for k, v in STOVE.items()}

# Vehicle fleet factors per tonne of fuel (for the baseline inventory only).
# Gasoline: the MEE small passenger car row, 2014 fleet mix by standard.
GAS_MIX = {"pre": 0.05, "I": 0.10, "II": 0.20, "III": 0.30, "IV": 0.35}
MEE = fig("vehicle.mee_g_per_km")  # g/km by vehicle row, pollutant and standard (reference-data §6)
CAR_NOX = MEE["small_car_gasoline"]["nox"]
CAR_PM = MEE["small_car_gasoline"]["pm"]
CAR_L100 = 8.0
# Diesel: the MEE heavy truck row, 2014 freight-fleet mix.
DSL_MIX = {"I": 0.20, "II": 0.30, "III": 0.35, "IV": 0.15}
HDT_NOX = MEE["heavy_truck_diesel"]["nox"]
HDT_PM = MEE["heavy_truck_diesel"]["pm"]
HDT_L100 = 33.0

car_nox = sum(GAS_MIX[k] * CAR_NOX[k] for k in GAS_MIX)
car_pm = sum(GAS_MIX[k] * CAR_PM[k] for k in GAS_MIX)
car_fuel_g_km = CAR_L100 / 100 * DENSITY["gasoline"] * 1000
hdt_nox = sum(DSL_MIX[k] * HDT_NOX[k] for k in DSL_MIX)
hdt_pm = sum(DSL_MIX[k] * HDT_PM[k] for k in DSL_MIX)
hdt_fuel_g_km = HDT_L100 / 100 * DENSITY["diesel"] * 1000

EF = {
    ("so2", "gasoline"): 2 * 50e-6 * 1000,    # 50 ppm S, all S to SO2 (x2 by mass)
    ("nox", "gasoline"): car_nox / car_fuel_g_km * 1000,
    ("pm", "gasoline"): car_pm / car_fuel_g_km * 1000,
    ("so2", "diesel"): 2 * 350e-6 * 1000,
    ("nox", "diesel"): hdt_nox / hdt_fuel_g_km * 1000,
    ("pm", "diesel"): hdt_pm / hdt_fuel_g_km * 1000,
}
# LPG: the gas-boiler factors carried over per GJ (50.179 GJ/t vs 389.31 GJ per 10^4 m3).
for p in POLLUTANTS:
    EF[(p, "lpg")] = BOILER[f"gas_{p}"] / 389.31 * 50.179

# Vehicle classes: MEE g/km (old = yellow-label standard, new = China IV), estimates for CNG.
def mee(row, old):
    """(old, new) g/km of NOx and of PM2.5 from the MEE row (old = the yellow-label standard, new = China IV)."""
    r = MEE[row]
    return (r["nox"][old], r["nox"]["IV"]), (r["pm"][old], r["pm"]["IV"])


def vkt(cls, what):
    """Annual mileage from the reference range and the note that cites it."""
    lo, hi = fig(f"vehicle.km.{cls}", "low"), fig(f"vehicle.km.{cls}", "high")
    return fig(f"vehicle.km.{cls}"), f"{ref(6)} estimate{what} {lo:,}-{hi:,} km, central value."


def vehicle(mee_row, old, km, km_note, cng_nox, cng_pm, **kw):
    (nox_old, nox_new), (pm_old, pm_new) = mee(mee_row, old)
    return dict(km=km, km_note=km_note, nox=(nox_old, nox_new, cng_nox), pm=(pm_old, pm_new, cng_pm), **kw)


_TAXI_KM, _TAXI_NOTE = vkt("taxi", "")
_BUS_KM, _BUS_NOTE = vkt("bus", " for urban buses")
_LT_KM, _LT_NOTE = vkt("light_truck", "")
_HT_KM, _HT_NOTE = vkt("heavy_truck", "")
_RETIRED = fig("vehicle.zhengzhou_yellow_retired_2014")

# Vehicle classes: MEE g/km (old = yellow-label standard, new = China IV), estimates for CNG.
VEHICLES = [
    # id, name, fuel, km, l_old, l_new, nox old/new/cng, pm old/new/cng, cng m3/100 km, stock
    vehicle("taxi_gasoline", "pre", _TAXI_KM, "MEE VKT table not found; " + _TAXI_NOTE, 0.20, 0.002,
            id="taxi", name="出租车", fuel="gasoline", row="Taxi, gasoline", old_std="pre-China I",
            l_old=10.0, l_new=8.0, cng=8.0, stock=3, mix=_RETIRED["taxi"]),
    vehicle("large_bus_diesel", "I", _BUS_KM, _BUS_NOTE, 7.0, 0.03,
            id="bus", name="公交车(大型柴油客车)", fuel="diesel", row="Large bus, diesel", old_std="China I",
            l_old=40.0, l_new=35.0, cng=42.0, stock=16, mix=_RETIRED["bus"]),
    vehicle("small_medium_bus_diesel", "I", 80000,
            "No range in the reference; intercity and charter coaches run further than city buses: estimate 80,000 km.", 2.0, 0.02,
            id="coach", name="营运客车(中小型柴油客车)", fuel="diesel", row="Small/medium bus, diesel", old_std="China I",
            l_old=22.0, l_new=18.0, cng=22.0, stock=15, mix=_RETIRED["coach"]),
    vehicle("mini_truck_gasoline", "pre", 20000,
            "No range in the reference; urban delivery mini trucks: estimate 20,000 km, below light diesel trucks.", 0.25, 0.004,
            id="mini_truck", name="微型货车(汽油)", fuel="gasoline", row="Mini truck, gasoline", old_std="pre-China I",
            l_old=10.0, l_new=8.0, cng=8.0, stock=5, mix=None),
    vehicle("light_truck_diesel", "I", _LT_KM, _LT_NOTE, 2.0, 0.01,
            id="light_truck", name="轻型柴油货车", fuel="diesel", row="Light truck, diesel", old_std="China I",
            l_old=14.0, l_new=12.0, cng=14.5, stock=12, mix=None),
    vehicle("heavy_truck_diesel", "I", _HT_KM, _HT_NOTE, 4.0, 0.02,
            id="heavy_truck", name="重型柴油货车", fuel="diesel", row="Heavy truck, diesel", old_std="China I",
            l_old=38.0, l_new=33.0, cng=40.0, stock=10, mix=None),
]
VEH = {v["id"]: v for v in VEHICLES}

# CNG (transport gas) factors: half taxi, half bus by gas volume.
def cng_factor(idx):
    t = VEH["taxi"]; b = VEH["bus"]
    key = "nox" if idx == "nox" else "pm"
    taxi = t[key][2] / (t["cng"] / 100) * 10  # g/km / (m3/km) = g/m3; x 10 = kg per 10^4 m3
    bus = b[key][2] / (b["cng"] / 100) * 10
    return 0.5 * taxi + 0.5 * bus, taxi, bus


EF[("nox", "cng")], _cnt, _cnb = cng_factor("nox")
EF[("pm", "cng")], _cpt, _cpb = cng_factor("pm")
EF[("so2", "cng")] = BOILER["gas_so2"]
# The inventory uses exactly the rounded factors written to the baseline.
EF = {k: round(v, 4) for k, v in EF.items()}


def factor(p, sector, fuel):
    """kg per physical unit for the baseline inventory, and the key or derivation used."""
    if fuel in ("electricity", "heat"):
        return 0.0, "no emission at the point of use"
    if fuel == "coal":
        if sector == "residential":
            return STOVE[f"coal_{p}"], f"stove.coal_{p}"
        return BOILER[f"coal_{p}"], f"boiler.coal_{p}"
    if fuel == "gas":
        if sector == "residential":
            return STOVE[f"gas_{p}"], f"stove.gas_{p}"
        if sector == "transport":
            return EF[(p, "cng")], f"ef.{p}.cng"
        return BOILER[f"gas_{p}"], f"boiler.gas_{p}"
    return EF[(p, fuel)], f"ef.{p}.{fuel}"


# ---------------------------------------------------------------------------------------------
# Water (t, 2014) - reference-data §8: the plan caps are a district-accounted residual
# ---------------------------------------------------------------------------------------------

WATER = {"cod_household": 148.0, "cod_industrial": 10.3, "nh3n_household": 26.0, "nh3n_industrial": 2.56}
CAPS = fig("plan.caps_t")  # the plan's 2015 caps (plan2015), reference-data §10

# ---------------------------------------------------------------------------------------------
# Township weights (relative, per sector). Derived below; see the note on
# township.mazhai.energy_share.industry for the method.
# ---------------------------------------------------------------------------------------------

_C2000 = fig("population.census_2000_by_unit")  # reference-data §1
CENSUS2000 = {t: _C2000[t] for t in ["huaihelu", "jiefanglu", "minggonglu", "yimalu", "mifengzhang", "wulibao",
                                     "daxuelu", "jianzhongjie", "fuhuajie", "dehuajie"]}
CORE_GROWTH = 1.15          # old subdistricts, 2000 -> 2014
MAZHAI_2000, MAZHAI_GROWTH = _C2000["mazhai"], 1.40    # industrial cluster drew migrant workers
HOUZHAI_2000, HOUZHAI_GROWTH, YINGTAOGOU_2014 = _C2000["houzhai"], 1.10, 7000  # 樱桃沟 carved out of 侯寨
QLY_LH_2000 = _C2000["qiliyan"] + _C2000["longhai"]  # 齐礼阎乡 + 陇海乡, now 嵩山路, 京广路, 长江路, 人和路
NEW_SPLIT = {"songshanlu": 0.22, "jingguanglu": 0.26, "changjianglu": 0.28, "renhelu": 0.24}

POP_T = {t: n * CORE_GROWTH for t, n in CENSUS2000.items()}
POP_T["mazhai"] = MAZHAI_2000 * MAZHAI_GROWTH
POP_T["yingtaogou"] = YINGTAOGOU_2014
POP_T["houzhai"] = HOUZHAI_2000 * HOUZHAI_GROWTH - YINGTAOGOU_2014
NEW_AREA_POP = POP2014 - sum(POP_T.values())
for t, w in NEW_SPLIT.items():
    POP_T[t] = NEW_AREA_POP * w

RES_FACTOR = {t: 1.0 for t in TIDS}
RES_FACTOR.update({"houzhai": 1.3, "mazhai": 1.3, "yingtaogou": 1.3, "songshanlu": 1.1})

W_ENERGY = {
    "agriculture": {"houzhai": 50, "mazhai": 20, "yingtaogou": 15, "songshanlu": 15},
    "industry": {"mazhai": 60, "houzhai": 6, "yingtaogou": 0.5, "songshanlu": 5, "changjianglu": 4,
                 "jingguanglu": 5, "renhelu": 3, "mifengzhang": 4, "wulibao": 3, "jianzhongjie": 2,
                 "fuhuajie": 2, "daxuelu": 2, "huaihelu": 1.5, "minggonglu": 1, "yimalu": 0.5,
                 "jiefanglu": 0.2, "dehuajie": 0.3},
    "construction": {"songshanlu": 12, "changjianglu": 12, "jingguanglu": 11, "renhelu": 10, "houzhai": 10,
                     "mazhai": 9, "yingtaogou": 3, "daxuelu": 4, "wulibao": 4, "fuhuajie": 4,
                     "jianzhongjie": 4, "mifengzhang": 4, "huaihelu": 4, "minggonglu": 3, "yimalu": 2,
                     "jiefanglu": 2, "dehuajie": 2},
    "transport": {"jingguanglu": 12, "yimalu": 10, "minggonglu": 8, "changjianglu": 8, "renhelu": 7,
                  "songshanlu": 7, "mazhai": 8, "houzhai": 6, "yingtaogou": 1, "daxuelu": 4, "wulibao": 5,
                  "fuhuajie": 5, "jianzhongjie": 4, "mifengzhang": 4, "huaihelu": 5, "jiefanglu": 3,
                  "dehuajie": 3},
    "commercial": {"dehuajie": 10, "jiefanglu": 9, "yimalu": 8, "minggonglu": 9, "huaihelu": 8,
                   "jianzhongjie": 6, "fuhuajie": 7, "wulibao": 6, "daxuelu": 6, "mifengzhang": 4,
                   "songshanlu": 4, "changjianglu": 5, "jingguanglu": 6, "renhelu": 5, "houzhai": 3,
                   "mazhai": 3, "yingtaogou": 1},
    "public": {t: POP_T[t] / 1000 + (60 if t == "daxuelu" else 0) for t in TIDS},
    "residential": {t: POP_T[t] / 1000 * RES_FACTOR[t] for t in TIDS},
}
W_VA = {
    "agriculture": W_ENERGY["agriculture"],
    "industry": {"mazhai": 45, "houzhai": 6, "yingtaogou": 0.5, "songshanlu": 6, "changjianglu": 6,
                 "jingguanglu": 7, "renhelu": 5, "mifengzhang": 5, "wulibao": 4, "jianzhongjie": 3,
                 "fuhuajie": 3, "daxuelu": 3, "huaihelu": 2.5, "minggonglu": 1.5, "yimalu": 1,
                 "jiefanglu": 0.7, "dehuajie": 0.8},
    "construction": W_ENERGY["construction"],
    "transport": W_ENERGY["transport"],
    "commercial": {"dehuajie": 12, "jiefanglu": 11, "yimalu": 9, "minggonglu": 10, "huaihelu": 8,
                   "jianzhongjie": 6, "fuhuajie": 7, "wulibao": 5, "daxuelu": 6, "mifengzhang": 3.5,
                   "songshanlu": 3, "changjianglu": 4.5, "jingguanglu": 5, "renhelu": 4, "houzhai": 2.5,
                   "mazhai": 2.5, "yingtaogou": 1},
    "public": W_ENERGY["public"],
}


def shares(weights):
    """Normalise to 6 decimals; the largest takes the remainder so the sum is 1."""
    total = sum(weights.get(t, 0) for t in TIDS)
    raw = {t: weights.get(t, 0) / total for t in TIDS}
    r = {t: round(v, 6) for t, v in raw.items()}
    big = max(TIDS, key=lambda t: raw[t])
    r[big] = round(1.0 - sum(r[t] for t in TIDS if t != big), 6)
    s = 0.0
    for t in TIDS:
        s += r[t]
    assert abs(s - 1.0) < 1e-12, (weights, s)
    return r


def wtext(weights):
    return ", ".join(f"{t} {weights.get(t, 0):g}" for t in TIDS if weights.get(t, 0))


# =============================================================================================
# Parameters
# =============================================================================================


def build():
    # --- GDP -------------------------------------------------------------------------------
    structure = {s: GDP[s] / GDP_TOTAL for s in PRODUCING}
    secondary = structure["industry"] + structure["construction"]
    tertiary = structure["transport"] + structure["commercial"] + structure["public"]
    gdp_intro = (f"District GDP 2014 = 4,150,000 万元 (415 亿元): Zhengzhou 2015 GDP 7,315.2 亿元 x Erqi share 6.0-6.5 % "
                 f"= about 455 亿元 for 2015, divided by about 1.10 for real growth and deflator ({ref(2)}, range {fig('gdp.erqi_2014', 'low')}-{fig('gdp.erqi_2014', 'high')}, "
                 f"central 415). Split by an estimated 2014 structure of primary {structure['agriculture']*100:.2f} : secondary "
                 f"{secondary*100:.2f} : tertiary {tertiary*100:.2f}; the 2023 structure 0.05 : 20.51 : 79.44 (baike_erqi) is "
                 f"the later anchor, and 2014 had a larger secondary share before industry moved out of the core.")
    gdp_why = {
        "agriculture": "Primary share 0.30 % (2023: 0.05 %, less farmland after urbanisation): 12,500 万元.",
        "industry": "Industry 24.1 % (the 马寨 cluster and remaining plants in the south): 1,000,000 万元.",
        "construction": "Construction 7.0 % (heavy urban-village redevelopment in 2014): 290,000 万元.",
        "transport": "Transport, storage and post 8.0 % (railway-station area and 京广路 logistics): 330,000 万元.",
        "public": "Public administration, education and health 10.0 % (universities along 大学路, hospitals): 415,000 万元.",
        "commercial": f"Remainder of the total: 4,150,000 - others = {fmt(GDP['commercial'])} 万元 ({structure['commercial']*100:.2f} %), "
                      "wholesale, retail, hotels, catering, finance and real estate of the 二七 commercial core.",
    }
    for s in PRODUCING:
        param(f"gdp.{s}", GDP[s], "万元", "estimate", gdp_why[s] + " " + gdp_intro)

    # --- growth and drift -----------------------------------------------------------------
    gdp_growth = sum(GDP[s] * GROWTH[s] for s in PRODUCING) / GDP_TOTAL
    growth_why = {
        "agriculture": "Farm output grows slowly as land is built over: 3 %.",
        "industry": "Industrial value added +9 %, a little below Zhengzhou's 10.1 % GDP growth of 2015 (zz_gdp2015).",
        "construction": "Construction +8 %: redevelopment continuing at a slightly slower pace.",
        "transport": "Freight, passenger and private road traffic +9 %, in step with the economy (sector energy includes private-car fuel).",
        "commercial": "Services +10 %, the fastest-growing part of a service-led district.",
        "public": "Public services +8 %.",
        "residential": (f"Household energy demand +9 %: population +{POP_GROWTH*100:.2f} % (growth.population) plus about 7 % per resident "
                        "(more appliances, floor space and heating; national household energy use grew roughly 7-8 % a year in 2010-15 by the NBS balances as recalled, a figure not in the reference)."),
    }
    for s in SECTORS:
        extra = ""
        if s != "residential":
            extra = (f" Weighted over the producing sectors these rates give GDP growth {gdp_growth*100:.2f} %, inside the 9-10 % "
                     f"of {ref(2)} (Zhengzhou {fig('growth.zhengzhou_2015') * 100:.1f} % in 2015; Erqi {fig('growth.erqi_2017') * 100:.1f} % in 2017).")
        param(f"growth.{s}", GROWTH[s], "fraction", "estimate", growth_why[s] + extra)
    for s in SECTORS:
        param(f"drift.{s}", 0, "fraction", "estimate",
              "No autonomous change assumed: energy per unit of activity is held at 2014 levels, so intensity moves in "
              "BAU only through the sector mix, and every saving must come from a measure.")
    param("growth.population", POP_GROWTH, "fraction", "estimate",
          f"Linear interpolation between the 2010 census ({fmt(POP2010)}, census2010) and 2019 ({fmt(POP2019)}, pop2019): "
          f"2014 = {fmt(POP2014)}, 2015 = {fmt(POP2015)}; {fmt(POP2015)} / {fmt(POP2014)} - 1 = {POP_GROWTH:.6f}.")
    param("drift.water_industrial", 0, "fraction", "estimate",
          "No autonomous change assumed: industrial COD and NH3-N grow with industrial activity unless a measure cuts them.")

    # --- energy ---------------------------------------------------------------------------
    for s in SECTORS:
        for f in FUELS:
            q = ENERGY[s][f]
            tce = q * TCE[f]
            note = (f"{ENERGY_WHY[(s, f)]} {fmt(q)} {FUEL_UNIT[f]} x {TCE[f]} = {fmt(tce)} tce. "
                    f"{SECTOR_CONTEXT[s]} {CALIB}")
            param(f"energy.{s}.{f}", q, FUEL_UNIT[f], "estimate", note)

    # --- air ------------------------------------------------------------------------------
    for p in POLLUTANTS:
        for s in SECTORS:
            total = 0.0
            parts = []
            for f in FUELS:
                q = ENERGY[s][f]
                k, src = factor(p, s, f)
                if q == 0 or k == 0:
                    continue
                scale = 1000.0  # kg -> t
                t = q * k / scale
                total += t
                parts.append(f"{f} {fmt(q)} {FUEL_UNIT[f]} x {k:.4g} kg ({src}) = {t:,.2f} t")
            total = round(total, 3)
            body = "; ".join(parts) if parts else "no fuel with an emission factor"
            param(f"air.{p}.{s}", total, "t", "estimate",
                  f"2014 energy x emission factors: {body}. Sum {total:,.3f} t. Electricity and heat emit nowhere in the district.")

    # --- water ----------------------------------------------------------------------------
    gen_cod = POP2014 * 70 * 365e-6
    gen_nh3 = POP2014 * 8 * 365e-6
    resid = (f"{ref(8)}: generation at about 770,000 residents is about "
             f"{fmt(gen_cod)} t COD and {fmt(gen_nh3)} t NH3-N a year, so the plan's caps are a district-accounted residual "
             "(population not credited to city treatment plants), not gross discharge.")
    water_why = {
        "cod_household": f"Cap 144.2 t; 2014 set 2.6 % above it at 148.0 t, so that population growth alone (+{POP_GROWTH*100:.2f} %) "
                         f"gives {148.0*(1+POP_GROWTH):.2f} t in 2015 and sewer connections are needed.",
        "nh3n_household": f"Cap 25.34 t; 2014 set 2.6 % above it at 26.0 t (same ratio to COD as the caps, 0.176), giving "
                          f"{26.0*(1+POP_GROWTH):.2f} t in 2015 without connections.",
        "cod_industrial": f"Cap 10.1 t; 2014 set 2 % above it at 10.3 t, giving {10.3*(1+GROWTH['industry']):.2f} t in 2015 at "
                          "+9 % industrial growth, so wastewater treatment upgrades are needed.",
        "nh3n_industrial": f"Cap 2.51 t; 2014 set 2 % above it at 2.56 t, giving {2.56*(1+GROWTH['industry']):.2f} t in 2015 at +9 % growth.",
    }
    for w in ["cod_household", "cod_industrial", "nh3n_household", "nh3n_industrial"]:
        param(f"water.{w}", WATER[w], "t", "estimate", water_why[w] + " " + resid)

    # --- coefficients ---------------------------------------------------------------------
    for f in FUELS:
        param(f"coef.tce.{f}", TCE[f], TCE_UNIT[f], "gbt2589", TCE_NOTE[f])
    for f in FUELS:
        param(f"coef.co2.{f}", CO2[f], CO2_UNIT[f], CO2_SRC.get(f, "ndrc_ghg"), CO2_NOTE[f])
    param("coef.ncv_gj_per_tce", NCV, "GJ/tce", "gbt2589", "1 kgce = 29,307.6 kJ (7,000 kcal).")
    param("coef.density.gasoline", DENSITY["gasoline"], "kg/l", "estimate",
          "Typical density of Chinese motor gasoline at 20 °C, 0.72-0.76 kg/l; 0.737 is the conversion commonly used for 1 t = 1,357 l.")
    param("coef.density.diesel", DENSITY["diesel"], "kg/l", "estimate",
          "Typical density of Chinese automotive diesel at 20 °C, 0.82-0.86 kg/l; central 0.84 (1 t = 1,190 l).")

    # --- emission factors for the inventory (not read by the levers) -----------------------
    gas_mix_txt = ", ".join(f"{k} {v:.0%}" for k, v in GAS_MIX.items())
    dsl_mix_txt = ", ".join(f"China {k} {v:.0%}" for k, v in DSL_MIX.items())
    ef_notes = {
        ("so2", "gasoline"): "China IV gasoline, 50 ppm S (national from 2014); all sulphur to SO2, twice the sulphur mass: 2 x 50e-6 x 1,000 kg = 0.1 kg/t.",
        ("nox", "gasoline"): (f"MEE small passenger car row (mee_vehicle_vein) weighted by an estimated 2014 fleet mix ({gas_mix_txt}): "
                              f"{car_nox:.4f} g/km; fuel {CAR_L100} l/100 km x 0.737 kg/l = {car_fuel_g_km:.1f} g/km; "
                              f"{car_nox:.4f} / {car_fuel_g_km:.1f} x 1,000 = {EF[('nox','gasoline')]:.3f} kg/t."),
        ("pm", "gasoline"): (f"Same mix on the PM2.5 column: {car_pm:.5f} g/km / {car_fuel_g_km:.1f} g fuel/km x 1,000 = "
                             f"{EF[('pm','gasoline')]:.4f} kg/t."),
        ("so2", "diesel"): "China III diesel, 350 ppm S (China IV diesel became national only in 2015): 2 x 350e-6 x 1,000 = 0.7 kg/t.",
        ("nox", "diesel"): (f"MEE heavy truck row (mee_vehicle_vein) weighted by an estimated 2014 freight-fleet mix ({dsl_mix_txt}): "
                            f"{hdt_nox:.4f} g/km; fuel {HDT_L100} l/100 km x 0.84 kg/l = {hdt_fuel_g_km:.1f} g/km; "
                            f"= {EF[('nox','diesel')]:.3f} kg/t. Used for all diesel, off-road machinery included."),
        ("pm", "diesel"): (f"Same mix on the PM2.5 column: {hdt_pm:.4f} g/km / {hdt_fuel_g_km:.1f} g/km x 1,000 = "
                           f"{EF[('pm','diesel')]:.4f} kg/t."),
        ("so2", "cng"): "Same as boiler.gas_so2 (gas sulphur about 100 mg/m3).",
        ("nox", "cng"): (f"Half taxi, half bus by gas volume: taxi {VEH['taxi']['nox'][2]} g/km / {VEH['taxi']['cng']/100} m3/km = "
                         f"{_cnt:.1f} kg per 10^4 m3; bus {VEH['bus']['nox'][2]} g/km / {VEH['bus']['cng']/100} m3/km = {_cnb:.1f}; "
                         f"mean {EF[('nox','cng')]:.2f}. The CNG g/km are estimates (see vehicle.*.nox_g_per_km_cng)."),
        ("pm", "cng"): (f"As for NOx: taxi {_cpt:.3f}, bus {_cpb:.3f}, mean {EF[('pm','cng')]:.3f} kg per 10^4 m3."),
    }
    for p in POLLUTANTS:
        param(f"ef.{p}.gasoline", round(EF[(p, 'gasoline')], 4), "kg/t", "estimate", ef_notes[(p, "gasoline")])
        param(f"ef.{p}.diesel", round(EF[(p, 'diesel')], 4), "kg/t", "estimate", ef_notes[(p, "diesel")])
        param(f"ef.{p}.lpg", round(EF[(p, 'lpg')], 4), "kg/t", "estimate",
              f"No LPG factor in the reference: the gas-boiler factor boiler.gas_{p} ({BOILER['gas_' + p]:g} kg per 10^4 m3 = 389.31 GJ) "
              f"carried over per GJ to LPG at 50.179 GJ/t: {BOILER['gas_' + p]:g} / 389.31 x 50.179 = {EF[(p,'lpg')]:.4f} kg/t.")
        param(f"ef.{p}.cng", round(EF[(p, 'cng')], 4), "kg/10^4 m3", "estimate", ef_notes[(p, "cng")])

    # --- profiles -------------------------------------------------------------------------
    heating = [31, 28, 15, 0, 0, 0, 0, 0, 0, 0, 16, 31]
    solar = [65, 72, 95, 108, 122, 115, 108, 106, 90, 86, 70, 63]
    for m in range(12):
        param(f"profile.flat.m{m+1:02d}", 1, "weight", "estimate", "Flat profile: every month weighs the same.")
    for m in range(12):
        param(f"profile.heating.m{m+1:02d}", heating[m], "days", "estimate",
              "Days of Zhengzhou's heating season (15 November - 15 March) in the month: Jan 31, Feb 28, Mar 15, Nov 16, Dec 31, others 0 (121 days).")
    for m in range(12):
        param(f"profile.solar.m{m+1:02d}", solar[m], "kWh/kWp", "estimate",
              "Estimated monthly yield of a south-facing rooftop system in Zhengzhou, summing to the 1,100 kWh/kWp of pv.yield_kwh_per_kwp: "
              "Jan 65, Feb 72, Mar 95, Apr 108, May 122, Jun 115, Jul 108, Aug 106, Sep 90, Oct 86, Nov 70, Dec 63. "
              "Shape: long dry days in May-June, haze and short days in winter, summer rain trimming July-August. "
              "Only the relative weights matter.")

    sector_profiles(heating)

    # --- townships ------------------------------------------------------------------------
    pop_txt = ", ".join(f"{t} {POP_T[t]:,.0f}" for t in TIDS)
    method = ("Method (all township shares): no unit-level statistics exist, so each sector's total is split by relative weights. "
              f"Population proxy 2014: the 2000 census (census2000) x {CORE_GROWTH} for the ten old subdistricts; 马寨 {MAZHAI_2000:,} x {MAZHAI_GROWTH} "
              f"(migrant workers of the cluster); 侯寨 {HOUZHAI_2000:,} x {HOUZHAI_GROWTH} less {YINGTAOGOU_2014:,} for 樱桃沟 (carved out of it); "
              f"the rest of the {fmt(POP2014)} total ({fmt(NEW_AREA_POP)}, from 87,201 in 2000 in 齐礼阎乡 and 陇海乡) goes to their successors "
              f"嵩山路 {NEW_SPLIT['songshanlu']}, 京广路 {NEW_SPLIT['jingguanglu']}, 长江路 {NEW_SPLIT['changjianglu']}, 人和路 {NEW_SPLIT['renhelu']}. "
              f"Result: {pop_txt}. Residential weights = population x a per-resident factor (1.3 in 侯寨, 马寨, 樱桃沟 for scattered coal and "
              "larger rural homes, 1.1 in 嵩山路, else 1). Public = population in thousands, plus 60 for the universities of 大学路. "
              "Industry sits mostly in 马寨; agriculture only in 侯寨, 马寨, 樱桃沟 and 嵩山路 (the plan's agriculture task); commercial "
              "energy and value added in the 二七 core (德化街, 解放路, 一马路, 铭功路, 淮河路); construction on the southern and western "
              "development frontier; transport at the railway-station area and 京广路. Where energy and value-added weights differ "
              "(industry, commercial), 马寨's heavy industry gets more energy than value added and the core's retail more value added "
              "than energy, so township intensities differ. Shares are the weights normalised, rounded to 6 decimals, the largest "
              "taking the remainder so each sector sums to exactly 1. Weights are in scripts/build-baseline.py.")
    for fam, table in (("energy_share", W_ENERGY), ("va_share", W_VA)):
        for s in (SECTORS if fam == "energy_share" else PRODUCING):
            sh = shares(table[s])
            for t in TIDS:
                key = f"township.{t}.{fam}.{s}"
                if t == "mazhai":
                    note = f"Weights for {fam}.{s}: {wtext(table[s])}."
                    if fam == "energy_share" and s == "industry":
                        note = note + " " + method
                    else:
                        note = note + " Method: see the note on township.mazhai.energy_share.industry."
                else:
                    note = (f"See the weights in scripts/build-baseline.py and the note on township.mazhai.{fam}.{s} "
                            "(method on township.mazhai.energy_share.industry).")
                param(key, sh[t], "fraction", "estimate", note)

    # --- vehicles -------------------------------------------------------------------------
    city_share = 0.06
    for v in VEHICLES:
        c = v["id"]
        std_old = v["old_std"]
        param(f"vehicle.{c}.km", v["km"], "km/yr", "estimate", v["km_note"])
        fuel = v["fuel"]
        if fuel == "gasoline":
            l_note_old = f"Estimate: a pre-2005 {fuel} {c.replace('_', ' ')} with a worn carburettor or early injection engine, about 20-25 % above a new one."
        else:
            l_note_old = f"Estimate: a pre-2005 China I diesel {c.replace('_', ' ')}, about 12-20 % above a new China IV one."
        param(f"vehicle.{c}.l_per_100km_old", v["l_old"], "l/100 km", "estimate", l_note_old)
        param(f"vehicle.{c}.l_per_100km_new", v["l_new"], "l/100 km", "estimate",
              f"Estimate: typical 2015 consumption of a new China IV {v['name']} in urban service.")
        param(f"vehicle.{c}.nox_g_per_km_old", v["nox"][0], "g/km", "mee_vehicle_vein",
              f"MEE row '{v['row']}', {std_old} column (the yellow-label standard: gasoline below China I, diesel below China III; "
              f"a pre-2005 {fuel} {c.replace('_', ' ')} is taken as {std_old}).")
        param(f"vehicle.{c}.nox_g_per_km_new", v["nox"][1], "g/km", "mee_vehicle_vein",
              f"MEE row '{v['row']}', China IV column (the standard of new vehicles sold in Henan in 2015).")
        param(f"vehicle.{c}.pm_g_per_km_old", v["pm"][0], "g/km", "mee_vehicle_vein",
              f"MEE row '{v['row']}', {std_old} column, PM2.5.")
        param(f"vehicle.{c}.pm_g_per_km_new", v["pm"][1], "g/km", "mee_vehicle_vein",
              f"MEE row '{v['row']}', China IV column, PM2.5.")
        if fuel == "gasoline":
            cng_nox_note = (f"Estimate: CNG rows of the guideline were not transcribed. A retrofitted bi-fuel {c.replace('_', ' ')} keeps the "
                            f"gasoline catalyst, so NOx is taken slightly above the China IV gasoline value ({v['nox'][1]} g/km): {v['nox'][2]} g/km.")
            cng_pm_note = f"Estimate: gas burns with almost no soot; about 2/3 of the China IV gasoline value ({v['pm'][1]}): {v['pm'][2]} g/km."
            e_old = v["l_new"] * DENSITY["gasoline"] * 43.07
            cng_fuel_note = (f"Estimate: {v['l_new']} l gasoline x 0.737 kg/l x 43.07 MJ/kg = {e_old:.0f} MJ/100 km; divided by 35.5 MJ/m3 "
                             f"= {e_old/35.5:.1f} m3, plus about 10 % for the lower efficiency of a converted spark-ignition engine: {v['cng']} m3/100 km.")
        else:
            cng_nox_note = (f"Estimate: CNG rows of the guideline were not transcribed. A lean-burn or stoichiometric gas engine emits well below "
                            f"the China IV diesel value ({v['nox'][1]} g/km): taken as {v['nox'][2]} g/km.")
            cng_pm_note = f"Estimate: a gas engine has almost no soot; about a tenth of the China IV diesel value ({v['pm'][1]}) or less: {v['pm'][2]} g/km."
            e_old = v["l_new"] * DENSITY["diesel"] * 42.652
            cng_fuel_note = (f"Estimate: {v['l_new']} l diesel x 0.84 kg/l x 42.652 MJ/kg = {e_old:.0f} MJ/100 km; a spark-ignition gas engine "
                             f"needs about 20 % more energy: x 1.2 / 35.5 MJ/m3 = {e_old*1.2/35.5:.1f}, taken as {v['cng']} m3/100 km.")
        param(f"vehicle.{c}.nox_g_per_km_cng", v["nox"][2], "g/km", "estimate", cng_nox_note)
        param(f"vehicle.{c}.pm_g_per_km_cng", v["pm"][2], "g/km", "estimate", cng_pm_note)
        param(f"vehicle.{c}.cng_m3_per_100km", v["cng"], "m3/100 km", "estimate", cng_fuel_note)
        if v["mix"] is not None:
            stock_note = (f"Zhengzhou retired 1,012 operating yellow-label vehicles in 2014 (zz_yellow2014), {v['mix']} of them in this class; "
                          "assuming about as many pre-2005 operating vehicles remained at end-2014 (the 2015 task removes all of them), "
                          f"and Erqi at about 6 % of the city: {v['mix']} x 0.06 = {v['mix']*city_share:.1f}, taken as {v['stock']}. "
                          "Citywide there were 23.8 x 10^4 yellow-label vehicles of all kinds in 2013 (zz_bluesky), mostly private.")
        else:
            stock_note = ("Zhengzhou's 2014 batch had 442 'other' operating vehicles (trucks, zz_yellow2014); 442 x 0.06 = 26.5, about 27 for Erqi, "
                          f"split light truck 12, heavy truck 10, mini truck 5 (urban freight mostly light): {v['stock']} in this class. "
                          "Same assumption that about as many remained at end-2014 as were retired in 2014.")
        param(f"vehicle.{c}.yellow_stock", v["stock"], "vehicles", "estimate", stock_note)

    # --- lever defaults -------------------------------------------------------------------
    param("boiler.hours", 2050, "h/yr", "estimate",
          "From ndrc_boilers: 7 x 10^8 t coal / 1.78 x 10^6 t/h = 393 t coal per t/h of capacity a year; a tonne of steam needs about "
          "2.6 GJ / (20.9 GJ/t x 0.65) = 0.191 t coal; 393 / 0.191 = about 2,050 equivalent full-load hours.")
    param("boiler.mw_per_tph", 0.7, "MW per t/h", "estimate",
          "Engineering convention: 1 t/h of steam (蒸吨) is about 0.7 MW of heat output (about 2.5 GJ per tonne of steam).")
    param("boiler.eff_coal", 0.65, "fraction", "estimate",
          "Small coal-fired industrial boilers run at 0.60-0.70; ndrc_boilers puts them about 15 points below an advanced ~0.80. Central value 0.65.")
    param("boiler.eff_gas", 0.90, "fraction", "estimate", "Gas-fired boilers 0.88-0.92 by engineering norm; central value 0.90.")
    param("boiler.coal_so2", BOILER["coal_so2"], "kg/t", "census_boilers",
          f"Grate boiler SO2 generation 16 x S kg/t with as-received sulphur S = {S_COAL} % ({ref(5)} central of {fig('coal.sulphur_percent', 'low')}-{fig('coal.sulphur_percent', 'high')} %, an estimate): "
          f"16 x {S_COAL} = {BOILER['coal_so2']:.1f}. No desulphurisation credit (small boilers rarely have it).")
    param("boiler.coal_nox", BOILER["coal_nox"], "kg/t", "census_boilers",
          "Census coefficient for grate boilers; measured small boilers in Shanxi average 3.16 kg/t (li2018_aaqr).")
    param("boiler.coal_pm", BOILER["coal_pm"], "kg/t", "estimate",
          "Uncontrolled dust about 1.25 x ash (census_boilers) = about 25 kg/t at 20 % ash; a wet scrubber or multicyclone removes about 85 %: "
          f"25 x (1 - 0.85) = {BOILER['coal_pm']:.2f} kg/t. AP-42 gives 7.5-8 kg/t filterable PM for uncontrolled stokers, so this is a controlled value.")
    param("boiler.gas_so2", BOILER["gas_so2"], "kg/10^4 m3", "census_boilers",
          "0.02 x S kg per 10^4 m3 with S = 100 mg/m3 of gas sulphur (pipeline gas 50-200): 2.0.")
    param("boiler.gas_nox", BOILER["gas_nox"], "kg/10^4 m3", "census_boilers", "Census coefficient for gas industrial boilers.")
    param("boiler.gas_pm", BOILER["gas_pm"], "kg/10^4 m3", "census_boilers", "Census coefficient for gas industrial boilers.")
    param("pv.yield_kwh_per_kwp", fig("pv.zhengzhou_yield"), "kWh/kWp", "estimate",
          f"{ref(7)}: national average {fig('pv.national_hours_2015'):,} h in 2015 (nea_pv2015) and a Henan rooftop "
          f"{fig('pv.henan_rooftop_yield'):,} kWh/kWp (xuchang_pv); Zhengzhou haze "
          f"puts it a little lower; central of the {fig('pv.zhengzhou_yield', 'low'):,}-{fig('pv.zhengzhou_yield', 'high'):,} range: {fig('pv.zhengzhou_yield'):,}.")
    param("smokeless.area_2014", round(fig("plan.smokeless_area_km2") - fig("plan.smokeless_added_km2"), 6), "km2", "plan2015",
          "Plan arithmetic: 32.83 km2 after the 2015 addition less the 2.2 km2 of 大学路 added in 2015 = 30.63 km2 (87.5 % of a 35.0 km2 built-up area).")
    param("smokeless.coal_t_per_km2", 1875, "t/(km2·yr)", "estimate",
          "Scattered coal still burnt per km2 in the areas left to convert (urban villages, small shops): about 15,000 residents/km2 / 3 = 5,000 "
          "households, of which about 25 % heat and cook with coal or honeycomb briquettes at about 1.5 t a year: 5,000 x 0.25 x 1.5 = 1,875 t. "
          "Most of it is burnt in the heating season.")
    param("smokeless.gas_share", 0.7, "fraction", "estimate",
          "Urban-village households in a new no-coal zone mostly move to piped gas where the network reaches, the rest to electric heaters: 70 % gas.")
    param("stove.eff_coal", 0.30, "fraction", "estimate", "Traditional coal and honeycomb-briquette stoves: 25-35 % useful heat; central 0.30.")
    param("stove.eff_gas", 0.85, "fraction", "estimate", "Domestic gas wall-hung heaters and cookers: 80-90 %; central 0.85.")
    param("stove.eff_electric", 0.95, "fraction", "estimate",
          "Resistive electric heaters convert nearly all power to heat (0.95 allowing for losses); heat pumps would be higher.")
    param("stove.coal_so2", STOVE["coal_so2"], "kg/t", "estimate",
          f"Residential raw coal 16 S-18 S g/kg ({ref(5)}, literature range); central 17 x S with S = {S_COAL} %: {STOVE['coal_so2']:.1f} kg/t.")
    param("stove.coal_nox", STOVE["coal_nox"], "kg/t", "estimate", f"Residential coal NOx 1-2 g/kg ({ref(5)}); central 1.5 kg/t.")
    param("stove.coal_pm", STOVE["coal_pm"], "kg/t", "estimate",
          f"Residential raw coal PM2.5 5-15 g/kg ({ref(5)}), central 8 kg/t. The MEE residential-coal guideline table was not retrieved.")
    param("stove.gas_so2", STOVE["gas_so2"], "kg/10^4 m3", "estimate", "Same gas sulphur as boiler.gas_so2 (100 mg/m3): 0.02 x 100 = 2.0.")
    param("stove.gas_nox", STOVE["gas_nox"], "kg/10^4 m3", "estimate",
          "No residential gas factor in the reference; small domestic burners run cooler than industrial boilers (18.71), taken at about two thirds: 12.")
    param("stove.gas_pm", STOVE["gas_pm"], "kg/10^4 m3", "estimate",
          "No residential gas factor in the reference; well below the boiler value 2.4 for clean domestic burners: 1.0.")
    param("yellow_label.replacement", 0.8, "fraction", "estimate",
          "Operating licences of buses, coaches and taxis are quota-bound and almost always re-used by a new vehicle; some old trucks leave "
          "without replacement. Overall about 80 % replaced.")
    param("motors.hours", 4000, "h/yr", "estimate", "Industrial motors in two-shift operation: about 4,000 h a year at rated load equivalent.")
    param("motors.efficiency_gain", 0.03, "fraction", "estimate",
          "Replacing an old Y-series motor (about 89 %) by a high-efficiency one (about 92 %) saves 1 - 0.89/0.92 = 3.3 % of input power; taken as 3 %.")
    param("buildings.green_kgce_per_m2", 2.2, "kgce/m2", "estimate",
          f"{ref(9)}: a large public building uses about 120 kWh/m2 (excluding heating); green standard saves about 15 %: 18 kWh/m2 x 0.1229 = 2.2 kgce/m2.")
    param("buildings.retrofit_kgce_per_m2", 2.95, "kgce/m2", "estimate",
          "Retrofit of existing public buildings must save at least 20 % (mohurd_retrofit): 120 kWh/m2 x 0.20 = 24 kWh/m2 x 0.1229 = 2.95 kgce/m2.")
    param("pricing.elasticity", -0.2, "fraction per fraction", "estimate",
          "Short-run own-price elasticity of Chinese household electricity and gas demand, commonly estimated at -0.1 to -0.3; central -0.2. "
          "No reference figure was retrieved.")
    param("sewer.cod_g_per_day", fig("sewer.cod_g_per_day"), "g/(person·day)", "estimate",
          "Per-capita COD generation of urban residents 60-80 g/day (seeds/sources/reference-data.md §8; census_household structure); central 70.")
    param("sewer.nh3n_g_per_day", fig("sewer.nh3n_g_per_day"), "g/(person·day)", "estimate",
          f"Per-capita NH3-N generation 7-9 g/day ({ref(8)}); central 8.")
    param("sewer.removal_cod", fig("sewer.removal_cod"), "fraction", "estimate",
          "Influent about 300 mg/L COD treated to the GB 18918 grade 1A/1B limits of 50-60 mg/L (gb18918): about 85 % removal.")
    param("sewer.removal_nh3n", fig("sewer.removal_nh3n"), "fraction", "estimate",
          "Influent about 30 mg/L NH3-N treated to 5-8 mg/L (gb18918): 77-85 % removal; the low end 0.77 reproduces the caps' NH3-N/COD ratio "
          "(8 x 0.23 / (70 x 0.15) = 0.175 vs 25.34 / 144.2 = 0.176).")

    # --- goals ----------------------------------------------------------------------------
    goals = [
        ("goal.intensity_change", fig("plan.intensity_change"), "fraction", "全区单位生产总值能耗下降2% (section 二); the same 2.0 % for each of the 17 units in the annex."),
        ("goal.cod_household", CAPS["cod_household"], "t", "Household COD cap for 2015 (section 二)."),
        ("goal.cod_industrial", CAPS["cod_industrial"], "t", "Industrial COD cap for 2015 (section 二)."),
        ("goal.nh3n_household", CAPS["nh3n_household"], "t", "Household NH3-N cap for 2015 (section 二)."),
        ("goal.nh3n_industrial", CAPS["nh3n_industrial"], "t", "Industrial NH3-N cap for 2015 (section 二)."),
        ("goal.smokeless_area_km2", fig("plan.smokeless_area_km2"), "km2", "No-coal zone area after the 2015 work, about 93.8 % of the built-up area (task 6)."),
        ("goal.smokeless_deadline_month", 9, "month", "The 2015 no-coal zone work is due before 1 September 2015 (task 6); measures starting by month 9 count."),
        ("goal.key_enterprises_tce", fig("plan.key_enterprises_tce"), "tce", "万家企业 saving of 2.14 x 10^4 tce in 2015 (task 11)."),
    ]
    for k, v, u, n in goals:
        param(k, v, u, "plan2015", n)


# --- sector monthly shapes (year-to-date figures, docs/MODEL.md §14) -----------------------
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# Activity by month for each producing sector's value added (and its non-heating energy), as a
# factor on a day's share. Spring Festival fell on 19 February 2015: February loses about a
# week of factory and building-site work, January's last days slow down before it; December
# carries the year-end push to meet annual targets. Construction also slows in the July-August
# heat and rains. Agriculture follows the wheat (June harvest) and autumn maize seasons.
ACTIVITY = {
    "agriculture": [0.8, 0.7, 0.9, 1.0, 1.1, 1.3, 1.0, 1.0, 1.1, 1.2, 1.0, 0.9],
    "industry": [0.95, 0.80, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05],
    "construction": [0.75, 0.55, 1.0, 1.05, 1.1, 1.05, 0.9, 0.9, 1.05, 1.1, 1.1, 1.1],
    "transport": [1.0, 1.05, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.0, 1.0],
    "commercial": [1.05, 1.10, 0.95, 0.95, 1.0, 0.95, 0.95, 0.95, 1.0, 1.10, 1.0, 1.05],
    "public": [1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.0, 1.0],
    "residential": [1.0] * 12,
}
# Electricity for cooling lifts June to August; as a factor on the electric part's day share.
COOLING = [1.0, 1.0, 1.0, 1.0, 1.0, 1.15, 1.35, 1.35, 1.05, 1.0, 1.0, 1.0]


def sector_profiles(heating):
    """profile.energy.<sector>.m01-m12 and profile.va.<sector>.m01-m12: each sector's monthly
    shape, for comparing a January-to-month-k figure with the model's year (docs/MODEL.md §14).
    Value added: days x activity. Energy: the sector's 2014 tce split by fuel into a heating part
    (for the sectors that heat buildings: district heat and the gas and coal burnt for it), which
    follows the heating days, an electric part, which follows days x activity x cooling, and the
    rest, which follows days x activity. Weights are in tce-days, only their ratios matter."""
    heat_days = sum(heating)
    heats_buildings = {"commercial", "public", "residential"}
    for s in SECTORS:
        act = ACTIVITY[s]
        tce = {f: ENERGY[s][f] * TCE[f] for f in FUELS}
        total = sum(tce.values())
        # Buildings are heated with district heat, gas and (scattered) coal; elsewhere heat is
        # mostly process steam, used all year like the other fuels.
        heat_fuels = ["heat", "coal", "gas"] if s in heats_buildings else []
        h = sum(tce[f] for f in heat_fuels) / total
        e = tce["electricity"] / total
        o = 1 - h - e
        base = [DAYS[m] * act[m] for m in range(12)]
        base_sum = sum(base)
        cool = [base[m] * COOLING[m] for m in range(12)]
        cool_sum = sum(cool)
        w = [h * heating[m] / heat_days + e * cool[m] / cool_sum + o * base[m] / base_sum for m in range(12)]
        w = [round(1000 * x, 3) for x in w]
        first_half = sum(w[:6]) / sum(w)
        heating_text = (f"{h:.1%} heating ({'+'.join(heat_fuels)}) spread over the heating days (Jan 31, Feb 28, Mar 15, Nov 16, Dec 31), "
                        if heat_fuels else "no heating part (its heat is process steam, used all year), ")
        note = (f"Estimated monthly shape of {s} energy use (permille of the year), for year-to-date figures. Built from the 2014 fuel mix: "
                + heating_text +
                f"{e:.1%} electricity over days x activity x cooling (Jun 1.15, Jul-Aug 1.35, Sep 1.05), "
                f"{o:.1%} other fuels over days x activity (activity by month: {', '.join(f'{a:g}' for a in act)}; "
                "Spring Festival on 19 Feb 2015, year-end push in December). "
                f"January-June carries {first_half:.1%} of the year. No monthly statistics of the district were found: an estimate.")
        for m in range(12):
            param(f"profile.energy.{s}.m{m+1:02d}", w[m], "weight", "estimate", note)
    for s in PRODUCING:
        act = ACTIVITY[s]
        w = [round(DAYS[m] * act[m], 3) for m in range(12)]
        first_half = sum(w[:6]) / sum(w)
        note = (f"Estimated monthly shape of {s} value added: days of the month x an activity factor "
                f"({', '.join(f'{a:g}' for a in act)}; Spring Festival on 19 Feb 2015 takes February down, December carries "
                f"the year-end push). January-June carries {first_half:.1%} of the year. No monthly statistics of the district "
                "were found: an estimate.")
        for m in range(12):
            param(f"profile.va.{s}.m{m+1:02d}", w[m], "weight", "estimate", note)


def warning_bands():
    """The barometer's bands (warning.band.*): how close to its limit a goal may be and still count
    as on track or merely warned. Task 16 of the plan asks for a barometer but states no band, so
    each is an estimate, sized to the precision the bureau's own figures can claim."""
    bands = [
        ("warning.band.intensity", 0.005, "fraction",
         "Half a percentage point of the intensity change. Task 16 of the plan asks for forecasts, early warning and a "
         "barometer (晴雨表) of the targets but gives no thresholds; 0.5 pp is about a quarter of the 2 % target and about "
         "the revision a district's preliminary energy figures typically see, so a margin inside it cannot be told from zero."),
        ("warning.band.water", 0.02, "fraction",
         "2 % of each water cap (COD and NH3-N, household and industrial), applied as 0.02 x the cap in tonnes. The plan "
         "sets the caps but no warning threshold; 2 % is about the uncertainty of the per-capita generation figures behind them."),
        ("warning.band.smokeless_area", 0.5, "km2",
         "Half a square kilometre of the no-coal zone: the plan names the area but no threshold; 0.5 km2 is roughly one "
         "urban village, the unit in which the zone grows."),
        ("warning.band.key_enterprises", 1000, "tce",
         "1,000 tce of the key enterprises' 21,400 tce saving (under 5 %): about one mid-sized enterprise's yearly saving. "
         "The plan gives no threshold."),
        ("warning.band.township", 0.005, "fraction",
         "Half a percentage point of a township's intensity change, as for the district; the annex gives targets but no thresholds."),
    ]
    for k, v, u, n in bands:
        param(k, v, u, "estimate", n)


def check_reference():
    """Every figure read names a known source (or `estimate`) and a section reference-data.md has."""
    with open(REFERENCE_DOC, encoding="utf-8") as fh:
        headings = {line.split()[1].rstrip(".") for line in fh if line.startswith("## ") and line.split()[1][0].isdigit()}
    for key, f in FIGURES.items():
        if f["source"] != "estimate" and f["source"] not in SOURCE_IDS:
            raise SystemExit(f"reference-figures.json: {key} cites unknown source {f['source']}")
        if f["section"] not in headings:
            raise SystemExit(f"reference-figures.json: {key} names section {f['section']}, which reference-data.md lacks")


# ---------------------------------------------------------------------------------------------
# Uncertainty: every estimate (but township shares and load profiles, which must stay fixed)
# and every sourced coefficient whose source gives a range carries a distribution around its
# value. All but the zero-valued ones are relative (fractions of the value), so that a scenario
# assuming another value moves the distribution with it. attach_uncertainty() adds each one to
# its parameter and appends the derivation to the note.
# ---------------------------------------------------------------------------------------------

def _r(x):
    return round(x, 6)


def rel_range(lo, hi, why):
    """A triangular from an absolute range around the value (its mode), written relative."""
    def spec(p):
        v = p["value"]
        if not (lo <= v <= hi):
            raise SystemExit(f"{p['key']}: value {v} outside its range {lo}-{hi}")
        u = {"dist": "triangular", "low": _r((lo - v) / abs(v)), "high": _r((hi - v) / abs(v)), "relative": True}
        return u, (f"{why}, {lo:g} to {hi:g} around {v:g}; a triangular from {u['low']*100:+.1f} % to "
                   f"{u['high']*100:+.1f} % of the value's size")
    return spec


def rel_pm(frac, why, up=None):
    """A triangular from -frac to +up (default +frac) of the value, peaking at the value."""
    def spec(p):
        hi = frac if up is None else up
        u = {"dist": "triangular", "low": -frac, "high": hi, "relative": True}
        return u, f"{why}; a triangular from -{frac*100:g} % to +{hi*100:g} % of the value"
    return spec


def abs_range(lo, hi, why):
    """An absolute triangular peaking at the value (for values of zero, where fractions vanish)."""
    def spec(p):
        u = {"dist": "triangular", "low": lo, "high": hi}
        return u, f"{why}; a triangular from {lo:g} to {hi:g} peaking at {p['value']:g}"
    return spec


def zero_energy(p):
    """A fuel the sector is assumed not to use: up to 0.5 % of the sector's energy in it."""
    _, sector, fuel = p["key"].split(".")
    hi = float(f"{0.005 * TCE_SECTOR[sector] / TCE[fuel]:.2g}")
    u = {"dist": "triangular", "low": 0, "high": hi}
    return u, (f"None assumed, but some may go unrecorded: a triangular from 0 to {hi:g} {p['unit']} "
               f"(0.5 % of the sector's {fmt(TCE_SECTOR[sector])} tce), peaking at 0")


def stock_upward(p):
    """A yellow-label stock: the plan's counts retire the whole estimate, so it can only be larger."""
    v = int(p["value"])
    values = list(range(v, int(round(v * 1.5)) + 1))
    u = {"dist": "discrete", "values": values}
    return u, (f"The plan's counts retire the whole estimated stock, so the stock is at least {v}; up to half as many "
               f"again may exist: equally likely {values[0]} to {values[-1]} vehicles")


C_D_ENERGY = "A sector-and-fuel figure calibrated top-down to a district intensity of 0.32 tce/万元 (range 0.25-0.40, -22 % to +25 %)"

# Exact keys first, then (prefix, suffix) families; the first match wins.
UNCERTAINTY = {
    "growth.population": rel_pm(0.28, "Population 2015 between 0.75 and 0.80 million (interpolated); the 2014-15 growth taken as 1.8 % give or take 0.5 points"),
    "growth.residential": rel_pm(0.22, "Household demand growth is population plus per-resident growth, both estimates: give or take 2 points"),
    "drift.water_industrial": abs_range(-0.03, 0.03, "Industrial discharge per unit of output may fall or rise by up to 3 % without a measure"),
    "water.cod_household": rel_pm(0.14, "Per-capita COD generation 60-80 g/day around 70 (±14 %) carries over to the 2014 load"),
    "water.nh3n_household": rel_pm(0.13, "Per-capita NH3-N generation 7-9 g/day around 8 (±13 %) carries over to the 2014 load"),
    "water.cod_industrial": rel_pm(0.2, "No industrial discharge data for the district (confidence E, wider)"),
    "water.nh3n_industrial": rel_pm(0.2, "No industrial discharge data for the district (confidence E, wider)"),
    "coef.density.gasoline": rel_range(0.72, 0.76, "Density of Chinese motor gasoline at 20 °C"),
    "coef.density.diesel": rel_range(0.82, 0.86, "Density of Chinese automotive diesel at 20 °C"),
    "boiler.hours": rel_pm(0.2, "Derived from national capacity and coal totals (confidence E)"),
    "boiler.mw_per_tph": rel_range(0.68, 0.72, "Engineering convention, about 0.7 MW per t/h of steam"),
    "boiler.eff_coal": rel_range(0.60, 0.70, "Small coal boilers"),
    "boiler.eff_gas": rel_range(0.88, 0.92, "Gas boilers"),
    "boiler.coal_so2": rel_range(8.0, 16.0, "16 x S kg/t with coal sulphur S of 0.5-1.0 %"),
    "boiler.coal_nox": rel_range(2.65, 3.75, "Census 2.94, measured small boilers 3.16 (li2018_aaqr), AP-42 stokers 3.75; 10 % below the census value on the low side"),
    "boiler.coal_pm": rel_range(2.5, 7.0, "Uncontrolled dust 25-35 kg/t with 80-90 % removal"),
    "boiler.gas_so2": rel_range(1.0, 4.0, "0.02 x S kg per 10^4 m3 with gas sulphur of 50-200 mg/m3"),
    "pv.yield_kwh_per_kwp": rel_range(1000, 1200, "Zhengzhou specific yield"),
    "smokeless.coal_t_per_km2": rel_pm(0.3, "Built from household density and per-household coal, both estimates (confidence E)"),
    "smokeless.gas_share": rel_range(0.55, 0.85, "Share of converted households on piped gas, give or take 15 points"),
    "stove.eff_coal": rel_range(0.25, 0.35, "Traditional coal stoves"),
    "stove.eff_gas": rel_range(0.80, 0.90, "Domestic gas heaters and cookers"),
    "stove.eff_electric": rel_range(0.90, 1.00, "Resistive heaters"),
    "stove.coal_so2": rel_range(8.0, 18.0, "16 S-18 S g/kg with coal sulphur of 0.5-1.0 %"),
    "stove.coal_nox": rel_range(1.0, 2.0, "Residential coal NOx"),
    "stove.coal_pm": rel_range(5.0, 15.0, "Residential coal PM2.5"),
    "stove.gas_so2": rel_range(1.0, 4.0, "0.02 x S kg per 10^4 m3 with gas sulphur of 50-200 mg/m3"),
    "stove.gas_nox": rel_pm(0.5, "No residential gas factor in the reference (confidence E, wide)"),
    "stove.gas_pm": rel_pm(0.5, "No residential gas factor in the reference (confidence E, wide)"),
    "yellow_label.replacement": rel_range(0.6, 0.95, "Share of retired operating vehicles replaced"),
    "motors.hours": rel_pm(0.25, "One to three shifts around two-shift operation"),
    "motors.efficiency_gain": rel_range(0.02, 0.04, "Old to high-efficiency motor"),
    "buildings.green_kgce_per_m2": rel_range(1.23, 4.61, "100-150 kWh/m2 with a green-standard saving of 10-25 %, at 0.1229 kgce/kWh"),
    "buildings.retrofit_kgce_per_m2": rel_range(2.46, 3.69, "100-150 kWh/m2 with a 20 % retrofit saving, at 0.1229 kgce/kWh"),
    "pricing.elasticity": rel_range(-0.3, -0.1, "Short-run price elasticity of household energy"),
    "sewer.cod_g_per_day": rel_range(60, 80, "Per-capita COD generation"),
    "sewer.nh3n_g_per_day": rel_range(7, 9, "Per-capita NH3-N generation"),
    "sewer.removal_cod": rel_range(0.80, 0.90, "COD removal of a plant meeting grade 1A/1B"),
    "sewer.removal_nh3n": rel_range(0.77, 0.85, "NH3-N removal of a plant meeting grade 1A/1B"),
    "gdp.agriculture": rel_pm(0.5, "District GDP 410-420 亿元 (±1.2 %); the primary share 0.30 % has only the 2023 share 0.05 % to anchor it (confidence E, wide)"),
    "energy.commercial.electricity": rel_range(950000 * 100 / 120, 950000 * 150 / 120, "Commercial floor area at 100-150 kWh/m2 (central 120)"),
    "vehicle.taxi.km": rel_range(100000, 120000, "Taxi annual mileage"),
    "vehicle.bus.km": rel_range(50000, 60000, "Urban bus annual mileage"),
    "vehicle.light_truck.km": rel_range(25000, 30000, "Light truck annual mileage"),
    "vehicle.heavy_truck.km": rel_range(50000, 70000, "Heavy truck annual mileage"),
}

UNCERTAINTY_FAMILIES = [
    (("gdp.", ""), rel_pm(0.1, "District GDP 410-420 亿元 (±1.2 %); the split by sector is an estimate anchored on the 2023 structure (confidence E): ±10 %")),
    (("growth.", ""), lambda p: rel_pm(_r(0.015 / p["value"]), "GDP growth 9-10 % for the district; a sector's rate less sure than the total: give or take 1.5 points")(p)),
    (("drift.", ""), abs_range(-0.01, 0.01, "No autonomous change assumed; national intensity fell 3.7-5.6 % a year in 2013-15, mostly through structure and policy, so the part left to autonomous efficiency gains or rebound is taken as up to 1 % a year either way, keeping the mean at the central 0")),
    (("ef.", ".lpg"), rel_pm(0.5, "Carried over from gas boilers per GJ (confidence E, wide)")),
    (("ef.", ".cng"), rel_pm(0.5, "CNG factors estimated without the guideline's CNG rows (confidence E, wide)")),
    (("ef.", ""), rel_pm(0.3, "Fleet-mix and fuel-sulphur estimates (confidence E)")),
    (("air.", ""), rel_pm(0.3, "2014 energy times emission factors, both estimates (confidence E)")),
    (("vehicle.", ".yellow_stock"), stock_upward),
    (("vehicle.", ".km"), rel_pm(0.25, "No mileage range in the reference (confidence E, wide)")),
    (("vehicle.", "_cng"), rel_pm(0.5, "CNG emission rows not transcribed (confidence E, wide)")),
    (("vehicle.", ".cng_m3_per_100km"), rel_pm(0.15, "Energy-equivalent gas use with an efficiency penalty of 10-20 %")),
    (("vehicle.", ".l_per_100km_old"), rel_pm(0.15, "Consumption of a worn pre-2005 vehicle")),
    (("vehicle.", ".l_per_100km_new"), rel_pm(0.1, "Typical 2015 consumption in urban service")),
    (("energy.", ""), rel_pm(0.25, C_D_ENERGY)),
]


def uncertainty_rule(p):
    key = p["key"]
    if key in UNCERTAINTY:
        return UNCERTAINTY[key]
    if key.startswith("energy.") and p["value"] == 0:
        return zero_energy
    for (prefix, suffix), rule in UNCERTAINTY_FAMILIES:
        if key.startswith(prefix) and key.endswith(suffix):
            return rule
    return None


def attach_uncertainty(params):
    """Adds `uncertainty` to every estimate but township shares and profiles, and to the
    sourced coefficients listed in UNCERTAINTY; appends each derivation to the note."""
    for p in params:
        fixed = p["key"].startswith(("township.", "profile.", "goal."))
        rule = uncertainty_rule(p)
        if p["source"] == "estimate" and not fixed and rule is None:
            raise SystemExit(f"{p['key']}: an estimate without an uncertainty rule")
        if rule is None or fixed or (p["source"] != "estimate" and p["key"] not in UNCERTAINTY):
            continue
        u, why = rule(p)
        p["uncertainty"] = {k: ([clean(x) for x in v] if isinstance(v, list) else v if isinstance(v, (str, bool)) else clean(v))
                            for k, v in u.items()}
        p["note"] = (p.get("note", "").rstrip() + f" Uncertainty: {why}.").lstrip()


def main():
    out_dir = None
    args = sys.argv[1:]
    if args[:1] == ["--out"] and len(args) == 2:
        out_dir = args[1]
    elif args:
        raise SystemExit("usage: build-baseline.py [--out DIR]")
    check_reference()
    build()
    attach_uncertainty(PARAMS)
    warning_bands()
    for p in PARAMS:
        if p["source"] != "estimate" and p["source"] not in SOURCE_IDS:
            raise SystemExit(f"{p['key']}: unknown source {p['source']}")
    used = {p["source"] for p in PARAMS}
    sources = []
    for s in SOURCES:
        s = dict(s)
        if s.get("note") is None:
            s.pop("note", None)
        sources.append(s)
    doc = {
        "format": "erqi-baseline",
        "version": 1,
        "id": "erqi-2014",
        "title": "二七区 2014 baseline",
        "base_year": 2014,
        "target_year": 2015,
        "sources": sources,
        "townships": [{"id": t, "name": n, "target": -0.02} for t, n in TOWNSHIPS],
        "vehicle_classes": [{"id": v["id"], "name": v["name"], "fuel": v["fuel"]} for v in VEHICLES],
        "options": {"pv_accounting": "offset"},
        "parameters": PARAMS,
    }
    out = write_seed("baseline-2014.json", doc, out_dir)
    est = sum(1 for p in PARAMS if p["source"] == "estimate")
    print(f"wrote {out}: {len(PARAMS)} parameters ({est} estimates), {len(sources)} sources", file=sys.stderr)
    print(f"2014: GDP {GDP_TOTAL:,} 万元, energy {TCE_TOTAL:,.0f} tce, intensity {INTENSITY:.5f} tce/万元", file=sys.stderr)
    unread = sorted(set(FIGURES) - USED_FIGURES)
    if unread:
        print(f"reference figures not read by this script (context only): {unread}", file=sys.stderr)
    unused = SOURCE_IDS - used
    if unused:
        print(f"sources cited only in notes: {sorted(unused)}", file=sys.stderr)


if __name__ == "__main__":
    main()
