package prikaz.parser.internal.read.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table whose horizontal borders were lost and whose vertical ones were not: a fax's 98 lines
 * per inch drop a hairline across the page, while a hairline down it stays. Three or more long
 * vertical lines that start together and end together are a table's columns; where no horizontal
 * line meets their tops (or their bottoms), the table's top (bottom) border is drawn back. A column
 * border that starts or stops inside the table, meeting nothing there, starts or stops at a row
 * border: where two or more do at one height the columns change there (a table under a table) and
 * the border crosses the table; where one does, it runs to the column borders beside. The rows
 * between are then found from the words ({@code NumberedRows} in the positional reader).
 */
final class LostBorders {
  /** Column borders this much apart at their ends still start (or end) together. */
  private static final double SAME_END_INCH = 0.12;
  private static final double MIN_COLUMN_INCH = 0.5;
  private static final int MIN_BORDERS = 3;
  private static final double MIN_WIDTH_INCH = 2.0;

  private LostBorders() {}

  /** The borders drawn back; none for a table whose borders all meet. */
  static List<LineFinder.Line> frame(List<LineFinder.Line> lines, double dpi, int reach) {
    List<LineFinder.Line> columns = new ArrayList<>();
    List<LineFinder.Line> horizontals = new ArrayList<>();
    for (LineFinder.Line line : lines) {
      if (line.horizontal()) {
        horizontals.add(line);
      } else if (line.length() >= MIN_COLUMN_INCH * dpi) {
        columns.add(line);
      }
    }
    columns.sort(Comparator.comparingInt(LineFinder.Line::from));
    double same = SAME_END_INCH * dpi;
    List<LineFinder.Line> drawn = new ArrayList<>();
    boolean[] used = new boolean[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      if (used[i]) {
        continue;
      }
      List<LineFinder.Line> group = new ArrayList<>();
      for (int j = i; j < columns.size(); j++) {
        LineFinder.Line a = columns.get(i);
        LineFinder.Line b = columns.get(j);
        if (!used[j] && Math.abs(a.from() - b.from()) <= same && Math.abs(a.to() - b.to()) <= same) {
          group.add(b);
          used[j] = true;
        }
      }
      double left = group.stream().mapToDouble(LineFinder.Line::position).min().orElse(0);
      double right = group.stream().mapToDouble(LineFinder.Line::position).max().orElse(0);
      if (group.size() < MIN_BORDERS || right - left < MIN_WIDTH_INCH * dpi) {
        continue;
      }
      int top = group.stream().mapToInt(LineFinder.Line::from).min().orElse(0);
      int bottom = group.stream().mapToInt(LineFinder.Line::to).max().orElse(0);
      boolean topMet = group.stream().filter(v -> met(v, v.from(), horizontals, reach)).count() * 2 > group.size();
      boolean bottomMet = group.stream().filter(v -> met(v, v.to(), horizontals, reach)).count() * 2 > group.size();
      if (topMet && bottomMet) {
        continue;
      }
      // The border runs to the outermost column borders that end there too (the table's sides may
      // reach further down, past a border that survived).
      if (!topMet) {
        drawn.add(across(top, edge(columns, top, same, true, -1, left), edge(columns, top, same, true, 1, right)));
      }
      if (!bottomMet) {
        drawn.add(across(bottom, edge(columns, bottom, same, false, -1, left),
            edge(columns, bottom, same, false, 1, right)));
      }
      inner(columns, horizontals, top, bottom, left, right, same, reach, drawn);
    }
    return drawn;
  }

  /**
   * The leftmost ({@code side} -1) or rightmost column border starting (ending) at {@code y}; then,
   * if a column border runs on across {@code y} further out (the table's side, where only the
   * inner columns change), the nearest such one.
   */
  private static double edge(List<LineFinder.Line> columns, int y, double same, boolean starts, int side, double x) {
    double edge = x;
    for (LineFinder.Line v : columns) {
      if (Math.abs((starts ? v.from() : v.to()) - y) <= same && (v.position() - edge) * side > 0) {
        edge = v.position();
      }
    }
    double side0 = edge;
    for (LineFinder.Line v : columns) {
      if (v.from() < y - same && v.to() > y + same && (v.position() - side0) * side > 0
          && (edge == side0 || (v.position() - edge) * side < 0)) {
        edge = v.position();
      }
    }
    return edge;
  }

  private static LineFinder.Line across(double y, double left, double right) {
    return new LineFinder.Line(true, y, (int) Math.floor(left), (int) Math.ceil(right), 1);
  }

  /** Whether a horizontal line meets the vertical one at its end {@code y}. */
  private static boolean met(LineFinder.Line vertical, int y, List<LineFinder.Line> horizontals, int reach) {
    double x = vertical.at(y);
    return horizontals.stream().anyMatch(h -> Math.abs(h.at(x) - y) <= reach && x >= h.from() - reach
        && x <= h.to() + reach);
  }

  private static void inner(List<LineFinder.Line> columns, List<LineFinder.Line> horizontals, int top, int bottom,
      double left, double right, double same, int reach, List<LineFinder.Line> drawn) {
    List<LineFinder.Line> inside = new ArrayList<>();
    for (LineFinder.Line v : columns) {
      if (v.from() >= top - same && v.to() <= bottom + same && v.position() >= left - same
          && v.position() <= right + same) {
        inside.add(v);
      }
    }
    List<int[]> ends = new ArrayList<>(); // {y, x}
    for (LineFinder.Line v : inside) {
      if (v.from() > top + same && !met(v, v.from(), horizontals, reach)) {
        ends.add(new int[] {v.from(), (int) Math.round(v.position())});
      }
      if (v.to() < bottom - same && !met(v, v.to(), horizontals, reach)) {
        ends.add(new int[] {v.to(), (int) Math.round(v.position())});
      }
    }
    ends.sort(Comparator.comparingInt(e -> e[0]));
    int i = 0;
    while (i < ends.size()) {
      int j = i + 1;
      while (j < ends.size() && ends.get(j)[0] - ends.get(j - 1)[0] <= same) {
        j++;
      }
      int y = (int) Math.round(ends.subList(i, j).stream().mapToInt(e -> e[0]).average().orElse(0));
      if (j - i >= 2) {
        drawn.add(across(y, left, right));
      } else {
        int x = ends.get(i)[1];
        double from = left;
        double to = right;
        for (LineFinder.Line v : inside) {
          if (v.from() < y - same && v.to() > y + same) {
            if (v.position() < x) {
              from = Math.max(from, v.position());
            } else if (v.position() > x) {
              to = Math.min(to, v.position());
            }
          }
        }
        drawn.add(across(y, from, to));
      }
      i = j;
    }
  }
}
