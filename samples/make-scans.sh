#!/usr/bin/env bash
# Makes samples/NAME.scan.pdf and NAME.scan.png from samples/NAME.pdf, as a clerk's scanner would:
# every page rasterized at 200 dpi in grey, turned by about one degree (each sample its own angle and
# direction), light noise on the print, paper a little darker than white; the PDF holds JPEG pages
# and no text layer, the PNG is page 1.
# Needs poppler-utils (pdftoppm) and imagemagick — only to regenerate; the build and the tests read
# the committed files. The noise is seeded, so a rerun gives the same pixels.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f app/target/prikaz.jar ] || mvn -B -q -DskipTests install
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
angles=(1.1 -0.9 0.8 -1.2 1.0)
i=0
for pdf in samples/*.pdf; do
  name=$(basename "$pdf" .pdf)
  case "$name" in *.scan) continue ;; esac
  angle=${angles[$((i % ${#angles[@]}))]}
  i=$((i + 1))
  rm -f "$work"/*
  pdftoppm -r 200 -gray "$pdf" "$work/page"
  pages=()
  for page in "$work"/page-*.pgm; do
    base=${page%.pgm}
    convert "$page" -seed "$i" -background white -rotate "$angle" \
      -attenuate 0.25 +noise Gaussian -white-threshold 94% +level 0%,96% \
      -colorspace Gray -density 200 -units PixelsPerInch "$base.png"
    convert "$base.png" -quality 75 "$base.jpg"
    pages+=("$base.jpg")
  done
  java -cp app/target/prikaz.jar samples/tools/ImagesToPdf.java 200 "samples/$name.scan.pdf" "${pages[@]}"
  cp "$(ls "$work"/page-*.png | head -1)" "samples/$name.scan.png"
  echo "samples/$name.scan.pdf (${#pages[@]} pages, ${angle}°), samples/$name.scan.png"
done
