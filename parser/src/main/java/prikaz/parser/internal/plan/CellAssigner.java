package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import prikaz.parser.model.Field;

/**
 * Puts the pieces of one row (paragraphs or lines copied out of a table, in reading order) into
 * the table's columns when their number does not match: a cell may have been copied as two pieces
 * (a date and a time) and an empty cell as none. The pieces keep their order; each goes to the
 * column whose kind it fits best (a date to the deadline column, a person to the responsible one,
 * a sentence to the activity), and columns are left empty or shared as little as possible.
 */
final class CellAssigner {
  private static final double EMPTY = -1.0;
  private static final double SHARED = -0.6;

  private CellAssigner() {}

  /** The row's cells, one per column ({@code roles}: a column's role or null), pieces joined by line breaks. */
  static List<String> assign(List<String> pieces, List<Field> roles) {
    int n = pieces.size();
    int m = roles.size();
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      cells.add("");
    }
    if (n == 0 || m == 0) {
      return cells;
    }
    if (n == m) {
      boolean plain = true;
      for (int i = 0; i < n; i++) {
        plain &= fit(pieces.get(i), roles.get(i)) > -2;
      }
      if (plain) {
        return new ArrayList<>(pieces);
      }
    }
    // best[i][c]: the best score with piece i in column c; from[i][c]: the column of piece i - 1.
    double[][] best = new double[n][m];
    int[][] from = new int[n][m];
    for (double[] row : best) {
      Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    for (int c = 0; c < m; c++) {
      best[0][c] = fit(pieces.get(0), roles.get(c)) + EMPTY * c;
    }
    for (int i = 1; i < n; i++) {
      for (int c = 0; c < m; c++) {
        for (int p = 0; p <= c; p++) {
          if (best[i - 1][p] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double step = p == c ? SHARED : EMPTY * (c - p - 1);
          double score = best[i - 1][p] + step + fit(pieces.get(i), roles.get(c));
          if (score > best[i][c]) {
            best[i][c] = score;
            from[i][c] = p;
          }
        }
      }
    }
    int last = 0;
    for (int c = 0; c < m; c++) {
      double score = best[n - 1][c] + EMPTY * (m - 1 - c);
      if (score > best[n - 1][last] + EMPTY * (m - 1 - last)) {
        last = c;
      }
    }
    int[] column = new int[n];
    column[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      column[i - 1] = from[i][column[i]];
    }
    for (int i = 0; i < n; i++) {
      String cell = cells.get(column[i]);
      cells.set(column[i], cell.isEmpty() ? pieces.get(i) : cell + "\n" + pieces.get(i));
    }
    return cells;
  }

  /** How well a piece fits a column of a role. */
  static double fit(String piece, Field role) {
    boolean deadline = CellKinds.isDeadline(piece);
    if (role == Field.DEADLINE) {
      return deadline ? 3 : -3;
    }
    if (deadline) {
      return -2;
    }
    if (role == Field.RESPONSIBLE) {
      return CellKinds.isPerson(piece) ? 2 : 0.5;
    }
    if (role == Field.ACTIVITY) {
      return CellKinds.isPerson(piece) && piece.length() < 40 ? -0.5 : 1.5;
    }
    if (role == Field.NUMBER) {
      return CellKinds.number(piece) != null ? 3 : -3;
    }
    return 0;
  }
}
