package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import prikaz.parser.internal.read.Layout;

/**
 * Plan tables whose grid was lost on the way: copied out of a web page or a PDF viewer, a table
 * comes as one cell per line or paragraph, as cells ended by «|», or as one line per row. A run
 * of text becomes a table only when it starts with a row of header cells that names plan columns
 * (see {@link HeaderWords}); the header then says how many columns there are. A document with a
 * table drawn as a grid is left as it is: an explicit grid stays the first choice.
 */
public final class ImplicitTables {

  /** What a reader found: the blocks that replace blocks {@code [from, to)}. */
  record Found(List<Layout.Block> blocks, int to) {}

  private ImplicitTables() {}

  /** The layout with plan tables inferred from its paragraphs, or the layout itself. */
  public static Layout infer(Layout layout) {
    List<Layout.Block> blocks = layout.blocks();
    if (blocks.stream().anyMatch(b -> b instanceof Layout.Table t && PlanExtractor.isPlanTable(t))) {
      return layout;
    }
    List<Layout.Block> out = new ArrayList<>();
    boolean changed = false;
    int b = 0;
    while (b < blocks.size()) {
      Found found = blocks.get(b) instanceof Layout.Paragraph ? read(blocks, b) : null;
      if (found == null) {
        out.add(blocks.get(b));
        b++;
        continue;
      }
      out.addAll(found.blocks());
      b = found.to();
      changed = true;
    }
    return changed ? new Layout(out) : layout;
  }

  private static Found read(List<Layout.Block> blocks, int b) {
    Layout.Paragraph paragraph = (Layout.Paragraph) blocks.get(b);
    if (PipeCells.isPipeText(paragraph)) {
      Found found = PipeCells.read(paragraph, b);
      if (found != null) {
        return found;
      }
    }
    Found flat = FlatRows.read(blocks, b);
    return flat != null ? flat : ParagraphCells.read(blocks, b);
  }

  /** A row of cells; a single text over the whole width is a section line. */
  static Layout.Row row(List<String> cells, int width) {
    List<Layout.Cell> out = new ArrayList<>();
    List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
    if (filled.size() == 1 && cells.size() == 1 && width > 1) {
      return new Layout.Row(List.of(new Layout.Cell(filled.get(0), 1, width)));
    }
    for (int c = 0; c < width; c++) {
      out.add(new Layout.Cell(c < cells.size() ? clean(cells.get(c)) : ""));
    }
    return new Layout.Row(out);
  }

  /** A cell's text: lines stripped, spaces collapsed, blank lines dropped. */
  static String clean(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    return String.join("\n", lines);
  }

  /**
   * The text next to an inferred table, a paragraph a line: the lines of an appendix block, a
   * title and its continuation ran together with the table's cells, so their paragraphs are lost.
   */
  static void addParagraph(List<Layout.Block> out, List<String> lines) {
    for (String line : lines) {
      if (!line.isBlank()) {
        out.add(new Layout.Paragraph(List.of(line.strip())));
      }
    }
  }
}
