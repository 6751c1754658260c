package prikaz.parser.internal.read.ocr;

/**
 * The slight turn of a scanned page, found by the projection-profile method: ink pixels are
 * projected onto the vertical along lines of each candidate slope, and the slope at which the text
 * lines and table borders stack up sharpest (the largest sum of squared row counts) is the page's.
 * Searched within ±{@value #MAX_DEGREES}° (a scanner's feed error, not a page put in sideways),
 * first coarsely, then finely around the best.
 */
final class Deskew {
  static final double MAX_DEGREES = 5;
  /** Below this the page is left as it is: a turn this small moves nothing by a pixel that matters. */
  static final double NEGLIGIBLE_DEGREES = 0.05;
  /** Pixels are sampled on a grid of about this resolution. */
  private static final double SAMPLE_DPI = 100;

  private Deskew() {}

  /**
   * The angle in degrees by which the page's lines fall to the right (clockwise positive): turning
   * the image by minus this straightens it. 0 for a page without ink.
   */
  static double angle(GrayImage image) {
    int step = Math.max(1, (int) Math.round(image.dpi / SAMPLE_DPI));
    int threshold = image.inkThreshold();
    int count = 0;
    int[] xs = new int[1024];
    int[] ys = new int[1024];
    for (int y = 0; y < image.height; y += step) {
      int row = y * image.width;
      for (int x = 0; x < image.width; x += step) {
        if ((image.pixels[row + x] & 0xFF) <= threshold) {
          if (count == xs.length) {
            xs = java.util.Arrays.copyOf(xs, count * 2);
            ys = java.util.Arrays.copyOf(ys, count * 2);
          }
          xs[count] = x / step;
          ys[count] = y / step;
          count++;
        }
      }
    }
    if (count < 50) {
      return 0;
    }
    int width = (image.width + step - 1) / step;
    int height = (image.height + step - 1) / step;
    double best = 0;
    double bestScore = -1;
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.2) {
      double score = score(xs, ys, count, width, height, a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    double center = best;
    for (double a = center - 0.2; a <= center + 0.2 + 1e-9; a += 0.02) {
      double score = score(xs, ys, count, width, height, a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return Math.abs(best) < NEGLIGIBLE_DEGREES ? 0 : Math.round(best * 100) / 100.0;
  }

  /** Sum of squared counts of ink per row, rows taken along the slope {@code degrees}. */
  private static double score(int[] xs, int[] ys, int count, int width, int height, double degrees) {
    double tan = Math.tan(Math.toRadians(degrees));
    int offset = (int) Math.ceil(Math.abs(tan) * width) + 1;
    int[] bins = new int[height + 2 * offset + 1];
    for (int i = 0; i < count; i++) {
      int bin = (int) Math.round(ys[i] - xs[i] * tan) + offset;
      bins[bin]++;
    }
    double sum = 0;
    for (int b : bins) {
      sum += (double) b * b;
    }
    return sum;
  }
}
