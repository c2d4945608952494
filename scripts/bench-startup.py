#!/usr/bin/env python3
"""Benchmark (not a test): time from starting `erqi` on a pseudo-terminal to its first
`erqi> ` prompt, and the wall time of `erqi -c goals` through pipes.

Usage: scripts/bench-startup.py [path/to/erqi] [runs]   (30 runs; the default binary is the one
`make run` builds, .build/static/release/erqi, else .build/release/erqi)
Wall times on a shared machine are noisy; `perf stat -r 30 ERQI --no-init -c goals` gives the CPU
time (task-clock) and `valgrind --tool=callgrind` the instruction count, both repeatable.
Needs pexpect (installed on these machines; `pip install pexpect` elsewhere).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import pexpect


def first_prompt(binary, runs, env):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        child = pexpect.spawn(binary, ["--no-init"], env=env, encoding="utf-8", timeout=10)
        child.expect_exact("erqi> ")
        times.append(time.perf_counter() - start)
        child.sendline("quit")
        child.expect(pexpect.EOF)
        child.close()
    return times


def one_shot(binary, runs, env):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "--no-init", "-c", "goals"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def report(name, times):
    ms = sorted(t * 1000 for t in times)
    print(f"{name:28s} median {statistics.median(ms):7.2f} ms   min {ms[0]:7.2f}   max {ms[-1]:7.2f}   ({len(ms)} runs)")


def main():
    default = ".build/static/release/erqi"
    if not os.path.exists(default):
        default = ".build/release/erqi"
    binary = sys.argv[1] if len(sys.argv) > 1 else default
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
               "ERQI_HISTORY": os.path.join(home, "history")}
        report("start to first prompt", first_prompt(binary, runs, env))
        report("erqi -c goals", one_shot(binary, runs, env))


if __name__ == "__main__":
    main()
