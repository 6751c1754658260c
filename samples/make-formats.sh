#!/usr/bin/env bash
# Regenerates samples/NAME.docx, .doc, .odt, .rtf and .pdf from samples/NAME.txt, as a clerk's files:
# Times New Roman, the letterhead centered, ruled tables with a bold header row.
# Needs LibreOffice Writer (Debian: libreoffice-writer-nogui, fonts-liberation2) — only to
# regenerate; the build and the tests read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f app/target/prikaz.jar ] || mvn -B -q -DskipTests install
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for txt in samples/*.txt; do
  name=$(basename "$txt" .txt)
  java -cp app/target/prikaz.jar samples/tools/ToHtml.java "$txt" "$work/$name.html"
  soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' \
    --outdir "$work" "$work/$name.html" >/dev/null 2>&1
  for format in odt rtf pdf 'doc:MS Word 97'; do
    soffice --headless --convert-to "$format" --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
  done
  for format in docx doc odt rtf pdf; do
    cp "$work/$name.$format" "samples/$name.$format"
  done
  echo "samples/$name: docx doc odt rtf pdf"
done
