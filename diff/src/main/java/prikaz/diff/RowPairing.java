package prikaz.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.PlanChanges;
import prikaz.diff.OrderDiff.Row;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.diff.OrderDiff.Status;
import prikaz.parser.model.Plan;

/**
 * The rows of two paired plans paired one to one by the assignment of greatest total similarity of
 * their activities, pairs under the threshold left unmatched; section and position break ties.
 */
final class RowPairing {
  private final double threshold;

  RowPairing(double threshold) {
    this.threshold = threshold;
  }

  /** Every row of the two plans, paired, changed, added or removed, in the newer plan's order. */
  PlanChanges compare(Plan left, Plan right, int yearShift) {
    List<Row> a = PlanPairing.rows(left);
    List<Row> b = PlanPairing.rows(right);
    List<Set<String>> stemsA = a.stream().map(r -> Set.copyOf(Words.stems(r.activity()))).toList();
    List<Set<String>> stemsB = b.stream().map(r -> Set.copyOf(Words.stems(r.activity()))).toList();
    Map<String, Double> idf = Similarity.idf(stemsA, stemsB);
    double[][] similarity = new double[a.size()][b.size()];
    int size = Math.max(a.size(), b.size());
    double[][] cost = new double[size][size];
    for (double[] line : cost) {
      Arrays.fill(line, 1);
    }
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double s = Similarity.weightedDice(stemsA.get(i), stemsB.get(j), idf);
        similarity[i][j] = s;
        if (s >= threshold) {
          double place = Math.abs(position(i, a.size()) - position(j, b.size()));
          double section = sameSection(a.get(i).section(), b.get(j).section()) ? 0 : 1;
          cost[i][j] = 1 - s + Similarity.TIE_BREAK * (place + section);
        }
      }
    }
    int[] assigned = Assignment.solve(cost);
    int[] match = new int[a.size()];
    for (int i = 0; i < a.size(); i++) {
      int j = assigned[i];
      match[i] = j >= 0 && j < b.size() && similarity[i][j] >= threshold ? j : -1;
    }
    int shift = PlanYear.planShift(left, right, a, b, match, yearShift);
    List<RowChanges> rows = new ArrayList<>();
    Interleaving.walk(a.size(), b.size(), match,
        i -> rows.add(new RowChanges(Status.removed, a.get(i), null, 0, List.of())),
        (i, j) -> {
          if (i < 0) {
            rows.add(new RowChanges(Status.added, null, b.get(j), 0, List.of()));
          } else {
            List<FieldChange> changes = FieldComparison.changes(a.get(i), b.get(j), shift);
            rows.add(new RowChanges(changes.isEmpty() ? Status.unchanged : Status.changed, a.get(i), b.get(j),
                Similarity.round(similarity[i][j]), changes));
          }
        });
    boolean same = rows.stream().allMatch(r -> r.status() == Status.unchanged);
    return new PlanChanges(same ? Status.unchanged : Status.changed, PlanPairing.side(left), PlanPairing.side(right),
        Similarity.round(PlanPairing.similarity(left, right)), shift, rows);
  }

  private static double position(int index, int count) {
    return count <= 1 ? 0 : (double) index / (count - 1);
  }

  private static boolean sameSection(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Similarity.dice(Set.copyOf(Words.stems(a)), Set.copyOf(Words.stems(b))) >= 0.6;
  }
}
