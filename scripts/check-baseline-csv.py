#!/usr/bin/env python3
"""Reads the tables of `erqi baseline export` with pandas and checks them against the baseline
JSON, value for value: plain and --excel CSV (BOM, CRLF) alike.

usage: scripts/check-baseline-csv.py BASELINE.json PARAMETERS.csv [PARAMETERS.csv ...]
(pandas is not needed by erqi or its tests; install it to run this check.)"""
import json
import sys

import pandas as pd


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    baseline = json.load(open(sys.argv[1], encoding="utf-8"))
    params = baseline["parameters"]
    for path in sys.argv[2:]:
        table = pd.read_csv(path, keep_default_na=False)
        if list(table.columns) != ["key", "value", "unit", "source", "note", "uncertainty"]:
            raise SystemExit(f"{path}: columns {list(table.columns)}")
        if len(table) != len(params):
            raise SystemExit(f"{path}: {len(table)} rows, the baseline has {len(params)} parameters")
        for row, p in zip(table.itertuples(), params):
            same = (row.key == p["key"] and float(row.value) == p["value"] and row.unit == p["unit"]
                    and row.source == p["source"] and row.note == p.get("note", "")
                    and (json.loads(row.uncertainty) if row.uncertainty else None) == p.get("uncertainty"))
            if not same:
                raise SystemExit(f"{path}: row for {p['key']} differs from the baseline")
        print(f"{path}: {len(table)} parameters read by pandas {pd.__version__}, every value equal")


if __name__ == "__main__":
    main()
