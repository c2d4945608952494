#!/usr/bin/env python3
"""Benchmark (not a test): `erqi run DIR --format F > /dev/null` over generated scenario folders,
reporting wall time, CPU time (user + system, all cores) and peak resident memory (from
/usr/bin/time -v) for each size and format. On a shared machine the wall time stretches with the
load; the CPU time much less.

Each generated file is a full copy of scenarios/plan-2015.json (no `extends`) with a few sizes
varied, so every file is parsed, validated and evaluated on its own.

Usage: scripts/bench-batch.py [--erqi .build/release/erqi] [--sizes 1000,10000,100000]
                              [--formats jsonl,csv] [--runs 1] [--keep DIR]
"""
import argparse
import copy
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def scenario_text(plan, i):
    s = copy.deepcopy(plan)
    s["name"] = f"s{i}"
    m = s["measures"]
    if "pv-mazhai" in m:
        m["pv-mazhai"]["capacity_mw"] = (i % 200) / 10
    if "key_enterprises" in m:
        m["key_enterprises"]["saving_tce"] = 15000 + i % 10000
    s.setdefault("assumptions", {})["growth.industry"] = 0.05 + (i % 50) / 1000
    return json.dumps(s, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def generate(folder, count):
    with open(os.path.join(ROOT, "scenarios", "plan-2015.json"), encoding="utf-8") as f:
        plan = json.load(f)
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        with open(os.path.join(folder, f"s{i:06d}.json"), "w", encoding="utf-8") as f:
            f.write(scenario_text(plan, i))


def measure(erqi, folder, fmt):
    """(wall seconds, CPU seconds (user + system), peak RSS in MB) of one run."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", erqi, "run", folder, "--format", fmt],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"erqi run failed ({p.returncode}):\n{p.stderr[-2000:]}")
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([0-9.]+)", p.stderr).group(1)) for kind in ("User", "System"))
    return seconds, cpu, rss_kb / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--erqi", default=os.path.join(ROOT, ".build/release/erqi"))
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--formats", default="jsonl,csv")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--keep", help="generate into (or reuse) this folder instead of a temporary one")
    args = ap.parse_args()
    base = args.keep or tempfile.mkdtemp(prefix="erqi-bench-batch-")
    try:
        print(f"{'files':>8} {'format':>6} {'seconds':>8} {'files/s':>9} {'CPU s':>8} {'peak RSS MB':>12}")
        for size in (int(s) for s in args.sizes.split(",")):
            folder = os.path.join(base, str(size))
            if not (os.path.isdir(folder) and len(os.listdir(folder)) == size):
                shutil.rmtree(folder, ignore_errors=True)
                generate(folder, size)
            for fmt in args.formats.split(","):
                results = [measure(args.erqi, folder, fmt) for _ in range(args.runs)]
                secs = statistics.median(r[0] for r in results)
                cpu = statistics.median(r[1] for r in results)
                rss = max(r[2] for r in results)
                print(f"{size:>8} {fmt:>6} {secs:>8.2f} {size / secs:>9.0f} {cpu:>8.2f} {rss:>12.1f}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
