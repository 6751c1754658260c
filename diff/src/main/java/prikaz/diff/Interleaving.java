package prikaz.diff;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/** The order of a report: the newer side's order, each removed element just before where it stood. */
final class Interleaving {
  private Interleaving() {}

  /**
   * Walks the newer side in its order, calling {@code after(i, j)} for each of its elements (i:
   * the older one paired with it, or -1), and {@code removed(i)} for each unpaired older element
   * just before the first newer element whose partner stands after it.
   */
  static void walk(int left, int right, int[] match, IntConsumer removed, BiConsumer<Integer, Integer> after) {
    int[] matchedBy = new int[right];
    Arrays.fill(matchedBy, -1);
    for (int i = 0; i < left; i++) {
      if (match[i] >= 0) {
        matchedBy[match[i]] = i;
      }
    }
    int next = 0;
    for (int j = 0; j <= right; j++) {
      int limit = j == right ? left : matchedBy[j];
      while (next < left && next <= limit) {
        if (match[next] < 0) {
          removed.accept(next);
        }
        next++;
      }
      if (j < right) {
        after.accept(matchedBy[j], j);
      }
    }
  }
}
