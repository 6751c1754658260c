package prikaz.parser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a plan covers, as written («2022-2023 учебный год») and as inclusive dates.
 *
 * @param text the period as written
 * @param start its first day, inclusive, or null
 * @param end its last day, inclusive, or null
 */
public record Period(String text, LocalDate start, LocalDate end) {
  /**
   * Checks that the text is present and that the period does not end before it starts.
   *
   * @param text the period as written
   * @param start its first day, inclusive, or null
   * @param end its last day, inclusive, or null
   */
  public Period {
    Objects.requireNonNull(text, "text must not be null");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + text);
    }
  }
}
