#!/usr/bin/env python3
"""Scores prikaz on the scan corpus that make.sh builds (bench/scans/out/VARIANT/NAME.pdf|tif).

For each variant: how many files parse; header fields (act kind, date, number, title, place,
signatory) equal to samples/expected/NAME.json; plan rows matched by number; activity similarity
(difflib's ratio, an unmatched row counting 0); deadlines (kind, start, end) of matched rows; and
the CPU time per page of `./prikaz parse` (JVM, Tesseract runs and all) against `tesseract PAGE -
-l rus` on the same page images (NAME.pages/), as ratios: «ratio1» against Tesseract with one
OpenMP thread (OMP_THREAD_LIMIT=1, as prikaz runs it), «ratio» against plain Tesseract with its
default threads (what a user who runs it by hand spends).
Peak memory is the launcher's (its -Xmx400m heap). Python 3 standard library; GNU time.

Usage: python3 bench/scans/score.py [VARIANT…] [--only NAME] [--json OUT]
"""
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "scans" / "out"
HEADER = ["docType", "date", "number", "title", "place", "signatory"]


def timed(command, single_thread=True, **kwargs):
    """Runs a command under GNU time: (exit code, CPU seconds user+sys, peak MiB, stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        env = dict(os.environ, OMP_THREAD_LIMIT="1") if single_thread else dict(os.environ)
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", t.name] + command, capture_output=True,
                           text=True, env=env, **kwargs)
        user, system, kb = t.read().split()[-3:]
        return p.returncode, float(user) + float(system), int(kb) / 1024, p.stdout + p.stderr


def items(order):
    """Every plan row and sub-row, by number (the first of a number wins)."""
    rows = {}
    for plan in order.get("plans", []):
        stack = list(plan.get("items", []))
        while stack:
            item = stack.pop(0)
            if item.get("number"):
                rows.setdefault(item["number"], item)
            stack[:0] = item.get("subitems", [])
    return rows


def header_value(header, field):
    value = header.get(field)
    if field == "signatory":
        value = (value or {}).get("name")
    return " ".join(value.split()) if isinstance(value, str) else value


def score(expected, got):
    s = {"header_ok": 0, "header": 0, "rows": 0, "matched": 0, "similarity": 0.0, "deadlines_ok": 0, "deadlines": 0}
    for field in HEADER:
        s["header"] += 1
        if got and header_value(expected["header"], field) == header_value(got["header"], field):
            s["header_ok"] += 1
    want = items(expected)
    have = items(got) if got else {}
    for number, row in want.items():
        s["rows"] += 1
        other = have.get(number)
        if other is None:
            continue
        s["matched"] += 1
        s["similarity"] += difflib.SequenceMatcher(None, row["activity"] or "", other["activity"] or "").ratio()
        if row.get("deadline"):
            s["deadlines"] += 1
            a, b = row["deadline"], other.get("deadline") or {}
            if all(a.get(k) == b.get(k) for k in ("kind", "start", "end")):
                s["deadlines_ok"] += 1
    return s


def pages_of(pages_dir):
    return sorted(p for p in pages_dir.iterdir() if p.suffix in (".png", ".jpg", ".tif", ".pgm"))


def run_variant(variant, only=None):
    total = {"files": 0, "parsed": 0, "pages": 0, "prikaz_cpu": 0.0, "tesseract_cpu": 0.0, "plain_cpu": 0.0,
             "peak_mib": 0.0}
    sums = {}
    failures = []
    for file in sorted(OUT.joinpath(variant).glob("*.*")):
        if file.suffix not in (".pdf", ".tif") or only and only not in file.name:
            continue
        name = file.stem
        expected = json.loads((ROOT / "samples" / "expected" / (name + ".json")).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            result = Path(tmp) / "out.json"
            code, cpu, mib, output = timed([str(ROOT / "prikaz"), "parse", str(file), "-o", str(result)])
            got = json.loads(result.read_text(encoding="utf-8")) if code == 0 and result.exists() else None
        if got is None:
            failures.append(f"{file.name}: {output.strip().splitlines()[-1] if output.strip() else code}")
        pages = pages_of(OUT / variant / (name + ".pages"))
        tesseract = 0.0
        plain = 0.0
        for page in pages:
            tesseract += timed(["tesseract", str(page), "-", "-l", "rus"])[1]
            plain += timed(["tesseract", str(page), "-", "-l", "rus"], single_thread=False)[1]
        total["files"] += 1
        total["parsed"] += got is not None
        total["pages"] += len(pages)
        total["prikaz_cpu"] += cpu
        total["tesseract_cpu"] += tesseract
        total["plain_cpu"] += plain
        total["peak_mib"] = max(total["peak_mib"], mib)
        for k, v in score(expected, got).items():
            sums[k] = sums.get(k, 0) + v
    total.update(sums)
    total["failures"] = failures
    return total


def main():
    args = sys.argv[1:]
    json_out = None
    if "--json" in args:
        i = args.index("--json")
        json_out = args[i + 1]
        del args[i:i + 2]
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = args[i + 1]
        del args[i:i + 2]
    variants = args or sorted(d.name for d in OUT.iterdir()
                              if d.is_dir() and (any(d.glob("*.pdf")) or any(d.glob("*.tif"))))
    subprocess.run([str(ROOT / "prikaz"), "--version"], capture_output=True)  # builds the jar if stale
    results = {}
    print(f"{'variant':15} {'parsed':>7} {'header':>9} {'rows':>9} {'activity':>8} {'deadlines':>10} "
          f"{'pages':>5} {'prikaz s/p':>10} {'tess1 s/p':>9} {'ratio1':>6} {'plain s/p':>9} {'ratio':>6} {'MiB':>5}")
    for variant in variants:
        r = run_variant(variant, only)
        results[variant] = r
        if not r["files"]:
            continue
        rows = max(r.get("rows", 0), 1)
        pages = max(r["pages"], 1)
        print(f"{variant:15} {r['parsed']:>3}/{r['files']:<3} {r['header_ok']:>4}/{r['header']:<4} "
              f"{r['matched']:>4}/{r['rows']:<4} {r['similarity'] / rows:>8.3f} "
              f"{r['deadlines_ok']:>5}/{r['deadlines']:<4} {r['pages']:>5} {r['prikaz_cpu'] / pages:>10.2f} "
              f"{r['tesseract_cpu'] / pages:>9.2f} {r['prikaz_cpu'] / max(r['tesseract_cpu'], 1e-9):>6.2f} "
              f"{r['plain_cpu'] / pages:>9.2f} {r['prikaz_cpu'] / max(r['plain_cpu'], 1e-9):>6.2f} "
              f"{r['peak_mib']:>5.0f}")
        for failure in r["failures"]:
            print("    failed:", failure)
    if json_out:
        Path(json_out).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
