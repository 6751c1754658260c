package prikaz.parser.model;

import java.util.List;
import java.util.Objects;

/**
 * How often a recurring deadline comes round («ежегодно» → year), in which months where the text
 * names them («ежегодно май сентябрь ноябрь» → [5, 9, 11]), and its {@code anchor} within each
 * round as written («до 5 числа месяца, следующего за отчетным», «по средам»), or null.
 */
public record Recurrence(Every every, List<Integer> months, String anchor) {

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

  /** A recurrence without an anchor. */
  public Recurrence(Every every, List<Integer> months) {
    this(every, months, null);
  }
}
