#!/usr/bin/env python3
"""Fails when a notebook in notebooks/ is committed with outputs or execution counts:
numbers in a notebook must come from running it, never from a stale saved run."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
bad = []
books = sorted((root / "notebooks").glob("*.ipynb"))
for path in books:
    nb = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        if cell.get("outputs") or cell.get("execution_count") is not None:
            bad.append(f"{path.relative_to(root)}: cell {i} has saved output (clear it before committing)")
for line in bad:
    print(line, file=sys.stderr)
print(f"notebooks without outputs: {len(books) - len({b.split(':')[0] for b in bad})} passed, {len({b.split(':')[0] for b in bad})} failed")
sys.exit(1 if bad or len(books) < 3 else 0)
