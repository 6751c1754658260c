package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import prikaz.parser.model.Field;
import prikaz.parser.internal.read.Layout;

/**
 * A table copied as cells that «|» ends or separates, wherever the lines break: «N п/п |» /
 * «Мероприятия |» / «Срок¶исполнения |», or «№¶пп¶|¶Наименование работ¶|». The header cells give
 * the number of columns; the cells after them fill rows of that many. A row of one text where an
 * item number was due («1. Подготовительные мероприятия» before «1») is a section line, and a
 * lone «|» between rows of cells that each end with «|» only separates the rows.
 */
final class PipeCells {
  private PipeCells() {}

  static boolean isPipeText(Layout.Paragraph paragraph) {
    long pipes = paragraph.lines().stream().filter(l -> l.indexOf('|') >= 0).count();
    return pipes >= 3 && pipes * 4 >= paragraph.lines().size();
  }

  static ImplicitTables.Found read(Layout.Paragraph paragraph, int block) {
    List<String> pieces = new ArrayList<>(Arrays.asList(String.join("\n", paragraph.lines()).split("\\|", -1)));
    int h = 0;
    List<String> before = List.of();
    while (h + 1 < pieces.size()) {
      String tail = headerTail(pieces.get(h));
      if (tail != null && HeaderWords.isHeaderCell(pieces.get(h + 1))) {
        List<String> lines = List.of(pieces.get(h).split("\n"));
        int tailLines = tail.split("\n").length;
        before = new ArrayList<>();
        for (int p = 0; p < h; p++) {
          before.addAll(List.of(pieces.get(p).split("\n")));
        }
        before.addAll(lines.subList(0, lines.size() - tailLines));
        pieces.set(h, tail);
        break;
      }
      h++;
    }
    if (h + 1 >= pieces.size()) {
      return null;
    }
    int k = h;
    while (k < pieces.size() && HeaderWords.isHeaderCell(pieces.get(k).replace('\n', ' '))) {
      k++;
    }
    if (k == pieces.size()) {
      return null; // header cells to the end of the text, no row after them: not a table
    }
    List<String> header = pieces.subList(h, k).stream().map(ImplicitTables::clean).toList();
    if (!HeaderWords.isPlanHeader(header)) {
      return null;
    }
    int width = header.size();
    String after = pieces.get(pieces.size() - 1);
    List<String> cells = new ArrayList<>(pieces.subList(k, pieces.size() - 1));
    dropRowSeparators(cells, width);
    boolean numbered = FieldWords.of(header.get(0)) == Field.NUMBER;
    List<Layout.Row> rows = new ArrayList<>();
    rows.add(ImplicitTables.row(header, width));
    int p = 0;
    while (p < cells.size()) {
      if (numbered) {
        // Empty cells before a number or a lone text are left from page breaks and section lines.
        int q = nextFilled(cells, p);
        if (q < cells.size() && CellKinds.number(cells.get(q).strip()) != null) {
          p = q;
        } else if (q < cells.size()) {
          int next = nextFilled(cells, q + 1);
          if (next < cells.size() && next - q <= width && CellKinds.number(cells.get(next).strip()) != null) {
            rows.add(ImplicitTables.row(List.of(cells.get(q).strip()), width));
            p = next;
            continue;
          }
        }
      }
      List<String> row = cells.subList(p, Math.min(cells.size(), p + width));
      if (!row.stream().allMatch(String::isBlank)) {
        rows.add(ImplicitTables.row(row, width));
      }
      p += width;
    }
    List<Layout.Block> out = new ArrayList<>();
    ImplicitTables.addParagraph(out, before);
    out.add(new Layout.Table(rows));
    ImplicitTables.addParagraph(out, List.of(after.split("\n")));
    return new ImplicitTables.Found(out, block + 1);
  }

  private static int nextFilled(List<String> cells, int from) {
    int q = from;
    while (q < cells.size() && cells.get(q).isBlank()) {
      q++;
    }
    return q;
  }

  /** The header cell at the end of the text before the first «|»: its last one to three lines. */
  private static String headerTail(String piece) {
    String[] lines = piece.strip().split("\n");
    for (int n = Math.min(3, lines.length); n >= 1; n--) {
      String tail = String.join("\n", Arrays.asList(lines).subList(lines.length - n, lines.length));
      if (HeaderWords.isHeaderCell(tail.replace('\n', ' '))) {
        return tail;
      }
    }
    return null;
  }

  /**
   * «| ¶ Название | ¶ Дата | ¶ | ¶ Ярмарка | …»: when every cell ends with «|» and a lone «|»
   * stands between rows, every (width + 1)-th cell is empty; those are separators, not cells.
   */
  private static void dropRowSeparators(List<String> cells, int width) {
    int period = width + 1;
    if (cells.size() < 2 * period) {
      return;
    }
    for (int p = 0; p < cells.size(); p += period) {
      if (!cells.get(p).isBlank()) {
        return;
      }
    }
    for (int p = (cells.size() - 1) / period * period; p >= 0; p -= period) {
      cells.remove(p);
    }
  }
}
