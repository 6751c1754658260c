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
 *
 * <p>Scans are not kind to thin borders, and two more habits are read:
 * <ul>
 *   <li>A line may lean against the page's straightened text (a sheet fed askew through a copier
 *       leans its columns, not its rows): its thickness is measured across the line, not across
 *       the page, and it keeps its slope, so it is painted out and walled along its lean.
 *   <li>A hairline border thresholded to 1 bit, turned a little, comes out as dashes (where the
 *       hair fell across two pixel rows, both went white). A row of thin dashes of at least {@value
 *       #MIN_DASH_INCH} inch, with paper just above and below (letters' serifs have stems), gaps up
 *       to {@value #MAX_DASH_GAP_INCH} inch and ink over a third of its length, is one horizontal
 *       border when both its ends reach a vertical border; it is drawn on to them. Only horizontal:
 *       the stems of left-aligned letters stand in a vertical row of dashes too.
 * </ul>
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
  /** A dash of a broken border is at least this long. */
  static final double MIN_DASH_INCH = 0.08;
  /** Dashes of one border are at most this far apart. */
  static final double MAX_DASH_GAP_INCH = 0.35;
  /** Share of a broken border's length its dashes cover, at least. */
  static final double MIN_DASH_COVER = 0.3;
  /** Steepest lean of a line kept: a copier's feed error, not a diagonal stroke. */
  private static final double MAX_SLOPE = 0.035;

  /**
   * A line in pixels: {@code position} across it at the middle of its length, {@code from}–{@code
   * to} along it, {@code slope} how far across it moves per pixel along; {@code dashed} when it
   * was read from the dashes of a broken border.
   */
  record Line(boolean horizontal, double position, int from, int to, int thickness, double slope, boolean dashed) {
    Line(boolean horizontal, double position, int from, int to, int thickness) {
      this(horizontal, position, from, to, thickness, 0, false);
    }

    int length() {
      return to - from + 1;
    }

    /** Where the line is across at {@code along}. */
    double at(double along) {
      return position + slope * (along - (from + to) / 2.0);
    }

    Line spanning(int newFrom, int newTo) {
      double centre = (newFrom + newTo) / 2.0;
      return new Line(horizontal, at(centre), newFrom, newTo, thickness, slope, dashed);
    }
  }

  private LineFinder() {}

  static List<Line> find(GrayImage image) {
    int threshold = image.lineThreshold();
    int minLength = (int) Math.round(MIN_LENGTH_INCH * image.dpi);
    int minHorizontal = (int) Math.round(MIN_HORIZONTAL_INCH * image.dpi);
    int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_INCH * image.dpi));
    int gap = Math.max(1, (int) Math.round(GAP_INCH * image.dpi));
    int dash = Math.max(3, (int) Math.round(MIN_DASH_INCH * image.dpi));
    int dashGap = (int) Math.round(MAX_DASH_GAP_INCH * image.dpi);
    List<int[]> pieces = runs(image, threshold, dash, gap, true);
    List<int[]> horizontalRuns = Dashes.chain(image, threshold, pieces, minHorizontal, dashGap);
    List<Line> horizontals = join(horizontalRuns, true, maxThickness, gap);
    List<Line> verticals = join(runs(image, threshold, minLength, gap, false), false, maxThickness, gap);
    List<Line> lines = new ArrayList<>(verticals);
    for (Line line : horizontals) {
      Line anchored = line.dashed() ? Dashes.anchor(line, verticals, dashGap) : line;
      if (anchored != null) {
        lines.add(anchored);
      }
    }
    int reach = (int) Math.round(TOUCH_INCH * image.dpi);
    lines.addAll(LostBorders.frame(lines, image.dpi, reach));
    return lines.stream().filter(line -> lines.stream().anyMatch(other -> touch(line, other, reach))).toList();
  }

  /**
   * How far the page's column borders lean, as x per pixel down: the median slope of the vertical
   * lines an inch or longer, when at least two lean alike; 0 when they stand upright. A copier's
   * sheet fed askew leans its columns while its rows stay level, which turning cannot undo.
   */
  static double lean(List<Line> lines, double dpi) {
    double[] slopes = lines.stream()
        .filter(l -> !l.horizontal() && l.length() >= dpi)
        .mapToDouble(Line::slope).sorted().toArray();
    if (slopes.length < 2) {
      return 0;
    }
    double median = slopes[slopes.length / 2];
    long alike = java.util.Arrays.stream(slopes).filter(s -> s != 0 && Math.signum(s) == Math.signum(median)).count();
    return alike * 2 > slopes.length ? median : 0;
  }

  /** A horizontal and a vertical line that cross or meet (within {@code reach} pixels). */
  static boolean touch(Line a, Line b, int reach) {
    if (a.horizontal() == b.horizontal()) {
      return false;
    }
    double aAt = a.at(b.position());
    double bAt = b.at(a.position());
    return bAt >= a.from() - reach && bAt <= a.to() + reach
        && aAt >= b.from() - reach && aAt <= b.to() + reach;
  }

  /** Paints the lines white (with a pixel of margin) so that OCR sees only the text. */
  static void erase(GrayImage image, List<Line> lines) {
    for (Line line : lines) {
      int half = line.thickness() / 2 + 2;
      for (int along = line.from(); along <= line.to(); along++) {
        double centre = line.at(along);
        int across0 = (int) Math.floor(centre - half);
        int across1 = (int) Math.ceil(centre + half);
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
   * Runs of ink at least {@code minLength} long in each row (or column): {index, from, to}, lane by
   * lane, each lane's runs in order. A pixel counts as ink when it or a neighbour across the run is,
   * so a line a hair off straight (a residual turn, a one-pixel line spread over two rows by
   * interpolation) still runs on. The image is walked row by row either way (columns keep their
   * runs as they go): walking down columns of a 300 dpi page costs a cache miss a pixel.
   */
  private static List<int[]> runs(GrayImage image, int threshold, int minLength, int gap, boolean horizontal) {
    int w = image.width;
    int h = image.height;
    byte[] p = image.pixels;
    boolean[] ink = new boolean[w];
    if (horizontal) {
      List<int[]> runs = new ArrayList<>();
      Lane lane = new Lane();
      for (int y = 0; y < h; y++) {
        java.util.Arrays.fill(ink, false);
        for (int l = Math.max(0, y - 1); l <= Math.min(h - 1, y + 1); l++) {
          for (int x = 0, at = l * w; x < w; x++, at++) {
            if ((p[at] & 0xFF) <= threshold) {
              ink[x] = true;
            }
          }
        }
        lane.reset();
        for (int x = 0; x < w; x++) {
          if (ink[x]) {
            lane.ink(x, gap, y, minLength, runs);
          }
        }
        lane.end(y, minLength, runs);
      }
      return runs;
    }
    List<List<int[]>> byColumn = new ArrayList<>(w);
    Lane[] lanes = new Lane[w];
    for (int x = 0; x < w; x++) {
      byColumn.add(new ArrayList<>());
      lanes[x] = new Lane();
    }
    for (int y = 0; y < h; y++) {
      int at = y * w;
      for (int x = 0; x < w; x++) {
        ink[x] = (p[at + x] & 0xFF) <= threshold;
      }
      boolean left = false;
      for (int x = 0; x < w; x++) {
        boolean here = ink[x];
        if (left || here || (x + 1 < w && ink[x + 1])) {
          lanes[x].ink(y, gap, x, minLength, byColumn.get(x));
        }
        left = here;
      }
    }
    List<int[]> runs = new ArrayList<>();
    for (int x = 0; x < w; x++) {
      lanes[x].end(x, minLength, byColumn.get(x));
      runs.addAll(byColumn.get(x));
    }
    return runs;
  }

  /** The run being followed along one lane. */
  private static final class Lane {
    int start = -1;
    int lastInk = -1;
    int inked;

    void reset() {
      start = -1;
      lastInk = -1;
      inked = 0;
    }

    /** Ink at {@code i}: the run goes on over a gap up to {@code gap}, else the run so far ends. */
    void ink(int i, int gap, int lane, int minLength, List<int[]> runs) {
      if (start < 0 || i - lastInk > gap + 1) {
        keep(runs, lane, start, lastInk, inked, minLength);
        start = i;
        inked = 0;
      }
      lastInk = i;
      inked++;
    }

    void end(int lane, int minLength, List<int[]> runs) {
      keep(runs, lane, start, lastInk, inked, minLength);
    }
  }

  private static void keep(List<int[]> runs, int lane, int start, int end, int inked, int minLength) {
    int length = end - start + 1;
    if (start >= 0 && length >= minLength && inked >= MIN_SOLIDITY * length) {
      runs.add(new int[] {lane, start, end});
    }
  }

  /**
   * Runs in neighbouring rows that overlap along most of their length are one line. Its slope is
   * the least-squares fit of its runs' middles; its thickness is how many rows cover a point of it
   * on average, so a leaning line is as thin as it is drawn.
   */
  private static List<Line> join(List<int[]> runs, boolean horizontal, int maxThickness, int gap) {
    List<Line> lines = new ArrayList<>();
    List<Group> open = new ArrayList<>();
    int current = -1;
    List<Group> closed = new ArrayList<>();
    for (int[] run : runs) {
      if (run[0] != current) {
        current = run[0];
        for (int i = open.size() - 1; i >= 0; i--) {
          if (open.get(i).lastLane < current - 1 - gap) {
            closed.add(open.remove(i));
          }
        }
      }
      Group match = null;
      for (int i = 0; i < open.size(); i++) {
        Group line = open.get(i);
        int overlap = Math.min(line.to, run[2]) - Math.max(line.from, run[1]);
        if (overlap > 0.5 * Math.min(line.to - line.from, run[2] - run[1])) {
          if (match == null) {
            match = line;
          } else {
            // The run joins two pieces of one line (a line a hair off straight).
            match.absorb(line);
            open.remove(i--);
          }
        }
      }
      if (match == null) {
        match = new Group();
        open.add(match);
      }
      match.add(run);
    }
    closed.addAll(open);
    for (Group group : closed) {
      Line line = group.line(horizontal);
      if (line.thickness() <= maxThickness && Math.abs(line.slope()) <= MAX_SLOPE) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Runs joined into one line so far. */
  private static final class Group {
    int firstLane = Integer.MAX_VALUE;
    int lastLane = Integer.MIN_VALUE;
    int from = Integer.MAX_VALUE;
    int to = Integer.MIN_VALUE;
    boolean dashed;
    final List<int[]> runs = new ArrayList<>();

    void add(int[] run) {
      firstLane = Math.min(firstLane, run[0]);
      lastLane = Math.max(lastLane, run[0]);
      from = Math.min(from, run[1]);
      to = Math.max(to, run[2]);
      dashed |= run.length > 3 && run[3] == 1;
      runs.add(run);
    }

    void absorb(Group other) {
      firstLane = Math.min(firstLane, other.firstLane);
      lastLane = Math.max(lastLane, other.lastLane);
      from = Math.min(from, other.from);
      to = Math.max(to, other.to);
      dashed |= other.dashed;
      runs.addAll(other.runs);
    }

    /** The mean lane of the ink between {@code a} and {@code b} along the line. */
    private double meanLane(int a, int b) {
      double sum = 0;
      double weight = 0;
      for (int[] run : runs) {
        int overlap = Math.min(b, run[2]) - Math.max(a, run[1]) + 1;
        if (overlap > 0) {
          sum += (double) overlap * run[0];
          weight += overlap;
        }
      }
      return weight == 0 ? Double.NaN : sum / weight;
    }

    /**
     * The line with its slope from where its first and last quarters lie across, and its thickness
     * as the rows that cover a point of it on average.
     */
    Line line(boolean horizontal) {
      int length = to - from + 1;
      int quarter = Math.max(1, length / 4);
      double head = meanLane(from, from + quarter - 1);
      double tail = meanLane(to - quarter + 1, to);
      double slope = (tail - head) / (length - quarter);
      if (Double.isNaN(slope) || Math.abs(slope * length) < 1.5) {
        // Less than a pixel or two over its length: straight, as drawn.
        slope = 0;
      }
      double position = slope == 0 ? meanLane(from, to) : (head + tail) / 2;
      double covered = 0;
      for (int[] run : runs) {
        covered += run[2] - run[1] + 1;
      }
      // The neighbour rule widened every line by a pixel on each side.
      int thickness = slope == 0
          ? Math.max(1, lastLane - firstLane - 1)
          : Math.max(1, (int) Math.round(covered / length) - 2);
      return new Line(horizontal, position, from, to, thickness, slope, dashed);
    }
  }
}
