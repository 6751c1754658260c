package prikaz.parser.model;

import java.util.List;
import java.util.Objects;

/**
 * How often a recurring deadline comes round («ежегодно» → year), in which months where the text
 * names them («ежегодно май сентябрь ноябрь» → [5, 9, 11]), and its {@code anchor} within each
 * round as written («до 5 числа месяца, следующего за отчетным», «по средам»), or null.
 *
 * @param every the step
 * @param months the months it falls in (1–12) where the text names them, else empty
 * @param anchor when within each round, as written, or null
 */
public record Recurrence(Every every, List<Integer> months, String anchor) {

  /** The repetition step. */
  public enum Every {
    /** Every day. */
    day,
    /** Every week. */
    week,
    /** Every month. */
    month,
    /** Every quarter. */
    quarter,
    /** Every half-year. */
    half,
    /** Every year. */
    year
  }

  /**
   * Checks that {@code every} is present and every month is 1–12; the months are copied.
   *
   * @param every the step
   * @param months the months it falls in (1–12) where the text names them, else empty
   * @param anchor when within each round, as written, or null
   */
  public Recurrence {
    Objects.requireNonNull(every, "every must not be null");
    months = List.copyOf(months);
    for (int month : months) {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month out of range: " + month);
      }
    }
  }

  /**
   * A recurrence without an anchor.
   *
   * @param every the step
   * @param months the months it falls in (1–12) where the text names them, else empty
   */
  public Recurrence(Every every, List<Integer> months) {
    this(every, months, null);
  }
}
