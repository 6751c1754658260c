#!/usr/bin/env bash
# A cheap grey scan: 150 dpi, turned 3° (the sign alternating by page), Gaussian noise, paper
# darker than white, JPEG pages in a PDF without a text layer.
set -euo pipefail
pdf=$1 out=$2 name=$3
pages="$out/$name.pages"
mkdir -p "$pages"
pdftoppm -r 150 -gray "$pdf" "$pages/raw"
i=0
for page in "$pages"/raw-*.pgm; do
  n=$(basename "$page" .pgm)
  angle=$([ $((i % 2)) -eq 0 ] && echo 3 || echo -3)
  i=$((i + 1))
  convert "$page" -background white -rotate "$angle" +repage -seed "$i" -attenuate 0.4 +noise Gaussian \
    +level 0%,93% -density 150 -units PixelsPerInch -quality 70 "$pages/${n#raw-}.jpg"
  rm "$page"
done
img2pdf --output "$out/$name.pdf" "$pages"/*.jpg
