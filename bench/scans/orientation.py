#!/usr/bin/env python3
"""Measures prikaz's orientation test against Tesseract's on whole pages.

Every page of the sample PDFs (samples/NAME.pdf) at 300 dpi in grey, turned 0, 90, 180 and 270
degrees, is judged twice by `tesseract --psm 0 -l osd`: on the whole page with its default
settings, and as prikaz does it (read/ocr/Orientation.java): on the page's two-inch band with the
most print, told to stop early (min_characters_to_try=15). Prints per direction how often each
gives the right turn, and the CPU time of each. Needs poppler-utils and imagemagick.

Usage: python3 bench/scans/orientation.py
"""
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DPI = 300
BAND = 2 * DPI


def read_pgm(path):
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    return width, height, data[len(data) - width * height:]


def densest_band(path, out):
    """Writes the BAND rows with the most dark pixels, as Orientation.writeDensestBand does."""
    width, height, pixels = read_pgm(path)
    band = min(BAND, height)
    ink = [0]
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        ink.append(ink[-1] + width - len(row.translate(None, bytes(range(0, 128)))))
    top = max(range(0, height - band + 1), key=lambda y: ink[y + band] - ink[y])
    out.write_bytes(b"P5\n%d %d\n255\n" % (width, band) + pixels[top * width:(top + band) * width])


def osd(image, *extra):
    """Tesseract's turn for the image (0 when it cannot tell) and the CPU seconds it took."""
    start = os.times()
    p = subprocess.run(["tesseract", str(image), "stdout", "-l", "osd", "--dpi", str(DPI), "--psm", "0", *extra],
                       capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    end = os.times()
    cpu = end.children_user - start.children_user + end.children_system - start.children_system
    rotate = re.search(r"Rotate: (\d+)", p.stdout)
    confidence = re.search(r"Orientation confidence: ([\d.]+)", p.stdout)
    turn = int(rotate.group(1)) if rotate and confidence and float(confidence.group(1)) >= 1.5 else 0
    return turn, cpu


def main():
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for pdf in sorted(ROOT.glob("samples/*.pdf")):
            if pdf.name.endswith(".scan.pdf"):
                continue
            subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(tmp / pdf.stem)], check=True)
        for page in sorted(tmp.glob("*.pgm")):
            for degrees in (0, 90, 180, 270):
                turned = tmp / f"turned-{degrees}.pgm"
                subprocess.run(["convert", str(page), "-rotate", str(degrees), str(turned)], check=True)
                band = tmp / "band.pgm"
                densest_band(turned, band)
                want = (360 - degrees) % 360
                whole, whole_cpu = osd(turned)
                ours, ours_cpu = osd(band, "-c", "min_characters_to_try=15")
                r = results.setdefault(degrees, {"pages": 0, "whole": 0, "ours": 0, "whole_cpu": 0, "ours_cpu": 0})
                r["pages"] += 1
                r["whole"] += whole == want
                r["ours"] += ours == want
                r["whole_cpu"] += whole_cpu
                r["ours_cpu"] += ours_cpu
                if ours != want:
                    print(f"  {page.name} turned {degrees}: band says {ours}, whole page says {whole}")
    print(f"{'turned':>6} {'pages':>5} {'whole page ok':>13} {'band ok':>8} {'whole s/page':>12} {'band s/page':>11}")
    for degrees, r in sorted(results.items()):
        print(f"{degrees:>6} {r['pages']:>5} {r['whole']:>13} {r['ours']:>8} {r['whole_cpu'] / r['pages']:>12.2f} "
              f"{r['ours_cpu'] / r['pages']:>11.2f}")


if __name__ == "__main__":
    main()
