package prikaz.parser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline as written and, where it can be told, as inclusive dates. {@code kind} is one of
 * date, range, by, recurring, ongoing, scheduled, unknown; the original {@code text} is always kept.
 *
 * @param text the deadline as written
 * @param kind how it reads
 * @param start its first day, inclusive, or null
 * @param end its last day, inclusive, or null
 * @param recurrence how it repeats, for {@link Kind#recurring}, else null
 * @param yearInferred whether the year was not written and was taken from the plan's period
 */
public record Deadline(
    String text,
    Kind kind,
    LocalDate start,
    LocalDate end,
    Recurrence recurrence,
    boolean yearInferred) {

  /** How the deadline reads. */
  public enum Kind {
    /** One day: «15.03.2023». */
    date,
    /** From one day to another: «с 1 по 15 марта». */
    range,
    /** No later than a day: «до 1 апреля». */
    by,
    /** Again and again: «ежемесячно», «ежеквартально, до 5 числа». */
    recurring,
    /** All the time: «постоянно», «в течение года». */
    ongoing,
    /** When something else happens: «по графику», «по мере необходимости». */
    scheduled,
    /** Not read as dates; only the text is kept. */
    unknown
  }

  /**
   * Checks that the text and the kind are present and that the deadline does not end before it starts.
   *
   * @param text the deadline as written
   * @param kind how it reads
   * @param start its first day, inclusive, or null
   * @param end its last day, inclusive, or null
   * @param recurrence how it repeats, for {@link Kind#recurring}, else null
   * @param yearInferred whether the year was not written and was taken from the plan's period
   */
  public Deadline {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("deadline ends before it starts: " + text);
    }
  }

  /**
   * A deadline kept only as text.
   *
   * @param text the deadline as written
   * @return a deadline of kind {@link Kind#unknown} without dates
   */
  public static Deadline unknown(String text) {
    return new Deadline(text, Kind.unknown, null, null, null, false);
  }
}
