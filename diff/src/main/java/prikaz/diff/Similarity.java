package prikaz.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How alike two sets of stems are: the Dice coefficient, plain or with each stem weighed by its IDF. */
final class Similarity {
  /** The weight of a different section and of a different place in the plan, as tie-breakers. */
  static final double TIE_BREAK = 0.001;

  private Similarity() {}

  /** How rare each stem is among all rows of both plans: ln(1 + N / rows with the stem). */
  static Map<String, Double> idf(List<Set<String>> a, List<Set<String>> b) {
    Map<String, Integer> frequency = new HashMap<>();
    for (List<Set<String>> side : List.of(a, b)) {
      for (Set<String> stems : side) {
        for (String stem : stems) {
          frequency.merge(stem, 1, Integer::sum);
        }
      }
    }
    int n = a.size() + b.size();
    Map<String, Double> idf = new HashMap<>();
    frequency.forEach((stem, f) -> idf.put(stem, Math.log(1 + (double) n / f)));
    return idf;
  }

  /** 2·w(A∩B) / (w(A) + w(B)) with each stem weighed by its IDF. */
  static double weightedDice(Set<String> a, Set<String> b, Map<String, Double> idf) {
    double wa = 0;
    double wb = 0;
    double common = 0;
    for (String s : a) {
      double w = idf.getOrDefault(s, 1.0);
      wa += w;
      if (b.contains(s)) {
        common += w;
      }
    }
    for (String s : b) {
      wb += idf.getOrDefault(s, 1.0);
    }
    return wa + wb == 0 ? 0 : 2 * common / (wa + wb);
  }

  static double dice(Set<String> a, Set<String> b) {
    return weightedDice(a, b, Map.of());
  }

  /** Three decimals, as the report shows similarities. */
  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
