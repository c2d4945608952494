#!/usr/bin/env python3
"""Benchmark (not a test): the wall time of `erqi barometer` on the shipped plan, without P(met)
(`--no-probability`), with the default 2,000 draws, and with 10,000 draws.

Usage: scripts/bench-barometer.py [path/to/erqi] [runs]   (10 runs; the default binary is the one
`make run` builds, .build/static/release/erqi, else .build/release/erqi)
Prints the median and the fastest run of each. Wall times on a shared machine are noisy.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [("no P(met)", ["--no-probability"]), ("2,000 draws", []), ("10,000 draws", ["--draws", "10000"])]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else None
    if binary is None:
        for candidate in (".build/static/release/erqi", ".build/release/erqi"):
            if os.path.exists(os.path.join(ROOT, candidate)):
                binary = os.path.join(ROOT, candidate)
                break
    if binary is None:
        sys.exit("bench-barometer: build erqi first (make run, or swift build -c release)")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    for label, extra in CASES:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([binary, "barometer", "scenarios/plan-2015.json", *extra], cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        print(f"barometer plan-2015, {label:>12}: median {statistics.median(times) * 1000:7.1f} ms, "
              f"fastest {min(times) * 1000:7.1f} ms ({runs} runs)")


if __name__ == "__main__":
    main()
