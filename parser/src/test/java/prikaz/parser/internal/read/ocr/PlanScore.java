package prikaz.parser.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;

/**
 * How well a plan read from a poor image matches the one read from a good source: the share of
 * the reference's rows found again (same item number, activity at least {@value #MATCH} alike) and
 * the mean likeness of their activities (1 − edit distance / length; 0 for a row not found).
 */
record PlanScore(int reference, int matched, double similarity) {
  static final double MATCH = 0.8;

  double rowShare() {
    return reference == 0 ? 0 : matched / (double) reference;
  }

  static PlanScore of(Order expected, Order got) {
    List<Item> want = items(expected);
    List<Item> have = new ArrayList<>(items(got));
    int matched = 0;
    double sum = 0;
    for (Item item : want) {
      Item best = null;
      double bestLikeness = -1;
      for (Item candidate : have) {
        if (java.util.Objects.equals(candidate.number(), item.number())) {
          double likeness = likeness(item.activity(), candidate.activity());
          if (likeness > bestLikeness) {
            best = candidate;
            bestLikeness = likeness;
          }
        }
      }
      if (best != null) {
        have.remove(best);
        sum += bestLikeness;
        matched += bestLikeness >= MATCH ? 1 : 0;
      }
    }
    return new PlanScore(want.size(), matched, want.isEmpty() ? 0 : sum / want.size());
  }

  /** Every item of every plan, sub-items after their item. */
  static List<Item> items(Order order) {
    List<Item> items = new ArrayList<>();
    for (Plan plan : order.plans()) {
      for (Item item : plan.items()) {
        items.add(item);
        items.addAll(item.subitems());
      }
    }
    return items;
  }

  static double likeness(String a, String b) {
    String x = a == null ? "" : a.replaceAll("\\s+", " ").strip();
    String y = b == null ? "" : b.replaceAll("\\s+", " ").strip();
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1 - previous[y.length()] / (double) Math.max(x.length(), y.length());
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d of %d rows, activity %.3f", matched, reference, similarity);
  }
}
