package prikaz.parser.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered operative point of the order («1. Утвердить …») with its sub-points (1.1, 1.2 …).
 *
 * @param number the number as written, or null
 * @param text the point's text
 * @param deadline its deadline, or null
 * @param subpoints its sub-points
 */
public record Point(String number, String text, Deadline deadline, List<Point> subpoints) {
  /**
   * Checks that the text is present; the sub-points are copied and cannot be changed afterwards.
   *
   * @param number the number as written, or null
   * @param text the point's text
   * @param deadline its deadline, or null
   * @param subpoints its sub-points
   */
  public Point {
    Objects.requireNonNull(text, "text must not be null");
    subpoints = List.copyOf(subpoints);
  }
}
