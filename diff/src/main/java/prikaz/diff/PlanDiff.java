package prikaz.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import prikaz.diff.OrderDiff.Document;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.HeaderChanges;
import prikaz.diff.OrderDiff.PlanChanges;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.diff.OrderDiff.Status;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;

/**
 * Compares two orders, typically one year's plan and the next. Rows are renumbered every year, so
 * they are never matched by «№»: each activity becomes a set of Russian stems ({@link Words}),
 * two rows are as similar as the IDF-weighted Dice coefficient of their sets ({@link Similarity}),
 * and the rows are paired one to one by the assignment of greatest total similarity (the Hungarian
 * algorithm, {@link RowPairing}), pairs under the threshold left unmatched; section and position
 * break ties. Plans are paired by title and content first ({@link PlanPairing}). Deadlines are
 * compared by their place in the plan's year ({@link PlanYear}): «сентябрь 2022» in a 2022-2023
 * plan and «сентябрь 2023» in the 2023-2024 plan are the same timing.
 */
public final class PlanDiff {
  /**
   * The least similarity of two activities taken as the same row, chosen from the precision and
   * recall measured on the test pairs and the unrelated samples (PlanDiffTest): recall is 1 up to
   * 0.7 and precision 0.94 from 0.6 (0.88 at 0.5, 0.68 at 0.4); the lowest of the two, to leave
   * room for rewordings heavier than the test pairs' (their least similar true pair: 0.74).
   */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private final double threshold;

  private PlanDiff(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Compares {@code before} (the older order) with {@code after}, at {@link #DEFAULT_THRESHOLD}.
   *
   * @param before the older order
   * @param after the newer order
   * @return what changed from {@code before} to {@code after}
   */
  public static OrderDiff compare(Order before, Order after) {
    return compare(before, after, DEFAULT_THRESHOLD);
  }

  /**
   * Compares with rows paired only when their activities are at least {@code threshold} alike.
   *
   * @param before the older order
   * @param after the newer order
   * @param threshold the least similarity of two paired rows, in (0, 1]
   * @return what changed from {@code before} to {@code after}
   * @throws IllegalArgumentException if the threshold is outside (0, 1]
   */
  public static OrderDiff compare(Order before, Order after, double threshold) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    return new PlanDiff(threshold).run(before, after);
  }

  private OrderDiff run(Order before, Order after) {
    HeaderChanges header = HeaderComparison.compare(before.header(), after.header());
    List<PlanChanges> plans = new ArrayList<>();
    List<Plan> left = before.plans();
    List<Plan> right = after.plans();
    int[] pairs = PlanPairing.pair(left, right);
    int yearShift = PlanYear.shift(before.header().date(), after.header().date());
    RowPairing rows = new RowPairing(threshold);
    Interleaving.walk(left.size(), right.size(), pairs,
        i -> plans.add(PlanPairing.onlyOneSide(left.get(i), Status.removed)),
        (i, j) -> plans.add(i < 0 ? PlanPairing.onlyOneSide(right.get(j), Status.added)
            : rows.compare(left.get(i), right.get(j), yearShift)));
    boolean plansSame = plans.stream().allMatch(p -> p.status() == Status.unchanged);
    return new OrderDiff(OrderDiff.SCHEMA, document(before), document(after), plansSame && header.count() == 0,
        threshold, summary(plans, header), header, plans);
  }

  private static OrderDiff.Summary summary(List<PlanChanges> plans, HeaderChanges header) {
    int unchanged = 0;
    int changed = 0;
    int added = 0;
    int removed = 0;
    Map<String, Integer> fields = new TreeMap<>();
    for (PlanChanges plan : plans) {
      for (RowChanges row : plan.rows()) {
        switch (row.status()) {
          case unchanged -> unchanged++;
          case changed -> changed++;
          case added -> added++;
          case removed -> removed++;
        }
        for (FieldChange change : row.changes()) {
          fields.merge(change.field().key(), 1, Integer::sum);
        }
      }
    }
    return new OrderDiff.Summary(unchanged, changed, added, removed, header.count(), fields);
  }

  private static Document document(Order order) {
    Header h = order.header();
    return new Document(order.source().file(), h.docType(), h.date(), h.number(), h.title());
  }
}
