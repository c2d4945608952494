"""Shared by the notebooks: find and run the built erqi, and draw Chinese labels.

Nothing here computes a result: every number comes from erqi's own CSV or JSON output.
"""
import io
import json
import os
import subprocess
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import font_manager


def repository_root() -> Path:
    """The folder holding Package.swift, searched upwards from the working directory."""
    here = Path.cwd().resolve()
    for folder in [here, *here.parents]:
        if (folder / "Package.swift").exists() and (folder / "scenarios").is_dir():
            return folder
    raise RuntimeError(f"no erqi repository above {here}")


ROOT = repository_root()


def erqi_path() -> Path:
    """$ERQI when set, else the release build."""
    path = Path(os.environ.get("ERQI") or ROOT / ".build/release/erqi")
    if not path.is_absolute():
        path = ROOT / path
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run `make notebooks` or set ERQI to a built erqi")
    return path


def erqi(*args: str, ok_status=(0,)) -> subprocess.CompletedProcess:
    """Runs erqi in the repository root; fails unless its exit status is in `ok_status`."""
    done = subprocess.run([str(erqi_path()), *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode not in ok_status:
        raise RuntimeError(f"erqi {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    return done


def command_line(*args: str) -> str:
    """The command as a person would type it in the repository root."""
    return "erqi " + " ".join(args)


def run_jsonl(*args: str) -> list:
    """`erqi run … --format jsonl`: one result object per scenario."""
    out = erqi("run", *args, "--format", "jsonl").stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def csv_frame(*args: str) -> pd.DataFrame:
    """An erqi command that prints CSV, as a DataFrame."""
    return pd.read_csv(io.StringIO(erqi(*args).stdout))


def has_subcommand(name: str) -> bool:
    """Whether this erqi has the subcommand (its root help lists it). `erqi NAME --help` is not
    enough: an unknown word is taken by the default subcommand (the shell)."""
    done = subprocess.run([str(erqi_path()), name, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    return done.returncode == 0 and f"erqi {name}" in done.stdout


def use_cjk_font() -> str:
    """Makes matplotlib draw Chinese with an installed Noto CJK font; returns its family."""
    names = sorted({f.name for f in font_manager.fontManager.ttflist if "CJK" in f.name})
    if not names:
        font_manager.fontManager = font_manager.FontManager()  # the cache may predate the font
        names = sorted({f.name for f in font_manager.fontManager.ttflist if "CJK" in f.name})
    if not names:
        raise RuntimeError("no CJK font found: install Debian's fonts-noto-cjk (make notebooks does)")
    family = next((n for n in names if n.endswith(" SC")), names[0])
    matplotlib.rcParams["font.family"] = [family, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


def glyphs_missing(fig) -> list:
    """Characters of the figure's text that none of its fonts can draw (should be none);
    matplotlib falls back along the family list, so a character counts if any family has it."""
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font
    charmaps = {}
    missing = set()
    for text in fig.findobj(matplotlib.text.Text):
        s = text.get_text()
        if not s:
            continue
        maps = []
        for family in text.get_fontfamily():
            path = findfont(FontProperties(family=family), fallback_to_default=False)
            if path not in charmaps:
                charmaps[path] = set(FT2Font(path).get_charmap())
            maps.append(charmaps[path])
        missing.update(ch for ch in s if ord(ch) > 127 and not any(ord(ch) in m for m in maps))
    return sorted(missing)
