package prikaz.parser.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects paragraphs and tables in reading order, with the same text clean-up for every format:
 * spaces collapsed, invisible characters removed, empty lines, paragraphs and tables dropped. The
 * office and PDF readers build their {@link Layout} through it so that the same words give the
 * same blocks whatever the file was.
 */
final class LayoutBuilder {
  /** Zero-width characters and soft hyphens, which no reader keeps. */
  static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

  private final List<Layout.Block> blocks = new ArrayList<>();

  /** Adds a paragraph from raw lines (each may hold {@code \n}); nothing when all are blank. */
  void paragraph(List<String> rawLines) {
    List<String> lines = new ArrayList<>();
    for (String raw : rawLines) {
      for (String piece : raw.split("\n", -1)) {
        String clean = clean(piece);
        if (!clean.isEmpty()) {
          lines.add(clean);
        }
      }
    }
    if (!lines.isEmpty()) {
      blocks.add(new Layout.Paragraph(lines));
    }
  }

  /** Adds a table; rows without cells are dropped, a table without rows is not added. */
  void table(List<Layout.Row> rows) {
    List<Layout.Row> kept = rows.stream().filter(r -> !r.cells().isEmpty()).toList();
    if (!kept.isEmpty() && !kept.stream().allMatch(Layout.Row::isBlank)) {
      blocks.add(new Layout.Table(kept));
    }
  }

  /** A cell from raw text: each line cleaned, blank lines dropped, lines joined with {@code \n}. */
  static Layout.Cell cell(String raw, int rowSpan, int colSpan) {
    return new Layout.Cell(cellText(raw), Math.max(1, rowSpan), Math.max(1, colSpan));
  }

  static String cellText(String raw) {
    List<String> lines = new ArrayList<>();
    for (String piece : raw.split("\n", -1)) {
      String clean = clean(piece);
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return String.join("\n", lines);
  }

  static String clean(String text) {
    return InlineMarkup.collapse(INVISIBLE.matcher(text).replaceAll(""));
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  Layout build() {
    return new Layout(blocks);
  }
}
