#!/usr/bin/env python3
"""Writes the generated part of the fuzz seed corpus, Tests/FuzzCorpus/TARGET/g-*.

Seeds come from two places:
  * what erqi ships: scenarios/*.json, seeds/*.json, the baseline's parameters table as CSV,
    and the commands the README shows typed at the prompt or given to `-c`;
  * every string literal of the test suites (Tests/**/*.swift), so that each bad input a test
    feeds erqi is also where the fuzzers start. A literal goes to every target whose input it
    looks like: JSON text to `json`, scenario files to `scenario` (as the child of a small
    parent, `extends` pointing at it), CSV text to `baseline-csv`, command lines to `splitter`,
    and the values of `set`, `assume` and `--set` to `value`.

Hand-written seeds (any name not starting with `g-`) are left alone. The output depends only on
the repository's files, so running it twice gives the same files.

    python3 scripts/fuzz/extract-seeds.py           # rewrite the g-* seeds
    python3 scripts/fuzz/extract-seeds.py --check   # exit 1 when they are not up to date
"""
import hashlib
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "Tests", "FuzzCorpus")
PREFIX = "g-"
# Larger literals are whole fixtures; libFuzzer's -max_len is 65536 anyway.
MAX_SEED_BYTES = 65536

# A parent for scenario seeds that extend something: small, so that mutations stay cheap.
PARENT = (b'{"format":"erqi-scenario","version":1,"name":"parent",'
          b'"assumptions":{"growth.industry":0.08},'
          b'"measures":{"motors":{"lever":"motors","capacity_kw":100},'
          b'"pv":{"lever":"rooftop_pv","capacity_mw":2}}}')


# --- Swift string literals -------------------------------------------------------------------

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def unescape(body, hashes):
    """The value of a literal's body: escapes resolved (`\\#n` in raw literals), each
    interpolation replaced by `0` (tests interpolate paths and numbers)."""
    slash = "\\" + "#" * hashes
    out = []
    i = 0
    while i < len(body):
        if body.startswith(slash, i):
            j = i + len(slash)
            c = body[j:j + 1]
            if c in ESCAPES:
                out.append(ESCAPES[c])
                i = j + 1
                continue
            if c == "u" and body[j + 1:j + 2] == "{":
                end = body.index("}", j)
                out.append(chr(int(body[j + 2:end], 16)))
                i = end + 1
                continue
            if c == "(":
                depth, k = 1, j + 1
                while k < len(body) and depth:
                    depth += {"(": 1, ")": -1}.get(body[k], 0)
                    k += 1
                out.append("0")
                i = k
                continue
            if c == "\n":  # a line continuation in a multi-line literal
                i = j + 1
                continue
        out.append(body[i])
        i += 1
    return "".join(out)


def dedent(body):
    """A multi-line literal: the lines between the quotes, less the closing line's indent."""
    lines = body.split("\n")
    indent = lines[-1] if lines[-1].strip() == "" else ""
    lines = lines[1:-1]
    return "\n".join(l[len(indent):] if l.startswith(indent) else l.lstrip() for l in lines)


LITERAL = re.compile(r'(#*)("""|")')


def literals(source):
    """Every string literal of a Swift file, in order (comments skipped)."""
    out = []
    i = 0
    n = len(source)
    while i < n:
        if source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
            continue
        if source.startswith("/*", i):
            i = source.find("*/", i)
            i = n if i < 0 else i + 2
            continue
        m = LITERAL.match(source, i)
        if not m:
            i += 1
            continue
        hashes, quote = len(m.group(1)), m.group(2)
        close = quote + "#" * hashes
        j = m.end()
        # Find the closing quote, skipping escapes (and nested literals inside interpolations).
        slash = "\\" + "#" * hashes
        depth = 0
        while j < n:
            if source.startswith(slash + "(", j):
                depth += 1
                j += len(slash) + 1
                continue
            if depth:
                if source[j] == "(":
                    depth += 1
                elif source[j] == ")":
                    depth -= 1
                elif source[j] == '"':
                    k = source.find('"', j + 1)
                    j = n if k < 0 else k
                j += 1
                continue
            if source.startswith(slash, j):
                j += len(slash) + 1
                continue
            if source.startswith(close, j):
                break
            if quote == '"' and source[j] == "\n":
                break
            j += 1
        body = source[m.end():j]
        i = j + len(close)
        if quote == '"""':
            body = dedent(body)
        try:
            out.append(unescape(body, hashes))
        except (ValueError, IndexError):
            pass
    return out


# --- Routing ---------------------------------------------------------------------------------

def looks_like_json(text):
    t = text.strip()
    return len(t) > 0 and (t[0] in "{[" or t in ("null", "true", "false"))


def is_scenario(text):
    return looks_like_json(text) and ('"format"' in text or '"measures"' in text or '"extends"' in text)


def looks_like_csv(text):
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return "," in first and not looks_like_json(text) and ("\n" in text or "key" in first)


def is_command(text):
    return 0 < len(text) <= 400 and not looks_like_json(text) and not text.startswith("/")


COMMAND_VALUE = re.compile(r"^\s*(?:set|assume|add)\s+\S+\s+(.+?)\s*$")
SETTING_VALUE = re.compile(r"^[\w.\-]+=(.+)$")


def values_in(text):
    """The typed values of `set ID.FIELD V`, `assume KEY V` and `KEY=V` (--set)."""
    out = []
    for line in text.split("\n"):
        for part in line.split(";"):
            m = COMMAND_VALUE.match(part) or SETTING_VALUE.match(part.strip())
            if m and len(m.group(1)) <= 40:
                out.append(m.group(1))
    return out


def scenario_seed(text):
    """PARENT, NUL, the file with any `extends` pointing at the parent."""
    child = re.sub(r'"extends"\s*:\s*"[^"]*"', '"extends":"parent"', text)
    return PARENT + b"\0" + child.encode("utf-8", "surrogatepass")


# --- Seeds -----------------------------------------------------------------------------------

def baseline_csv(path):
    """The baseline's parameters table as `erqi baseline export` writes it (key, value, unit,
    source, note, uncertainty), its notes cut to 40 characters so that it fits -max_len."""
    with open(path, encoding="utf-8") as f:
        baseline = json.load(f)

    def cell(v):
        s = "" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, separators=(",", ":"))
        return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n\r') else s

    def number(v):
        return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))

    rows = ["key,value,unit,source,note,uncertainty"]
    for p in baseline["parameters"]:
        rows.append(",".join([cell(p["key"]), number(p["value"]), cell(p.get("unit")), cell(p.get("source")),
                              cell((p.get("note") or "")[:40]), cell(p.get("uncertainty"))]))
    return ("\n".join(rows) + "\n").encode("utf-8")


def collect():
    seeds = {t: {} for t in ("json", "scenario", "baseline-csv", "splitter", "value")}

    def add(target, data, name):
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        if len(data) > MAX_SEED_BYTES:
            return
        seeds[target].setdefault(hashlib.sha256(data).hexdigest()[:16], (data, name))

    # What erqi ships.
    for folder in ("scenarios", "seeds"):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(ROOT, folder, name), "rb") as f:
                data = f.read()
            add("json", data, name)
            if folder == "scenarios":
                add("scenario", scenario_seed(data.decode("utf-8")), name)
    full = baseline_csv(os.path.join(ROOT, "seeds", "baseline-2014.json"))
    add("baseline-csv", full, "baseline-2014")
    # A small table is mutated far faster than the whole one.
    lines = full.split(b"\n")
    add("baseline-csv", b"\n".join(lines[:12]) + b"\n", "baseline-2014-head")

    # The scripts the README shows: each line typed at the prompt, each `-c '…'` argument,
    # and all of a session's lines as one script; values typed in them go to `value`.
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    typed = [m.group(1) for m in re.finditer(r"^erqi> (.*)$", readme, re.M)]
    typed += re.findall(r"erqi -c '([^']*)'", readme)
    for line in typed:
        add("splitter", line, "README")
        for v in values_in(line):
            add("value", v, "README")
    add("splitter", "\n".join(typed), "README-session")

    # Every literal of the tests.
    tests = os.path.join(ROOT, "Tests")
    for folder, dirs, files in sorted(os.walk(tests)):
        dirs.sort()
        if "FuzzCorpus" in folder:
            continue
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts = literals(f.read())
            suite = name[:-len(".swift")]
            for text in texts:
                if not text:
                    continue
                if looks_like_json(text) or suite.startswith("JSON"):
                    add("json", text, suite)
                if is_scenario(text):
                    add("scenario", scenario_seed(text), suite)
                if looks_like_csv(text) or suite.startswith(("CSV", "BaselineImport")):
                    add("baseline-csv", text, suite)
                if is_command(text) and ("Shell" in folder or "Splitter" in suite or "EndToEnd" in folder):
                    add("splitter", text, suite)
                for v in values_in(text):
                    add("value", v, suite)
                if "Value" in suite and len(text) <= 40 and "\n" not in text:
                    add("value", text, suite)
    return seeds


def main():
    check = "--check" in sys.argv[1:]
    seeds = collect()
    stale = False
    for target, entries in seeds.items():
        folder = os.path.join(CORPUS, target)
        os.makedirs(folder, exist_ok=True)
        wanted = {}
        for digest, (data, name) in entries.items():
            wanted[f"{PREFIX}{re.sub(r'[^A-Za-z0-9.-]', '_', name)[:40]}-{digest[:10]}"] = data
        present = {f for f in os.listdir(folder) if f.startswith(PREFIX)}
        for f in sorted(present - set(wanted)):
            stale = True
            if not check:
                os.remove(os.path.join(folder, f))
        for f, data in sorted(wanted.items()):
            path = os.path.join(folder, f)
            if os.path.exists(path):
                with open(path, "rb") as h:
                    if h.read() == data:
                        continue
            stale = True
            if not check:
                with open(path, "wb") as h:
                    h.write(data)
        print(f"{target}: {len(wanted)} generated seeds")
    if check and stale:
        print("the generated fuzz seeds are out of date: run python3 scripts/fuzz/extract-seeds.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
