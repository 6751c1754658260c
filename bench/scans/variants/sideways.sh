#!/usr/bin/env bash
# Pages scanned sideways: turned 90° one way or the other (alternating by page), as a landscape
# page fed portrait; grey 200 dpi, JPEG pages in a PDF whose pages are landscape.
set -euo pipefail
pdf=$1 out=$2 name=$3
pages="$out/$name.pages"
mkdir -p "$pages"
pdftoppm -r 200 -gray "$pdf" "$pages/raw"
i=0
for page in "$pages"/raw-*.pgm; do
  n=$(basename "$page" .pgm)
  angle=$([ $((i % 2)) -eq 0 ] && echo 90 || echo 270)
  i=$((i + 1))
  convert "$page" -rotate "$angle" +repage -seed 5 -attenuate 0.25 +noise Gaussian \
    -density 200 -units PixelsPerInch -quality 75 "$pages/${n#raw-}.jpg"
  rm "$page"
done
img2pdf --output "$out/$name.pdf" "$pages"/*.jpg
