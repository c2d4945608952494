"""Writes a seed file the way erqi's canonical writer does: sorted keys, two-space indent,
non-ASCII kept, final newline; atomically (temporary file, fsync, rename)."""
import json
import os


def write_seed(name, doc, folder=None):
    """Writes `doc` to FOLDER/NAME (default: seeds/ in the repository); returns the path."""
    if folder is None:
        folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
    out = os.path.join(folder, name)
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return out
