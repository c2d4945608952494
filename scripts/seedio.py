"""Writes a seed file the way erqi's canonical writer does: sorted keys, two-space indent,
non-ASCII kept, final newline; atomically (temporary file, fsync, rename)."""
import json
import os


def write_seed(name, doc):
    """Writes `doc` to seeds/NAME in the repository; returns the path."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "seeds", name)
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return out
