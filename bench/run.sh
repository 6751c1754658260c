#!/usr/bin/env bash
# The benchmark (not a test): builds a corpus of N copies of the five samples in each of txt, docx
# and pdf, then times side by side, on the same files:
#   ./prikaz batch (JSON out, --jobs = cores, the launcher's heap bound; each file read in a worker JVM)  ·
#   the same with --in-process (no workers: the fork's cost is the difference)  ·  raw Tika text extraction
#   (same threads)  ·  pdftotext (PDFs)
# plus peak memory (/usr/bin/time -v), one small file end to end, and how time grows from N to 10×N.
# Usage: bench/run.sh [N] [FORMATS]   (default 20: 100 files per format, the 10× run makes 1,000;
#        FORMATS default "txt docx pdf")
# Needs: the jar (built if missing), poppler-utils (pdftotext), GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
formats=${2:-txt docx pdf}
jobs=$(nproc)
./prikaz --version >/dev/null # builds the jar if it is missing or stale
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/corpus.sh
. bench/corpus.sh
# seconds and peak RSS (MiB) of a command: prints "S MiB"
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{printf "%.2f %d\n", $1, $2/1024}' "$work/time"
}
printf '%-6s %6s %10s %9s %12s %7s %10s %9s %9s %11s\n' format files "prikaz s" "orders/s" "in-process s" "fork %" "tika s" "ratio" "MiB" "pdftotext s"
for format in $formats; do
  for copies in "$n" $((n * 10)); do
    dir="$work/$format-$copies"
    corpus "$dir" "$copies" "$format"
    files=$(find "$dir" -type f | wc -l)
    read -r prikaz mib < <(measure ./prikaz batch "$dir" --out "$work/out-$format-$copies" --jobs "$jobs")
    read -r inside _ < <(measure ./prikaz batch "$dir" --out "$work/in-$format-$copies" --jobs "$jobs" --in-process)
    read -r tika _ < <(measure java -cp app/target/prikaz.jar bench/TikaRaw.java "$dir" "$jobs")
    pdf="-"
    if [ "$format" = pdf ]; then
      start=$(date +%s.%N)
      find "$dir" -type f -print0 | xargs -0 -P "$jobs" -I{} pdftotext -q {} /dev/null
      pdf=$(echo "$(date +%s.%N) - $start" | bc | awk '{printf "%.2f", $1}')
    fi
    awk -v f="$format" -v n="$files" -v p="$prikaz" -v i="$inside" -v t="$tika" -v m="$mib" -v d="$pdf" \
      'BEGIN { printf "%-6s %6d %10.2f %9.1f %12.2f %+7.1f %10.2f %9.2f %9d %11s\n", f, n, p, n / p, i, (p / i - 1) * 100, t, p / t, m, d }'
  done
done
echo "load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r one _ < <(measure ./prikaz parse samples/anzhero-sudzhensk-2022-575.txt)
echo "one small file end to end (prikaz parse samples/anzhero-sudzhensk-2022-575.txt): ${one} s"
echo "(tika s includes its JVM start and the compilation of bench/TikaRaw.java, about 1 s; MiB is the batch's own"
echo " JVM, its workers not counted: each has --worker-heap, 512 MiB by default)"
