package prikaz.parser.internal.read.positional;

import java.util.ArrayList;
import java.util.List;
import prikaz.parser.internal.read.positional.RuledTable.GridCell;

/**
 * A table that goes on from the page before without its header row is read in the columns of the
 * table it continues: its cells are placed by where they stand across the page, not by their
 * count. A continuation page whose grid differs — a column border lost by the scan, a border of
 * another part of the page that cuts through the columns, columns drawn a little aside — would
 * otherwise put its cells under the wrong header once the parts are joined by column index. It
 * applies to the first table of a page when the table the previous page ended with has the same
 * outer borders (within {@value #SAME_EDGE} points) and at least half of its inner borders are
 * found here too; the columns are those of the first part of the table (where its header is), so a
 * table running over several pages is read in one set of columns. Each cell goes to the column it
 * overlaps most (a cell as wide as two columns, its words each where they stand); cells falling
 * in one column are read as one.
 */
final class ContinuedColumns {
  /** Outer borders this close (points) are the same table's. */
  static final double SAME_EDGE = 7;

  private ContinuedColumns() {}

  /**
   * Whether a table with column borders {@code xs} goes on from one with {@code before}: the same
   * outer borders, and at least half of the inner ones found again.
   */
  static boolean continues(double[] xs, double[] before) {
    if (before == null || Math.abs(xs[0] - before[0]) > SAME_EDGE
        || Math.abs(xs[xs.length - 1] - before[before.length - 1]) > SAME_EDGE) {
      return false;
    }
    // Another table that happens to fill the same width shares few of the inner borders.
    int shared = 0;
    for (int i = 1; i + 1 < before.length; i++) {
      for (double x : xs) {
        if (Math.abs(x - before[i]) <= SAME_EDGE) {
          shared++;
          break;
        }
      }
    }
    return shared * 2 >= before.length - 2;
  }

  /** Whether the column borders are the same, within the rulings' tolerance. */
  static boolean same(double[] xs, double[] before) {
    boolean same = xs.length == before.length;
    for (int i = 0; same && i < xs.length; i++) {
      same = Math.abs(xs[i] - before[i]) <= RuledTable.TOLERANCE * 2;
    }
    return same;
  }

  /** The rows with their cells placed in the columns between {@code xs}; as they are if a cell spans rows. */
  static List<List<GridCell>> place(List<List<GridCell>> rows, double[] xs) {
    if (rows.stream().flatMap(List::stream).anyMatch(c -> c.rowSpan() != 1)) {
      return rows;
    }
    List<List<GridCell>> out = new ArrayList<>();
    for (List<GridCell> row : rows) {
      GridCell[] placed = new GridCell[xs.length - 1];
      int firstRow = row.isEmpty() ? 0 : row.get(0).firstRow;
      for (GridCell cell : row) {
        int c = column(cell.left, cell.right, xs);
        double width = cell.right - cell.left;
        double inside = Math.min(cell.right, xs[c + 1]) - Math.max(cell.left, xs[c]);
        // A cell as wide as two columns or more (a border lost between them): each word where it
        // stands. A cell drawn a little aside goes whole where most of it is.
        boolean across = inside < width * 2 / 3 && width > 1.3 * (xs[c + 1] - xs[c]);
        for (Word word : cell.words) {
          int to = across ? column(word.x0(), word.x1(), xs) : c;
          if (placed[to] == null) {
            // The cell keeps its own edges (where its lines wrapped), within the column's.
            placed[to] = cell(firstRow, to, xs);
            placed[to].left = across ? Math.max(cell.left, xs[to]) : cell.left;
            placed[to].right = across ? Math.min(cell.right, xs[to + 1]) : cell.right;
          }
          placed[to].words.add(word);
        }
      }
      List<GridCell> cells = new ArrayList<>();
      for (int c = 0; c < placed.length; c++) {
        cells.add(placed[c] != null ? placed[c] : cell(firstRow, c, xs));
      }
      out.add(cells);
    }
    return out;
  }

  private static GridCell cell(int row, int column, double[] xs) {
    GridCell cell = new GridCell(row, column);
    cell.left = xs[column];
    cell.right = xs[column + 1];
    return cell;
  }

  /** The column the span overlaps most. */
  private static int column(double left, double right, double[] xs) {
    int best = 0;
    double most = -1;
    for (int c = 0; c + 1 < xs.length; c++) {
      double overlap = Math.min(right, xs[c + 1]) - Math.max(left, xs[c]);
      if (overlap > most) {
        most = overlap;
        best = c;
      }
    }
    return best;
  }
}
