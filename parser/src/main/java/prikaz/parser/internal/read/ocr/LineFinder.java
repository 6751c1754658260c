package prikaz.parser.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed table borders of a straightened page image: long thin runs of ink, horizontal and
 * vertical. A run may have gaps of a pixel or two (toner, noise, JPEG) and still be one line; it
 * has to be longer than any letter stroke ({@value #MIN_LENGTH_INCH} inch, horizontal ones {@value
 * #MIN_HORIZONTAL_INCH}), nearly solid, thinner than {@value #MAX_THICKNESS_INCH} inch (a filled
 * block is not a border) and meet a line the other way (a table's borders meet). The lines found are also
 * painted out of the image before OCR, so Tesseract does not read a border as «|» or «І».
 */
final class LineFinder {
  static final double MIN_LENGTH_INCH = 0.3;
  /**
   * Horizontal lines must be longer: the serifs along the base line of a long word run on for
   * half an inch and more. A table's horizontal border crosses the whole table, so it is long.
   */
  static final double MIN_HORIZONTAL_INCH = 0.6;
  /** Share of a run's length that must be ink: a line is solid, a row of serifs has gaps. */
  static final double MIN_SOLIDITY = 0.9;
  static final double MAX_THICKNESS_INCH = 0.05;
  /**
   * A line is kept only when it meets a line the other way within this: table borders meet, while
   * an underline, a signature line or the serifs of a bold word stand alone (and are not erased).
   */
  static final double TOUCH_INCH = 0.03;
  /** Gaps in a line up to this are bridged, in pixels at 300 dpi. */
  private static final double GAP_INCH = 3 / 300.0;

  /** A line in pixels: {@code position} across it (centre), {@code from}–{@code to} along it. */
  record Line(boolean horizontal, double position, int from, int to, int thickness) {
    int length() {
      return to - from + 1;
    }
  }

  private LineFinder() {}

  static List<Line> find(GrayImage image) {
    int threshold = image.lineThreshold();
    int minLength = (int) Math.round(MIN_LENGTH_INCH * image.dpi);
    int minHorizontal = (int) Math.round(MIN_HORIZONTAL_INCH * image.dpi);
    int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_INCH * image.dpi));
    int gap = Math.max(1, (int) Math.round(GAP_INCH * image.dpi));
    List<Line> lines = new ArrayList<>();
    lines.addAll(join(runs(image, threshold, minHorizontal, gap, true), true, maxThickness, gap));
    lines.addAll(join(runs(image, threshold, minLength, gap, false), false, maxThickness, gap));
    int reach = (int) Math.round(TOUCH_INCH * image.dpi);
    return lines.stream().filter(line -> lines.stream().anyMatch(other -> touch(line, other, reach))).toList();
  }

  /** A horizontal and a vertical line that cross or meet (within {@code reach} pixels). */
  private static boolean touch(Line a, Line b, int reach) {
    if (a.horizontal() == b.horizontal()) {
      return false;
    }
    return a.position() >= b.from() - reach && a.position() <= b.to() + reach
        && b.position() >= a.from() - reach && b.position() <= a.to() + reach;
  }

  /** Paints the lines white (with a pixel of margin) so that OCR sees only the text. */
  static void erase(GrayImage image, List<Line> lines) {
    for (Line line : lines) {
      int half = line.thickness() / 2 + 2;
      int across0 = (int) Math.floor(line.position() - half);
      int across1 = (int) Math.ceil(line.position() + half);
      for (int along = line.from(); along <= line.to(); along++) {
        for (int across = across0; across <= across1; across++) {
          int x = line.horizontal() ? along : across;
          int y = line.horizontal() ? across : along;
          if (x >= 0 && y >= 0 && x < image.width && y < image.height) {
            image.pixels[y * image.width + x] = (byte) 0xFF;
          }
        }
      }
    }
  }

  /**
   * Runs of ink at least {@code minLength} long in each row (or column): {index, from, to}. A pixel
   * counts as ink when it or a neighbour across the run is, so a line a hair off straight (a
   * residual turn, a one-pixel line spread over two rows by interpolation) still runs on.
   */
  private static List<int[]> runs(GrayImage image, int threshold, int minLength, int gap, boolean horizontal) {
    List<int[]> runs = new ArrayList<>();
    int lanes = horizontal ? image.height : image.width;
    int length = horizontal ? image.width : image.height;
    for (int lane = 0; lane < lanes; lane++) {
      int start = -1;
      int lastInk = -1;
      int inked = 0;
      for (int i = 0; i <= length; i++) {
        boolean ink = i < length && ink(image, horizontal, lane, i, threshold);
        if (ink) {
          if (start < 0 || i - lastInk > gap + 1) {
            keep(runs, lane, start, lastInk, inked, minLength);
            start = i;
            inked = 0;
          }
          lastInk = i;
          inked++;
        } else if (i == length) {
          keep(runs, lane, start, lastInk, inked, minLength);
        }
      }
    }
    return runs;
  }

  private static void keep(List<int[]> runs, int lane, int start, int end, int inked, int minLength) {
    int length = end - start + 1;
    if (start >= 0 && length >= minLength && inked >= MIN_SOLIDITY * length) {
      runs.add(new int[] {lane, start, end});
    }
  }

  private static boolean ink(GrayImage image, boolean horizontal, int lane, int i, int threshold) {
    int lanes = horizontal ? image.height : image.width;
    for (int l = Math.max(0, lane - 1); l <= Math.min(lanes - 1, lane + 1); l++) {
      if ((horizontal ? image.get(i, l) : image.get(l, i)) <= threshold) {
        return true;
      }
    }
    return false;
  }

  /** Runs in neighbouring rows that overlap along most of their length are one line. */
  private static List<Line> join(List<int[]> runs, boolean horizontal, int maxThickness, int gap) {
    List<Line> lines = new ArrayList<>();
    List<int[]> open = new ArrayList<>(); // {firstLane, lastLane, from, to, laneSum, lanes}
    int current = -1;
    List<int[]> closed = new ArrayList<>();
    for (int[] run : runs) {
      if (run[0] != current) {
        current = run[0];
        for (int i = open.size() - 1; i >= 0; i--) {
          if (open.get(i)[1] < current - 1 - gap) {
            closed.add(open.remove(i));
          }
        }
      }
      int[] match = null;
      for (int i = 0; i < open.size(); i++) {
        int[] line = open.get(i);
        int overlap = Math.min(line[3], run[2]) - Math.max(line[2], run[1]);
        if (overlap > 0.5 * Math.min(line[3] - line[2], run[2] - run[1])) {
          if (match == null) {
            match = line;
          } else {
            // The run joins two pieces of one line (a line a hair off straight).
            match[0] = Math.min(match[0], line[0]);
            match[2] = Math.min(match[2], line[2]);
            match[3] = Math.max(match[3], line[3]);
            match[4] += line[4];
            match[5] += line[5];
            open.remove(i--);
          }
        }
      }
      if (match == null) {
        open.add(new int[] {run[0], run[0], run[1], run[2], run[0], 1});
      } else {
        match[1] = run[0];
        match[2] = Math.min(match[2], run[1]);
        match[3] = Math.max(match[3], run[2]);
        match[4] += run[0];
        match[5]++;
      }
    }
    closed.addAll(open);
    for (int[] line : closed) {
      // The neighbour rule widened every line by a pixel on each side.
      int thickness = Math.max(1, line[1] - line[0] - 1);
      if (thickness <= maxThickness) {
        lines.add(new Line(horizontal, (double) line[4] / line[5], line[2], line[3], thickness));
      }
    }
    return lines;
  }
}
