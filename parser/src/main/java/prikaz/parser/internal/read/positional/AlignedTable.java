package prikaz.parser.internal.read.positional;

import java.util.ArrayList;
import java.util.List;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.positional.PositionalLayout.Line;

/**
 * A table without drawn lines, found from text alignment: a line cut by wide gaps into three or
 * more pieces is a header; the columns start where its pieces start. The lines below belong to the
 * table while each of their pieces stays inside one column. A line with text in the first column
 * (the number column) starts a row; the lines between are more lines of that row's cells.
 */
final class AlignedTable {
  /** A gap wider than this many font sizes separates two columns. */
  private static final double COLUMN_GAP = 0.9;
  private static final int MIN_COLUMNS = 3;
  private static final java.util.regex.Pattern ROW_NUMBER =
      java.util.regex.Pattern.compile("(?:\\d{1,3}(?:\\.\\d{1,3})*+\\.?|[IVXLC]{1,6}\\.?)");

  /** A table found: where it starts, its rows, the lines it took, and its column starts. */
  record Found(double top, Layout.Table table, List<Line> lines, double[] starts) {}

  private AlignedTable() {}

  /**
   * The aligned tables among a page's lines. {@code carried}: the column starts of a table that
   * ran to the end of the previous page, or null; the lines at the top of this page continue it.
   */
  static List<Found> find(List<Line> lines, double[] carried) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      List<Piece> header = pieces(lines.get(i));
      boolean carriedOver = i == 0 && carried != null;
      if (!carriedOver && (header.size() < MIN_COLUMNS || !rowsFollow(lines, i, header))) {
        i++;
        continue;
      }
      double[] starts = carriedOver ? carried : header.stream().mapToDouble(p -> p.x0).toArray();
      double tolerance = lines.get(i).size;
      List<Line> members = new ArrayList<>(List.of(lines.get(i)));
      int j = i + 1;
      double width = carriedOver
          ? starts[starts.length - 1] - starts[0] + lines.get(i).size * 4
          : lines.get(i).x1 - starts[0];
      while (j < lines.size() && continues(lines.get(j), members.get(members.size() - 1), starts[0], width)) {
        members.add(lines.get(j));
        j++;
      }
      if (members.size() >= 3 || carriedOver) {
        double[] refined = refine(members, starts, tolerance, carriedOver);
        found.add(new Found(lines.get(i).top, table(members, refined, tolerance), members, refined));
        i = j;
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * A line goes on with the table unless a gap wider than two lines comes before it, it starts
   * left of the table, or it is one run of text across most of the table's width (a paragraph).
   */
  private static boolean continues(Line line, Line above, double left, double width) {
    if (line.baseline - above.baseline > line.size * 2.6 || line.x0 < left - line.size) {
      return false;
    }
    List<Piece> pieces = pieces(line);
    return !(pieces.size() == 1 && pieces.get(0).x1 - pieces.get(0).x0 > width * 0.6);
  }

  /**
   * A header candidate is a header when one of the eight lines below it (the header itself may
   * wrap over a few lines first) is a row: three or more pieces, two of them starting under
   * pieces of the header. A justified paragraph with wide spaces has no such neighbour.
   */
  private static boolean rowsFollow(List<Line> lines, int header, List<Piece> headerPieces) {
    for (int k = header + 1; k < Math.min(lines.size(), header + 9); k++) {
      List<Piece> row = pieces(lines.get(k));
      if (row.size() < MIN_COLUMNS) {
        continue;
      }
      double tolerance = lines.get(k).size * 1.5;
      long aligned = row.stream().skip(1)
          .filter(p -> headerPieces.stream().anyMatch(h -> Math.abs(h.x0 - p.x0) <= tolerance))
          .count();
      if (aligned >= 2) {
        return true;
      }
    }
    return false;
  }

  private static Layout.Table table(List<Line> lines, double[] starts, double tolerance) {
    // Rows start at a number in the first column; the lines above the first one are the header
    // (a header cell such as «№ п/п» may wrap over several lines).
    boolean numbered = lines.stream().anyMatch(l -> startsWithNumber(l, starts, tolerance));
    List<List<List<Word>>> rows = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      boolean newRow = l == 0
          || (numbered ? startsWithNumber(line, starts, tolerance) : pieces(line).size() >= 2);
      if (newRow) {
        List<List<Word>> row = new ArrayList<>();
        for (int c = 0; c < starts.length; c++) {
          row.add(new ArrayList<>());
        }
        rows.add(row);
      }
      for (Word word : line.words) {
        rows.get(rows.size() - 1).get(Math.max(0, column(starts, word.x0(), tolerance))).add(word);
      }
    }
    // The right edge of a column's text is as far as its longest line reaches.
    double[] rights = new double[starts.length];
    for (List<List<Word>> row : rows) {
      for (int c = 0; c < starts.length; c++) {
        for (Word word : row.get(c)) {
          rights[c] = Math.max(rights[c], word.x1());
        }
      }
    }
    List<Layout.Row> out = new ArrayList<>();
    for (List<List<Word>> row : rows) {
      List<Layout.Cell> cells = new ArrayList<>();
      for (int c = 0; c < starts.length; c++) {
        List<Line> cellLines = PositionalLayout.lines(row.get(c));
        double left = cellLines.stream().mapToDouble(x -> x.x0).min().orElse(starts[c]);
        double right = rights[c];
        cells.add(new Layout.Cell(String.join("\n", PositionalLayout.join(cellLines, left, right)), 1, 1,
            PositionalLayout.confidence(row.get(c))));
      }
      out.add(new Layout.Row(cells, PositionalLayout.area(row.stream().flatMap(List::stream).toList())));
    }
    return new Layout.Table(out);
  }

  private static boolean startsWithNumber(Line line, double[] starts, double tolerance) {
    Word first = line.words.get(0);
    return column(starts, first.x0(), tolerance) == 0 && ROW_NUMBER.matcher(first.text()).matches();
  }

  /**
   * Column starts from the header and from where the pieces of the lines below start: a column
   * whose header shares a piece with its neighbour («№ Мероприятие» with a narrow gap) still shows
   * in the rows.
   */
  private static double[] refine(List<Line> lines, double[] headerStarts, double tolerance, boolean carried) {
    if (carried) {
      return headerStarts;
    }
    List<Double> xs = new ArrayList<>();
    for (Line line : lines.subList(1, lines.size())) {
      for (Piece piece : pieces(line)) {
        xs.add(piece.x0);
      }
    }
    xs.sort(null);
    List<Double> starts = new ArrayList<>();
    for (double s : headerStarts) {
      starts.add(s);
    }
    int needed = Math.max(2, (lines.size() - 1) / 5);
    int from = 0;
    for (int i = 1; i <= xs.size(); i++) {
      if (i == xs.size() || xs.get(i) - xs.get(i - 1) > tolerance) {
        if (i - from >= needed) {
          double x = xs.get(from);
          if (starts.stream().noneMatch(s -> Math.abs(s - x) <= tolerance * 0.75)) {
            starts.add(x);
          }
        }
        from = i;
      }
    }
    starts.sort(null);
    return starts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int column(double[] starts, double x, double tolerance) {
    int column = -1;
    for (int c = 0; c < starts.length; c++) {
      if (x >= starts[c] - tolerance) {
        column = c;
      }
    }
    return column;
  }

  /** The words of a line in pieces split at gaps wider than {@link #COLUMN_GAP} font sizes. */
  static List<Piece> pieces(Line line) {
    if (isJustified(line)) {
      return List.of(new Piece(line.words));
    }
    List<Piece> pieces = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word word : line.words) {
      if (!current.isEmpty() && word.x0() - current.get(current.size() - 1).x1() > word.size() * COLUMN_GAP) {
        pieces.add(new Piece(current));
        current = new ArrayList<>();
      }
      current.add(word);
    }
    if (!current.isEmpty()) {
      pieces.add(new Piece(current));
    }
    return pieces;
  }

  /**
   * A justified line stretches every space alike: all its gaps are wide and nearly equal, where
   * the gaps between table columns differ with the columns' widths.
   */
  private static boolean isJustified(Line line) {
    if (line.words.size() < 4) {
      return false;
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int i = 1; i < line.words.size(); i++) {
      double gap = line.words.get(i).x0() - line.words.get(i - 1).x1();
      min = Math.min(min, gap);
      max = Math.max(max, gap);
    }
    return min > line.size * COLUMN_GAP && max < min * 1.3;
  }

  /** Words of a line between two wide gaps. */
  static final class Piece {
    final List<Word> words;
    final double x0;
    final double x1;

    Piece(List<Word> words) {
      this.words = List.copyOf(words);
      this.x0 = words.get(0).x0();
      this.x1 = words.get(words.size() - 1).x1();
    }
  }
}
