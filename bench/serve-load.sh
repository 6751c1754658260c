#!/usr/bin/env bash
# Load check of `prikaz serve`: 20 uploads at once (the five samples as DOCX, ODT, RTF and PDF)
# through POST /api/parse; every answer must be the order (200, prikaz/1, the sample's number of
# plan items), and the server's peak resident memory (VmHWM) must stay under 512 MiB.
# Usage: bench/serve-load.sh [CONCURRENT=20]   (needs curl and python3; builds the jar if stale)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20}"
jar=app/target/prikaz.jar
[ -f "$jar" ] || mvn -B -q -o package -DskipTests
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
java -Xmx400m -Dfile.encoding=UTF-8 -jar "$jar" serve --port 0 --lang en 2>"$work/server.log" &
pid=$!
for _ in $(seq 100); do grep -q 'http://' "$work/server.log" 2>/dev/null && break; sleep 0.2; done
url="$(grep -o 'http://[^ ]*' "$work/server.log" | head -1)"
[ -n "$url" ] || { cat "$work/server.log" >&2; exit 2; }
files=()
for name in anzhero-sudzhensk-2022-575 artem-2020-218 balashov-2022-78 chernozemelsky-2022-533 spb-moskovsky-2023-8; do
  for ext in docx odt rtf pdf; do files+=("samples/$name.$ext"); done
done
start=$(date +%s.%N)
for i in $(seq 0 $((n - 1))); do
  f="${files[$((i % ${#files[@]}))]}"
  curl -s -o "$work/$i.json" -w '%{http_code}\n' -F "file=@$f" "${url}api/parse" >"$work/$i.status" &
done
wait $(jobs -p | grep -v "^$pid\$") 2>/dev/null || true
end=$(date +%s.%N)
peak_kib=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
python3 - "$work" "$n" "$peak_kib" "$start" "$end" "${files[@]}" <<'PY'
import json, sys, pathlib
work, n, peak, start, end = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
files = sys.argv[6:]
bad = 0
for i in range(n):
    status = (work / f"{i}.status").read_text().strip()
    sample = files[i % len(files)]
    expected = json.loads(pathlib.Path("samples/expected/" + pathlib.Path(sample).name.split(".")[0] + ".json").read_text())
    want = sum(len(p["items"]) for p in expected["plans"])
    try:
        got = json.loads((work / f"{i}.json").read_text())
        items = sum(len(p["items"]) for p in got["plans"])
    except Exception:
        items = None
    if status != "200" or items != want:
        bad += 1
        print(f"FAILED {sample}: HTTP {status}, items {items} (want {want})")
mib = peak / 1024
print(f"{n} concurrent uploads: {n - bad} answered with the right order, {bad} wrong; "
      f"{end - start:.1f} s; server peak RSS {mib:.0f} MiB (limit 512)")
sys.exit(1 if bad or mib >= 512 else 0)
PY
