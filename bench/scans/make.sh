#!/usr/bin/env bash
# Makes the scan corpus: each of our sample orders (samples/NAME.pdf, made from our own texts) as
# clerks' scanners, faxes and hands give it, one variant a script in variants/:
#   variants/VARIANT.sh PDF OUT_DIR NAME   writes OUT_DIR/NAME.pdf or OUT_DIR/NAME.tif (the file to
#   parse) and OUT_DIR/NAME.pages/ (the same page images, which score.py gives Tesseract alone).
# Output in bench/scans/out/VARIANT/ (not committed). Usage: bench/scans/make.sh [VARIANT…]
# Needs poppler-utils (pdftoppm), imagemagick, img2pdf, libtiff-tools (tiffcp); all from Debian.
# The noise is seeded: a rerun gives the same pixels.
set -euo pipefail
cd "$(dirname "$0")/../.."
variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  for script in bench/scans/variants/*.sh; do variants+=("$(basename "$script" .sh)"); done
fi
for tool in pdftoppm convert img2pdf tiffcp; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool is missing (apt-get install poppler-utils imagemagick img2pdf libtiff-tools)" >&2; exit 2; }
done
for variant in "${variants[@]}"; do
  out="bench/scans/out/$variant"
  rm -rf "$out"
  mkdir -p "$out"
  for pdf in samples/*.pdf; do
    name=$(basename "$pdf" .pdf)
    case "$name" in *.scan) continue ;; esac
    bash "bench/scans/variants/$variant.sh" "$pdf" "$out" "$name"
  done
  echo "$out: $(find "$out" -maxdepth 1 -type f | wc -l) files"
done
