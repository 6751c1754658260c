package prikaz.parser.internal.read.positional;

/**
 * A straight line drawn on a page (a table border), horizontal or vertical, in the same
 * coordinates as {@link Word}: points from the top-left corner.
 */
public record Ruling(int page, double x0, double y0, double x1, double y1) {
  /** A ruling with its ends ordered (x0 ≤ x1, y0 ≤ y1). */
  public Ruling {
    if (x1 < x0) {
      double t = x0;
      x0 = x1;
      x1 = t;
    }
    if (y1 < y0) {
      double t = y0;
      y0 = y1;
      y1 = t;
    }
  }

  public boolean horizontal() {
    return y1 - y0 <= x1 - x0;
  }

  public double length() {
    return Math.max(x1 - x0, y1 - y0);
  }

  /** The y of a horizontal ruling, the x of a vertical one. */
  public double position() {
    return horizontal() ? (y0 + y1) / 2 : (x0 + x1) / 2;
  }

  public double from() {
    return horizontal() ? x0 : y0;
  }

  public double to() {
    return horizontal() ? x1 : y1;
  }
}
