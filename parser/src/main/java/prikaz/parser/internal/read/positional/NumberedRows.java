package prikaz.parser.internal.read.positional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.internal.read.positional.PositionalLayout.Line;
import prikaz.parser.internal.read.positional.RuledTable.GridCell;

/**
 * Rows of a ruled table whose row borders are missing: drawn without them, or lost by the scan (a
 * fax drops a hairline across the page). A grid row whose first column holds two or more item
 * numbers, each starting a line, is that many rows: each number starts one. The row border between
 * two numbers is put in the widest gap between lines of text, in any column, above the later number
 * (the padding between rows is wider than the spacing of lines, whether cells are set at the top or
 * in the middle). Text above the first number is a row of its own (a header, or the end of a row
 * from the page before) when a gap wider than a line's spacing parts it from the number's line.
 * Only rows whose cells span no other row are split.
 */
final class NumberedRows {
  /**
   * «1», «12.», «3.2.», «1.2.4» (OCR may read a dot as a comma, or lose the last): an item number;
   * not a date («01.09», «15.10»).
   */
  private static final Pattern NUMBER =
      Pattern.compile("(?:[1-9]\\d{0,2}+[.,]?|[1-9]\\d{0,2}+(?:[.,][1-9]\\d{0,2}+)++[.,]"
          + "|[1-9]\\d{0,2}+(?:[.,][1-9]\\d{0,2}+){2,}+|[IVXLC]{1,6}+\\.)");
  /** A gap this many font sizes tall is more than the spacing between the lines of one cell. */
  private static final double ROW_GAP = 0.6;

  private NumberedRows() {}

  static List<List<GridCell>> split(List<List<GridCell>> grid) {
    List<List<GridCell>> out = new ArrayList<>();
    for (List<GridCell> row : grid) {
      out.addAll(splitRow(row));
    }
    return out;
  }

  private static List<List<GridCell>> splitRow(List<GridCell> row) {
    if (row.isEmpty() || row.get(0).firstColumn != 0 || row.stream().anyMatch(c -> c.rowSpan() != 1)) {
      return List.of(row);
    }
    List<Line> numbered = PositionalLayout.lines(row.get(0).words).stream()
        .filter(l -> NUMBER.matcher(l.words.get(0).text()).matches())
        .toList();
    if (numbered.size() < 2) {
      return List.of(row);
    }
    List<Word> all = row.stream().flatMap(c -> c.words.stream()).sorted(Comparator.comparingDouble(Word::top)).toList();
    List<Double> borders = new ArrayList<>();
    Gap first = widestGap(all, Double.NEGATIVE_INFINITY, numbered.get(0).top);
    if (first != null && first.size >= ROW_GAP * numbered.get(0).size) {
      borders.add(first.middle);
    }
    for (int k = 1; k < numbered.size(); k++) {
      Gap gap = widestGap(all, numbered.get(k - 1).baseline, numbered.get(k).top);
      borders.add(gap == null ? numbered.get(k).top - 0.5 : gap.middle);
    }
    List<List<GridCell>> rows = new ArrayList<>();
    for (int part = 0; part <= borders.size(); part++) {
      double from = part == 0 ? Double.NEGATIVE_INFINITY : borders.get(part - 1);
      double to = part == borders.size() ? Double.POSITIVE_INFINITY : borders.get(part);
      List<GridCell> cells = new ArrayList<>();
      for (GridCell cell : row) {
        GridCell piece = new GridCell(cell.firstRow, cell.firstColumn);
        piece.extend(cell.lastRow, cell.lastColumn);
        piece.left = cell.left;
        piece.right = cell.right;
        for (Word word : cell.words) {
          if (word.centerY() >= from && word.centerY() < to) {
            piece.words.add(word);
          }
        }
        cells.add(piece);
      }
      rows.add(cells);
    }
    return rows;
  }

  private record Gap(double size, double middle) {}

  /** The widest stretch between {@code from} and {@code to} that no word's height covers. */
  private static Gap widestGap(List<Word> words, double from, double to) {
    Gap best = null;
    double reached = Double.NaN;
    for (Word word : words) {
      double top = word.top();
      double bottom = word.baseline() + word.size() * 0.2;
      if (bottom <= from || top >= to) {
        continue;
      }
      if (!Double.isNaN(reached) && top > reached) {
        Gap gap = new Gap(top - reached, (top + reached) / 2);
        if (best == null || gap.size > best.size) {
          best = gap;
        }
      }
      reached = Double.isNaN(reached) ? bottom : Math.max(reached, bottom);
    }
    if (!Double.isNaN(reached) && to > reached && to != Double.POSITIVE_INFINITY) {
      Gap gap = new Gap(to - reached, (to + reached) / 2);
      if (best == null || gap.size > best.size) {
        best = gap;
      }
    }
    return best;
  }
}
