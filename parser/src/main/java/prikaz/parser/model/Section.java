package prikaz.parser.model;

import java.util.Objects;

/**
 * A section row of a plan («1.1. Система оценки качества подготовки обучающихся»); {@code parent}
 * is the enclosing section when the numbering nests («1.» above «1.1.»).
 *
 * @param number the section's number, or null
 * @param title the section's title
 * @param parent the section it is nested in, or null
 */
public record Section(String number, String title, Section parent) {
  /**
   * Checks that the title is present.
   *
   * @param number the section's number, or null
   * @param title the section's title
   * @param parent the section it is nested in, or null
   */
  public Section {
    Objects.requireNonNull(title, "title must not be null");
  }
}
