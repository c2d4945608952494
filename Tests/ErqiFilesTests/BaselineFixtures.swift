/// A small baseline in the docs/FORMATS.md shape, standing in for the seed.
let smallBaseline = """
{
  "format": "erqi-baseline", "version": 1,
  "id": "erqi-2014", "title": "二七区 2014 baseline", "base_year": 2014, "target_year": 2015,
  "sources": [
    {"id": "gbt2589", "title": "GB/T 2589-2008", "url": null, "confidence": "B"},
    {"id": "ipcc2006", "title": "IPCC 2006", "url": "https://www.ipcc-nggip.iges.or.jp/", "confidence": "C+",
     "note": "defaults"}
  ],
  "townships": [
    {"id": "mazhai", "name": "马寨镇", "target": -0.02},
    {"id": "houzhai", "name": "侯寨乡", "target": -0.02}
  ],
  "vehicle_classes": [{"id": "heavy_diesel_truck", "name": "重型柴油货车", "fuel": "diesel"}],
  "options": {"pv_accounting": "offset"},
  "parameters": [
    {"key": "coef.tce.coal", "value": 0.7143, "unit": "tce/t", "source": "gbt2589"},
    {"key": "coef.co2.coal", "value": 1.9, "unit": "t/t", "source": "ipcc2006", "note": "bituminous"},
    {"key": "gdp.industry", "value": 1062400, "unit": "万元", "source": "estimate",
     "note": "how this figure was derived"}
  ]
}
"""
