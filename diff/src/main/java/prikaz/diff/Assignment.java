package prikaz.diff;

import java.util.Arrays;

/**
 * The optimal one-to-one assignment of rows to columns of a cost matrix (the Hungarian algorithm
 * with potentials, O(n²·m)): the pairing with the least total cost, not the greedy first match.
 */
final class Assignment {
  private Assignment() {}

  /**
   * For each row, the column assigned to it, or -1 when there are more rows than columns and the
   * row is left over. Costs must be finite.
   */
  static int[] solve(double[][] cost) {
    int rows = cost.length;
    int columns = rows == 0 ? 0 : cost[0].length;
    if (rows == 0 || columns == 0) {
      int[] none = new int[rows];
      Arrays.fill(none, -1);
      return none;
    }
    if (rows > columns) {
      // The algorithm below needs rows ≤ columns: solve the transpose and turn it back.
      double[][] transposed = new double[columns][rows];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          transposed[j][i] = cost[i][j];
        }
      }
      int[] byColumn = solve(transposed);
      int[] byRow = new int[rows];
      Arrays.fill(byRow, -1);
      for (int j = 0; j < columns; j++) {
        if (byColumn[j] >= 0) {
          byRow[byColumn[j]] = j;
        }
      }
      return byRow;
    }
    // 1-based arrays: u, v potentials; p[j] the row matched to column j; way[j] the previous column.
    double[] u = new double[rows + 1];
    double[] v = new double[columns + 1];
    int[] p = new int[columns + 1];
    int[] way = new int[columns + 1];
    for (int i = 1; i <= rows; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[columns + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[columns + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= columns; j++) {
          if (!used[j]) {
            double reduced = cost[i0 - 1][j - 1] - u[i0] - v[j];
            if (reduced < minv[j]) {
              minv[j] = reduced;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= columns; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assigned = new int[rows];
    Arrays.fill(assigned, -1);
    for (int j = 1; j <= columns; j++) {
      if (p[j] != 0) {
        assigned[p[j] - 1] = j - 1;
      }
    }
    return assigned;
  }
}
