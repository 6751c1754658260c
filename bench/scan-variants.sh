#!/usr/bin/env bash
# Scan cleaning measured: page 1 of each sample scan as a phone photo on a desk (perspective, light
# falling to 55 %, colour JPEG) and with two blue stamps, made by ScanVariantsWriter (a test class,
# run on demand). For each: rows matched and activity likeness against the clean scan, and the CPU
# time of prikaz against Tesseract alone on the same image (user+system, children included).
# Usage: bench/scan-variants.sh   Needs: the jar (./prikaz builds it), Tesseract (rus), GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mvn -B -q -o -pl parser test -Dtest=ScanVariantsWriter -Dscan.variants="$out" -Dsurefire.failIfNoSpecifiedTests=false
./prikaz --version >/dev/null
cpu() { /usr/bin/time -f '%U %S' -o "$out/time" "$@" >"$out/last.json" 2>/dev/null || true; awk '{print $1 + $2}' "$out/time"; }
printf '%-28s %-6s %6s %9s %8s %8s %6s\n' sample variant rows activity prikaz_s tess_s ratio
for clean in samples/*.scan.png; do
  name=$(basename "$clean" .scan.png)
  ./prikaz parse "$clean" >"$out/$name.clean.json"
  for variant in photo.jpg stamp.png; do
    image="$out/$name.$variant"
    p=$(cpu ./prikaz parse "$image"); cp "$out/last.json" "$out/$name.$variant.json"
    t=$(cpu tesseract "$image" - -l rus)
    python3 - "$out/$name.clean.json" "$out/$name.$variant.json" "$name" "${variant%%.*}" "$p" "$t" <<'PY'
import json, sys
def items(path):
    try:
        d = json.load(open(path))
    except Exception:
        return None
    out = []
    for plan in d["plans"]:
        for item in plan["items"]:
            out.append(item)
            out.extend(item.get("subitems", []))
    return out
def likeness(a, b):
    a = " ".join((a or "").split()); b = " ".join((b or "").split())
    if not a and not b:
        return 1.0
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return 1 - prev[-1] / max(len(a), len(b))
want, have = items(sys.argv[1]), items(sys.argv[2])
matched, total = 0, 0.0
if have is not None:
    for w in want:
        same = [h for h in have if h.get("number") == w.get("number")]
        best = max((likeness(w.get("activity"), h.get("activity")) for h in same), default=0)
        total += best
        matched += best >= 0.8
rows = f"{matched}/{len(want)}" if have is not None else "failed"
sim = total / len(want) if want else 1.0
p, t = float(sys.argv[5]), float(sys.argv[6])
print(f"{sys.argv[3]:<28} {sys.argv[4]:<6} {rows:>6} {sim:9.3f} {p:8.2f} {t:8.2f} {p / t:6.2f}")
PY
  done
done
