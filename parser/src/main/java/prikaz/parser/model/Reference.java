package prikaz.parser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An act the order is based on («в соответствии с приказом … от … № … «…»»). {@code kind} is the
 * act type in the nominative (приказ, письмо, положение …); {@code text} is the passage as written.
 *
 * @param kind the kind of act: федеральный закон, приказ …
 * @param issuer who issued it, in the nominative, or null
 * @param date its date, or null
 * @param number its number, or null
 * @param title its title, or null
 * @param text the passage as written
 */
public record Reference(
    String kind, String issuer, LocalDate date, String number, String title, String text) {
  /**
   * Checks that the kind and the text are present.
   *
   * @param kind the kind of act: федеральный закон, приказ …
   * @param issuer who issued it, in the nominative, or null
   * @param date its date, or null
   * @param number its number, or null
   * @param title its title, or null
   * @param text the passage as written
   */
  public Reference {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
