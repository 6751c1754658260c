package prikaz.parser.model;

import java.util.List;
import java.util.Objects;

/** A numbered operative point of the order («1. Утвердить …») with its sub-points (1.1, 1.2 …). */
public record Point(String number, String text, Deadline deadline, List<Point> subpoints) {
  public Point {
    Objects.requireNonNull(text, "text must not be null");
    subpoints = List.copyOf(subpoints);
  }
}
