package prikaz.parser.model;

import java.util.Objects;

/**
 * The act a plan is appended to, as the block above the plan states it: «Приложение N 2 к приказу
 * министерства … от 13 ноября 2015 г. N 5976» ({@code number} "2") or the stamp «УТВЕРЖДЕН
 * приказом … от … № …» ({@code number} null). {@code act} is null when the block names no act
 * («Приложение 1» alone); {@code text} is the block as written, its lines joined.
 *
 * @param number the appendix number as written, or null
 * @param act the act the appendix belongs to, or null
 * @param text the appendix block as written
 */
public record Appendix(String number, Reference act, String text) {
  /**
   * Checks that the appendix text is present.
   *
   * @param number the appendix number as written, or null
   * @param act the act the appendix belongs to, or null
   * @param text the appendix block as written
   */
  public Appendix {
    Objects.requireNonNull(text, "text must not be null");
  }
}
