#!/usr/bin/env bash
# A stack fed upside down: every page turned 180°, grey 200 dpi with light noise, JPEG pages in a PDF.
set -euo pipefail
pdf=$1 out=$2 name=$3
pages="$out/$name.pages"
mkdir -p "$pages"
pdftoppm -r 200 -gray "$pdf" "$pages/raw"
for page in "$pages"/raw-*.pgm; do
  n=$(basename "$page" .pgm)
  convert "$page" -background white -rotate 180.6 +repage -seed 3 -attenuate 0.25 +noise Gaussian \
    -density 200 -units PixelsPerInch -quality 75 "$pages/${n#raw-}.jpg"
  rm "$page"
done
img2pdf --output "$out/$name.pdf" "$pages"/*.jpg
