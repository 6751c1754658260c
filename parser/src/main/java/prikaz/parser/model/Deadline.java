package prikaz.parser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline as written and, where it can be told, as inclusive dates. {@code kind} is one of
 * date, range, by, recurring, ongoing, scheduled, unknown; the original {@code text} is always kept.
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
    date,
    range,
    by,
    recurring,
    ongoing,
    scheduled,
    unknown
  }

  public Deadline {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("deadline ends before it starts: " + text);
    }
  }

  /** A deadline kept only as text. */
  public static Deadline unknown(String text) {
    return new Deadline(text, Kind.unknown, null, null, null, false);
  }
}
