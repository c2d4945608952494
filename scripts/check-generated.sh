#!/usr/bin/env bash
# Fails when a generated file in the repository differs from what its generator makes now:
#   scripts/build-baseline.py   → seeds/baseline-2014.json → Sources/ErqiFiles/EmbeddedBaseline.swift
#                                                       → Sources/ErqiFiles/EmbeddedBaseline+Prebuilt.swift
#                                                         (scripts/prebuild-baseline.py)
#   scripts/build-plan-tasks.py → seeds/plan-tasks.json    → Sources/ErqiFiles/EmbeddedPlanTasks.swift
#   scripts/reference_model.py  → Tests/calibration-expected.json (from the seed and scenarios/)
# Everything is regenerated into a temporary folder and compared with the files as they are, so
# nothing in the working tree is touched. Run by `make check-generated` (and so by `make test`),
# before `make embed` could rewrite the Swift files. To bring the files up to date: `make generate`.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d "${TMPDIR:-/tmp}/erqi-generated.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/seeds" "$tmp/swift"

python3 scripts/build-baseline.py --out "$tmp/seeds" 2>/dev/null \
  || { python3 scripts/build-baseline.py --out "$tmp/seeds" >/dev/null; exit 1; }
python3 scripts/build-plan-tasks.py --out "$tmp/seeds" >/dev/null
ERQI_SEED_DIR="$tmp/seeds" ERQI_EMBED_DIR="$tmp/swift" ./scripts/embed-baseline.sh >/dev/null
python3 scripts/prebuild-baseline.py --seed "$tmp/seeds/baseline-2014.json" \
  --out "$tmp/swift/EmbeddedBaseline+Prebuilt.swift" >/dev/null
python3 scripts/reference_model.py --baseline "$tmp/seeds/baseline-2014.json" \
  --expected "$tmp/calibration-expected.json" 2>/dev/null

stale=0
compare() { # compare GENERATED COMMITTED GENERATOR
  if ! cmp -s "$1" "$2"; then
    echo "check-generated: $2 differs from what $3 makes now:" >&2
    diff -u "$2" "$1" | head -20 >&2 || true
    stale=1
  fi
}
compare "$tmp/seeds/baseline-2014.json" seeds/baseline-2014.json scripts/build-baseline.py
compare "$tmp/seeds/plan-tasks.json" seeds/plan-tasks.json scripts/build-plan-tasks.py
compare "$tmp/swift/EmbeddedBaseline.swift" Sources/ErqiFiles/EmbeddedBaseline.swift "scripts/embed-baseline.sh (from the rebuilt seed)"
compare "$tmp/swift/EmbeddedBaseline+Prebuilt.swift" Sources/ErqiFiles/EmbeddedBaseline+Prebuilt.swift \
  "scripts/prebuild-baseline.py (from the rebuilt seed)"
compare "$tmp/swift/EmbeddedPlanTasks.swift" Sources/ErqiFiles/EmbeddedPlanTasks.swift "scripts/embed-baseline.sh (from the rebuilt seed)"
compare "$tmp/calibration-expected.json" Tests/calibration-expected.json scripts/reference_model.py

if [ "$stale" != 0 ]; then
  echo "check-generated: generated files are out of date; run \`make generate\` and commit the result" >&2
  exit 1
fi
echo "check-generated: every generated file matches its generator"
