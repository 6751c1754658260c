package prikaz.parser.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal borders broken into dashes by a 1-bit scan (see {@link LineFinder}): the solid runs
 * of each pixel row chained into lines where they stand in a row, thin, with paper above and below.
 */
final class Dashes {
  /** How far above and below a dash the paper is looked at, in pixels at 300 dpi. */
  private static final double CLEAR_INCH = 4 / 300.0;
  /** Share of a dash's length that may be ink just above or below it (specks, a crossing letter). */
  private static final double MAX_CROWD = 0.2;
  private static final int MIN_DASHES = 3;

  private Dashes() {}

  /**
   * The runs of each row ({lane, from, to}, lane by lane, left to right) as lines to join: a run
   * of {@code minLength} or more as it is, and rows of clear dashes chained into one run each,
   * marked {lane, from, to, 1}.
   */
  static List<int[]> chain(GrayImage image, int threshold, List<int[]> runs, int minLength, int maxGap) {
    List<int[]> out = new ArrayList<>();
    int clear = Math.max(2, (int) Math.round(CLEAR_INCH * image.dpi));
    int i = 0;
    while (i < runs.size()) {
      int lane = runs.get(i)[0];
      int j = i;
      while (j < runs.size() && runs.get(j)[0] == lane) {
        j++;
      }
      chainLane(image, threshold, runs.subList(i, j), minLength, maxGap, clear, out);
      i = j;
    }
    return out;
  }

  private static void chainLane(GrayImage image, int threshold, List<int[]> lane, int minLength, int maxGap,
      int clear, List<int[]> out) {
    List<int[]> dashes = new ArrayList<>();
    for (int[] run : lane) {
      if (isClear(image, threshold, run, clear)) {
        dashes.add(run);
      } else if (run[2] - run[1] + 1 >= minLength) {
        out.add(run);
      }
    }
    int k = 0;
    while (k < dashes.size()) {
      int m = k + 1;
      long inked = dashes.get(k)[2] - dashes.get(k)[1] + 1;
      while (m < dashes.size() && dashes.get(m)[1] - dashes.get(m - 1)[2] - 1 <= maxGap) {
        inked += dashes.get(m)[2] - dashes.get(m)[1] + 1;
        m++;
      }
      int from = dashes.get(k)[1];
      int to = dashes.get(m - 1)[2];
      int length = to - from + 1;
      if (m - k >= MIN_DASHES && length >= minLength && inked >= LineFinder.MIN_DASH_COVER * length) {
        out.add(new int[] {dashes.get(k)[0], from, to, 1});
      } else {
        for (int[] run : dashes.subList(k, m)) {
          if (run[2] - run[1] + 1 >= minLength) {
            out.add(run);
          }
        }
      }
      k = m;
    }
  }

  /** Paper just above and just below the run: a border's dash, not a letter's serif or bar. */
  private static boolean isClear(GrayImage image, int threshold, int[] run, int clear) {
    int limit = (int) (MAX_CROWD * (run[2] - run[1] + 1));
    for (int y : new int[] {run[0] - clear, run[0] + clear}) {
      if (y < 0 || y >= image.height) {
        continue;
      }
      int ink = 0;
      int row = y * image.width;
      for (int x = run[1]; x <= run[2]; x++) {
        if ((image.pixels[row + x] & 0xFF) <= threshold && ++ink > limit) {
          return false;
        }
      }
    }
    return true;
  }

  /** The nearest vertical line crossing {@code y} within {@code reach} beyond {@code from} (left when negative). */
  private static LineFinder.Line beside(List<LineFinder.Line> verticals, LineFinder.Line from, double y, int reach,
      int ends) {
    double x = from.at(y);
    LineFinder.Line best = null;
    for (LineFinder.Line v : verticals) {
      if (y < v.from() - ends || y > v.to() + ends) {
        continue;
      }
      double d = (v.at(y) - x) * Math.signum(reach);
      if (d > 2 && d <= Math.abs(reach) && (best == null || d < (best.at(y) - x) * Math.signum(reach))) {
        best = v;
      }
    }
    return best;
  }

  /**
   * A dashed border whose ends both reach a vertical line (within {@code reach}: the dash next to
   * a border may be the one lost), drawn on to those lines; null when either end reaches none.
   */
  static LineFinder.Line anchor(LineFinder.Line line, List<LineFinder.Line> verticals, int reach) {
    LineFinder.Line left = null;
    LineFinder.Line right = null;
    int ends = Math.max(2, reach / 4);
    for (LineFinder.Line v : verticals) {
      double y = line.position();
      if (y < v.from() - ends || y > v.to() + ends) {
        continue;
      }
      double x = v.at(y);
      if (x >= line.from() - reach && x <= line.from() + reach && (left == null || x < left.at(y))) {
        left = v;
      }
      if (x >= line.to() - reach && x <= line.to() + reach && (right == null || x > right.at(y))) {
        right = v;
      }
    }
    if (left == null || right == null || left == right) {
      return null;
    }
    // A column narrower than a gap between dashes (a «№» column) may have lost all of its dashes.
    double y = line.position();
    for (LineFinder.Line next = left; next != null; next = beside(verticals, next, y, -reach, ends)) {
      left = next;
    }
    for (LineFinder.Line next = right; next != null; next = beside(verticals, next, y, reach, ends)) {
      right = next;
    }
    return line.spanning((int) Math.floor(left.at(line.position())), (int) Math.ceil(right.at(line.position())));
  }
}
