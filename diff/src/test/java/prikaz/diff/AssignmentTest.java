package prikaz.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Hungarian algorithm against trying every assignment, on random square and rectangular matrices. */
class AssignmentTest {
  @Test
  void findsTheLeastTotalCost() {
    Random random = new Random(20261124);
    for (int trial = 0; trial < 300; trial++) {
      int rows = 1 + random.nextInt(6);
      int columns = 1 + random.nextInt(6);
      double[][] cost = new double[rows][columns];
      for (double[] line : cost) {
        for (int j = 0; j < columns; j++) {
          line[j] = random.nextInt(4) == 0 ? 1.0 : random.nextDouble();
        }
      }
      int[] assigned = Assignment.solve(cost);
      assertEquals(best(cost, 0, new boolean[columns]), total(cost, assigned), 1e-9, "trial " + trial);
      long used = java.util.Arrays.stream(assigned).filter(j -> j >= 0).distinct().count();
      assertEquals(Math.min(rows, columns), used, "one to one");
    }
  }

  @Test
  void greedyIsNotOptimal() {
    // Greedy takes 0→0 (0.1) and leaves 1→1 (0.9): 1.0 in all; the best is 0.3 + 0.3.
    assertArrayEquals(new int[] {1, 0}, Assignment.solve(new double[][] {{0.1, 0.3}, {0.3, 0.9}}));
    assertArrayEquals(new int[0], Assignment.solve(new double[0][0]));
  }

  private static double total(double[][] cost, int[] assigned) {
    double sum = 0;
    for (int i = 0; i < assigned.length; i++) {
      if (assigned[i] >= 0) {
        sum += cost[i][assigned[i]];
      }
    }
    return sum;
  }

  /** The least cost of assigning rows from {@code row} on, each to a free column or (if rows outnumber columns) none. */
  private static double best(double[][] cost, int row, boolean[] used) {
    if (row == cost.length) {
      return 0;
    }
    int free = 0;
    for (boolean u : used) {
      free += u ? 0 : 1;
    }
    double best = Double.POSITIVE_INFINITY;
    if (cost.length - row > free) {
      best = best(cost, row + 1, used); // this row goes without
    }
    for (int j = 0; j < used.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, cost[row][j] + best(cost, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
