#!/usr/bin/env python3
"""Makes docs/images/shell-chart.png: the real erqi shell in a tmux terminal (100×34), a chart
typed at the prompt, the screen captured with its colours and drawn cell by cell with Pillow
(DejaVu Sans Mono, Noto Sans Mono CJK for wide characters).

Usage: shell-picture.py ERQI OUTPUT.png     (make shell-screenshot)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS, ROWS = 100, 34
COMMANDS = ["load plan-2015", "chart townships"]
PARTIALS = "▏▎▍▌▋▊▉"
COLOURS = {"31": "#e0585e", "32": "#5fc77f", "34": "#6ea8e0"}


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", "erqi-picture", *args], capture_output=True, text=True, check=check)


def cells_of(text):
    """(character, colour) per terminal cell; wide characters take two cells."""
    rows, colour = [[]], None
    for token in re.split(r"(\x1b\[[0-9;]*m)", text):
        m = re.fullmatch(r"\x1b\[([0-9;]*)m", token)
        if m:
            colour = COLOURS.get(m.group(1).split(";")[-1] if m.group(1) else "0")
            continue
        for ch in token:
            if ch == "\n":
                rows.append([])
                continue
            rows[-1].append((ch, colour))
            if unicodedata.east_asian_width(ch) in ("W", "F"):
                rows[-1].append(("", colour))
    return rows


def draw_screen(text, out):
    """Draws the captured screen cell by cell, as a terminal does: block elements as rectangles."""
    from matplotlib import font_manager
    from PIL import Image, ImageDraw, ImageFont
    mono = ImageFont.truetype(font_manager.findfont("DejaVu Sans Mono"), 15)
    cjk_path = next(f.fname for f in font_manager.fontManager.ttflist if f.name == "Noto Sans Mono CJK SC")
    cjk = ImageFont.truetype(cjk_path, 15)
    cw, ch, pad = 9, 19, 14
    rows = cells_of(text)
    image = Image.new("RGB", (pad * 2 + cw * COLS, pad * 2 + ch * len(rows)), "#1d1f21")
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(rows):
        for x, (c, colour) in enumerate(row):
            if not c or c == " ":
                continue
            left, top = pad + x * cw, pad + y * ch
            fill = colour or "#e6e6e6"
            if c == "█" or c in PARTIALS:
                eighths = 8 if c == "█" else PARTIALS.index(c) + 1
                draw.rectangle([left, top + 3, left + cw * eighths / 8 - 1, top + ch - 3], fill=fill)
                continue
            wide = unicodedata.east_asian_width(c) in ("W", "F") or ord(c) > 0x2E80
            draw.text((left, top - 2 if wide else top + 1), c, font=cjk if wide else mono, fill=fill)
    image.quantize(colors=64).save(out, optimize=True)


def main():
    erqi, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    home = tempfile.mkdtemp(prefix="erqi-picture-")
    env = f"env HOME={home} ERQI_HISTORY={home}/history LANG=C.UTF-8 TERM=xterm-256color"
    try:
        tmux("kill-server", check=False)
        tmux("new-session", "-d", "-x", str(COLS), "-y", str(ROWS), "-c", ROOT, f"{env} {erqi} --no-init")
        time.sleep(1.0)
        tmux("send-keys", "C-l")
        for line in COMMANDS:
            tmux("send-keys", "-l", line)
            tmux("send-keys", "Enter")
            time.sleep(0.8)
        screen = tmux("capture-pane", "-e", "-p").stdout
    finally:
        tmux("kill-server", check=False)
    lines = screen.rstrip("\n").split("\n")
    start = next(i for i, l in enumerate(lines) if "erqi>" in l and COMMANDS[0] in l)
    body = "\n".join(lines[start:])
    draw_screen(body, out)
    shutil.rmtree(home, ignore_errors=True)
    print(f"wrote {out} ({os.path.getsize(out) // 1024} KB)")


if __name__ == "__main__":
    main()
