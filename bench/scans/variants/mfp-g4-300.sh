#!/usr/bin/env bash
# An office MFP's black-and-white scan: 300 dpi, 1 bit, CCITT G4, one multi-page TIFF; a little
# skew (0.4°) and specks of dust.
set -euo pipefail
pdf=$1 out=$2 name=$3
pages="$out/$name.pages"
mkdir -p "$pages"
pdftoppm -r 300 -gray "$pdf" "$pages/raw"
for page in "$pages"/raw-*.pgm; do
  n=$(basename "$page" .pgm)
  convert "$page" -background white -rotate 0.4 +repage -seed 7 -attenuate 0.3 +noise Impulse \
    -threshold 55% -type bilevel -density 300 -units PixelsPerInch -compress Group4 "$pages/${n#raw-}.tif"
  rm "$page"
done
tiffcp -c g4 "$pages"/*.tif "$out/$name.tif"
