package prikaz.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import prikaz.diff.OrderDiff.PlanChanges;
import prikaz.diff.OrderDiff.PlanSide;
import prikaz.diff.OrderDiff.Row;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.diff.OrderDiff.Status;
import prikaz.parser.model.Item;
import prikaz.parser.model.Plan;

/** Which plan of the newer order continues which plan of the older one, and the rows of a plan. */
final class PlanPairing {
  /** Plans are paired when their titles or contents are at least this alike. */
  private static final double PLAN_THRESHOLD = 0.3;

  private PlanPairing() {}

  /** For each older plan, the newer plan paired with it or -1: one each is always a pair. */
  static int[] pair(List<Plan> left, List<Plan> right) {
    int[] pairs = new int[left.size()];
    Arrays.fill(pairs, -1);
    if (left.size() == 1 && right.size() == 1) {
      pairs[0] = 0;
      return pairs;
    }
    if (left.isEmpty() || right.isEmpty()) {
      return pairs;
    }
    double[][] cost = new double[left.size()][right.size()];
    double[][] similarity = new double[left.size()][right.size()];
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        double s = similarity(left.get(i), right.get(j));
        similarity[i][j] = s;
        cost[i][j] = s >= PLAN_THRESHOLD ? 1 - s + Similarity.TIE_BREAK * Math.abs(i - j) : 1;
      }
    }
    int[] assigned = Assignment.solve(cost);
    for (int i = 0; i < left.size(); i++) {
      if (assigned[i] >= 0 && similarity[i][assigned[i]] >= PLAN_THRESHOLD) {
        pairs[i] = assigned[i];
      }
    }
    return pairs;
  }

  /** How alike two plans are: by title or by the stems of all their activities, whichever is more. */
  static double similarity(Plan a, Plan b) {
    return Math.max(Similarity.dice(Set.copyOf(Words.stems(a.title())), Set.copyOf(Words.stems(b.title()))),
        Similarity.dice(stems(a), stems(b)));
  }

  private static Set<String> stems(Plan plan) {
    Set<String> stems = new HashSet<>();
    for (Row row : rows(plan)) {
      stems.addAll(Words.stems(row.activity()));
    }
    return stems;
  }

  static PlanSide side(Plan plan) {
    return new PlanSide(plan.title(), plan.period(), rows(plan).size());
  }

  /** A plan that only one order has: every row added (or removed). */
  static PlanChanges onlyOneSide(Plan plan, Status status) {
    List<RowChanges> rows = new ArrayList<>();
    for (Row row : rows(plan)) {
      rows.add(status == Status.added ? new RowChanges(status, null, row, 0, List.of())
          : new RowChanges(status, row, null, 0, List.of()));
    }
    return status == Status.added ? new PlanChanges(status, null, side(plan), 0, 0, rows)
        : new PlanChanges(status, side(plan), null, 0, 0, rows);
  }

  /** Items and their sub-items in document order, each with its section and parent. */
  static List<Row> rows(Plan plan) {
    List<Row> rows = new ArrayList<>();
    for (Item item : plan.items()) {
      rows.add(row(item, null));
      for (Item sub : item.subitems()) {
        rows.add(row(sub, item.number()));
      }
    }
    return rows;
  }

  private static Row row(Item item, String parent) {
    return new Row(item.number(), item.section() == null ? null : item.section().title(), parent, item.activity(),
        item.deadline(), item.responsible(), item.participants(), item.result());
  }
}
