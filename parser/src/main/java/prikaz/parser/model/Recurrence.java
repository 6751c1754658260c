package prikaz.parser.model;

import java.util.List;
import java.util.Objects;

/**
 * How often a recurring deadline comes round («ежегодно» → year) and, where the text names them,
 * in which months («ежегодно май сентябрь ноябрь» → [5, 9, 11]).
 */
public record Recurrence(Every every, List<Integer> months) {

  /** The repetition step. */
  public enum Every {
    day,
    week,
    month,
    quarter,
    half,
    year
  }

  public Recurrence {
    Objects.requireNonNull(every, "every must not be null");
    months = List.copyOf(months);
    for (int month : months) {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month out of range: " + month);
      }
    }
  }
}
