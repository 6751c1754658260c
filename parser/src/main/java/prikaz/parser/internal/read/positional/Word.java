package prikaz.parser.internal.read.positional;

import prikaz.parser.model.PageArea;

/**
 * A word placed on a page, from a PDF text layer or an OCR engine. Coordinates are in points from
 * the page's top-left corner, y growing downwards; {@code baseline} is the y of the text's base
 * line, {@code size} its font size (or the line height OCR measured). {@code confidence} is OCR's
 * 0–100 confidence, or -1 where the text came from a text layer. {@code area} is where OCR read the
 * word on the page image as the file holds it (before the page was turned or straightened), null
 * for a text layer.
 */
public record Word(String text, int page, double x0, double top, double x1, double baseline, double size,
    double confidence, PageArea area) {
  public Word {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a word has text");
    }
    if (x1 < x0 || baseline < top) {
      throw new IllegalArgumentException("a word's box is not empty: " + text);
    }
  }

  public Word(String text, int page, double x0, double top, double x1, double baseline, double size,
      double confidence) {
    this(text, page, x0, top, x1, baseline, size, confidence, null);
  }

  public Word(String text, int page, double x0, double top, double x1, double baseline, double size) {
    this(text, page, x0, top, x1, baseline, size, -1);
  }

  public double centerX() {
    return (x0 + x1) / 2;
  }

  public double centerY() {
    return (top + baseline) / 2;
  }
}
