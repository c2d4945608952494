#!/usr/bin/env python3
"""The HTML briefing in a real browser.

Writes `erqi report` for three scenarios, validates the HTML (html5lib, strict), renders it
with headless Chromium to a PNG and fails on a blank, clipped or overflowing page, then reads
the rendered DOM (--dump-dom) for every goal's verdict and barometer grade and compares them with
erqi's own JSON (`erqi run`, `erqi barometer`).

Usage: check_report.py ERQI [--screenshot PATH]
Run by `make browser-test` (inside `make test`) with the project's virtual environment.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import html5lib
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCENARIOS = ["bau", "plan-2015", "plan-late"]
WIDTH = 1100
# Fixed date so the page (and the README screenshot) does not change from day to day.
EPOCH = "1449532800"

passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}", file=sys.stderr)
    return ok


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("check_report: no chromium on PATH (make browser-deps installs Debian's chromium)")


def chromium(args, profile):
    cmd = [chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", "--mute-audio", f"--user-data-dir={profile}"] + args
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        sys.exit(f"check_report: chromium failed ({out.returncode}): {out.stderr[-2000:]}")
    return out.stdout


def erqi(erqi_path, *args, env=None):
    return subprocess.run([erqi_path, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    erqi_path = os.path.abspath(sys.argv[1])
    screenshot_out = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--screenshot" else None
    files = [f"scenarios/{n}.json" for n in SCENARIOS]
    work = tempfile.mkdtemp(prefix="erqi-browser-")
    try:
        report = os.path.join(work, "briefing.html")
        env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)

        # The command: writes, refuses to overwrite, overwrites with --force.
        r = erqi(erqi_path, "report", *files, "-o", report, env=env)
        check(r.returncode == 0, f"erqi report exits 0 (got {r.returncode}: {r.stderr})")
        before = open(report, "rb").read()
        r = erqi(erqi_path, "report", "scenarios/bau.json", "-o", report, env=env)
        check(r.returncode == 2 and "already exists" in r.stderr and r.stdout == "",
              f"without --force an existing file is refused with status 2 (got {r.returncode}: {r.stderr})")
        check(open(report, "rb").read() == before, "the refused run leaves the file as it was")
        r = erqi(erqi_path, "report", *files, "-o", report, "--force", env=env)
        check(r.returncode == 0 and open(report, "rb").read() == before,
              "with --force the same inputs give the same bytes")
        html = open(report, encoding="utf-8").read()

        # Valid HTML, self-contained.
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            doc = parser.parse(html)
            check(True, "")
        except html5lib.html5parser.ParseError as e:
            check(False, f"html5lib (strict) rejects the page: {e}")
            doc = html5lib.parse(html, namespaceHTMLElements=False)
        ids = [el.get("id") for el in doc.iter() if el.get("id")]
        check(len(ids) == len(set(ids)), f"ids are unique: {sorted(i for i in ids if ids.count(i) > 1)}")
        check(not any(el.tag == "script" for el in doc.iter()), "no script element")
        check(not any(el.get("src") for el in doc.iter()), "nothing loaded by src")
        check(not any((el.get("href") or "").startswith(("http:", "https:", "//")) for el in doc.iter()),
              "no link to fetch")

        # The page's size as laid out: a copy with a probe script (the report itself has none).
        probe = os.path.join(work, "probe.html")
        with open(probe, "w", encoding="utf-8") as fh:
            fh.write(html.replace("</body>", "<script>document.body.setAttribute('data-size', "
                                  "document.documentElement.scrollWidth + 'x' + document.documentElement.scrollHeight);"
                                  "</script></body>"))
        dom = chromium([f"--window-size={WIDTH},900", "--dump-dom", "file://" + probe], work + "/p1")
        size = html5lib.parse(dom, namespaceHTMLElements=False).find("body").get("data-size")
        width, height = (int(x) for x in size.split("x"))
        check(width <= WIDTH, f"nothing overflows the page's width ({width} > {WIDTH})")
        check(height > 2000, f"the page is laid out ({height} px tall)")

        # The picture: tall enough to hold the whole page.
        png = os.path.join(work, "briefing.png")
        chromium([f"--window-size={WIDTH},{height + 40}", f"--screenshot={png}", "file://" + report], work + "/p2")
        image = Image.open(png).convert("L")
        w, h = image.size
        pixels = image.load()
        ink_rows = [y for y in range(0, h, 2) if any(pixels[x, y] < 200 for x in range(0, w, 3))]
        check(len(ink_rows) > h // 8, f"the page is not blank ({len(ink_rows)} rows with ink of {h // 2})")
        last = ink_rows[-1] if ink_rows else 0
        check(last > height - 120, f"ink reaches the bottom of the content (last ink row {last}, page {height} px): nothing clipped")
        right_edge = [pixels[x, y] for x in range(w - 6, w) for y in range(0, h, 4)]
        check(min(right_edge) > 230, "nothing is drawn on the right edge (no horizontal overflow)")
        band = [sum(1 for x in range(0, w, 3) if pixels[x, y] < 128) for y in range(0, min(h, 120))]
        check(max(band) > 20, "the title is drawn at the top")

        # Every verdict, read from the rendered DOM, is erqi's own.
        dom = chromium([f"--window-size={WIDTH},900", "--dump-dom", "file://" + report], work + "/p3")
        tree = html5lib.parse(dom, namespaceHTMLElements=False)
        r = erqi(erqi_path, "run", *files, "--format", "jsonl")
        results = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
        check(len(results) == len(SCENARIOS), "erqi run gives one result per scenario")
        seen = 0
        for res in results:
            name = res["scenario"]
            parts = [el for el in tree.iter() if el.get("data-scenario") == name]
            card = [el for el in parts if el.tag == "article" and el.get("data-verdict")]
            check(len(card) == 1, f"{name}: one verdict card")
            verdicts = {}
            for part in parts:
                for el in part.iter():
                    if el.get("data-goal"):
                        verdicts.setdefault(el.get("data-goal"), set()).add(el.get("data-verdict"))
            all_met = all(g["met"] for g in res["goals"])
            check(card and card[0].get("data-verdict") == ("met" if all_met else "missed"), f"{name}: overall verdict")
            for g in res["goals"]:
                want = "met" if g["met"] else "missed"
                got = verdicts.get(g["id"])
                seen += 1
                check(got == {want}, f"{name}: goal {g['id']} shows {got}, erqi says {want}")
            text = "".join(card[0].itertext()) if card else ""
            check(("✓ 全部目标达成" in text) == all_met, f"{name}: the card's headline matches")
        check(seen >= 3 * 24, f"every goal of every scenario checked ({seen})")

        # The barometer comes first, and every grade read from the rendered DOM is erqi's own.
        sections = [el.get("id") for el in tree.iter() if el.tag == "section"]
        check(sections[:1] == ["barometer"], f"the barometer is the first section (sections: {sections})")
        r = erqi(erqi_path, "barometer", *files, "--format", "json", "--no-probability")
        check(r.returncode == 0, f"erqi barometer exits 0 (got {r.returncode}: {r.stderr})")
        barometers = json.loads(r.stdout) if r.returncode == 0 else []
        check(len(barometers) == len(SCENARIOS), "erqi barometer gives one object per scenario")
        graded = 0
        for b in barometers:
            name = b["scenario"]
            cards = [el for el in tree.iter() if el.get("data-scenario") == name and "barometer" in (el.get("class") or "")]
            check(len(cards) == 1, f"{name}: one barometer card")
            shown = {}
            for el in (cards[0].iter() if cards else []):
                if el.get("data-barometer-goal"):
                    words = "".join(el.itertext())
                    shown[el.get("data-barometer-goal")] = (el.get("data-grade"), words)
            check(len(shown) == len(b["goals"]), f"{name}: {len(shown)} goals on the barometer, erqi grades {len(b['goals'])}")
            label = {"green": "绿 green", "yellow": "黄 yellow", "red": "红 red"}
            for g in b["goals"]:
                grade, words = shown.get(g["id"], (None, ""))
                graded += 1
                check(grade == g["grade"], f"{name}: barometer {g['id']} shows {grade}, erqi says {g['grade']}")
                # The words, not only the colour: the grade reads in greyscale and in print.
                check(label[g["grade"]] in words, f"{name}: barometer {g['id']} writes {label[g['grade']]!r} ({words!r})")
        check(graded >= 3 * 24, f"every grade of every scenario checked ({graded})")

        # Year-to-date figures: no section for scenarios without them; for plan-2015-h1 every
        # line read from the rendered DOM is erqi's own (numbers as printed, rounded as shown).
        check(not any(el.get("id") == "actuals" for el in tree.iter()), "no year-to-date section without figures")
        h1_report = os.path.join(work, "h1.html")
        r = erqi(erqi_path, "report", "scenarios/plan-2015-h1.json", "-o", h1_report, env=env)
        check(r.returncode == 0, f"erqi report of plan-2015-h1 exits 0 (got {r.returncode}: {r.stderr})")
        r = erqi(erqi_path, "run", "scenarios/plan-2015-h1.json", "--format", "json")
        res = json.loads(r.stdout)
        res = res[0] if isinstance(res, list) else res
        h1_tree = html5lib.parse(chromium([f"--window-size={WIDTH},900", "--dump-dom", "file://" + h1_report], work + "/p4"),
                                 namespaceHTMLElements=False)
        tables = [el for el in h1_tree.iter() if el.tag == "table" and "actuals" in (el.get("class") or "")]
        check(len(tables) == 1 and tables[0].get("data-through-month") == str(res["actuals"]["through_month"]),
              "plan-2015-h1: one year-to-date table, through its month")
        shown = {}
        for row in (tables[0].iter("tr") if tables else []):
            if row.get("data-sector"):
                cells = ["".join(td.itertext()).replace(",", "") for td in row.iter("td")]
                shown[(row.get("data-figure"), row.get("data-sector"))] = cells
        lines = [("energy_tce", l, "_tce") for l in res["actuals"]["energy"]] + \
                [("value_added", l, "") for l in res["actuals"].get("value_added", [])]
        check(len(shown) == len(lines) and len(lines) == 5, f"plan-2015-h1: {len(shown)} lines shown, erqi gives {len(lines)}")
        for figure, line, unit in lines:
            cells = shown.get((figure, line["sector"]), [])
            want = [f"{line['actual' + unit]:.0f}", f"{line['model_ytd' + unit]:.0f}", f"{line['ratio']:.3f}",
                    f"{line['projected' + unit]:.0f}", f"{line['model' + unit]:.0f}"]
            got = cells[2:7]
            check(got == want, f"plan-2015-h1 {figure} {line['sector']}: shows {got}, erqi says {want}")

        if screenshot_out:
            # A small picture of the top of the page for the README.
            top = Image.open(png).convert("RGB").crop((0, 0, WIDTH, min(1500, height)))
            top = top.resize((WIDTH * 3 // 4, top.height * 3 // 4), Image.LANCZOS)
            top = top.quantize(colors=96)
            top.save(screenshot_out, optimize=True)
            print(f"wrote {screenshot_out} ({os.path.getsize(screenshot_out) // 1024} KB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
