#!/usr/bin/env python3
"""After `make notebooks`: each executed notebook in .build/notebooks/ drew its figures
(image/png outputs) and reached its closing 'all checks passed'."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parents[2]
sources = sorted((root / "notebooks").glob("*.ipynb"))
ok, bad = 0, 0
for source in sources:
    executed = root / ".build/notebooks" / source.name
    problems = []
    if not executed.exists():
        problems.append("not executed")
    else:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
        outputs = [o for c in cells for o in c.get("outputs", [])]
        images = sum("image/png" in o.get("data", {}) for o in outputs)
        text = "".join("".join(o.get("text", "")) for o in outputs if o.get("output_type") == "stream")
        if images == 0:
            problems.append("no figure was drawn (image/png)")
        if "all checks passed" not in text:
            problems.append("its checks did not finish")
        if any(o.get("output_type") == "error" for o in outputs):
            problems.append("a cell raised an error")
    for p in problems:
        print(f"{source.name}: {p}", file=sys.stderr)
    ok, bad = (ok + 1, bad) if not problems else (ok, bad + 1)
print(f"notebooks executed: {ok} passed, {bad} failed")
sys.exit(1 if bad or not sources else 0)
