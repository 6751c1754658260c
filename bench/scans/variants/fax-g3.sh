#!/usr/bin/env bash
# A fax: 204 × 98 dpi (standard resolution: half as many lines as columns), 1 bit, CCITT G3,
# one multi-page TIFF that states both resolutions.
set -euo pipefail
pdf=$1 out=$2 name=$3
pages="$out/$name.pages"
mkdir -p "$pages"
pdftoppm -r 204 -gray "$pdf" "$pages/raw"
for page in "$pages"/raw-*.pgm; do
  n=$(basename "$page" .pgm)
  convert "$page" -resize '100%x48.04%!' -threshold 60% -type bilevel -units PixelsPerInch \
    -density 204x98 -compress Fax "$pages/${n#raw-}.tif"
  rm "$page"
done
tiffcp -c g3 "$pages"/*.tif "$out/$name.tif"
