package prikaz.parser.internal.read.ocr;

import java.util.ArrayDeque;

/**
 * A page photographed on a desk: the paper found in the picture by its four corners and cut out
 * straight, at {@link Ocr#DPI}, as if scanned. The paper is the largest bright area of the picture
 * (Otsu's split of a small copy, so uneven light over the page does not break it up); its corners
 * are the points of that area furthest along the four diagonals; the quadrilateral they make is
 * mapped onto an upright rectangle by the perspective transform (homography) the four pairs of
 * corners fix. A picture that is paper to its edges (a scan) has no desk around the paper and is
 * left as it is.
 */
final class PagePhoto {
  /** The small copy the paper is looked for in is about this long on its long side. */
  private static final int SEARCH_SIZE = 400;
  /** The picture is a photo when at least this share of its frame is not paper. */
  private static final double DESK_FRAME_SHARE = 0.5;
  /** ... and the paper is at least this share of the picture. */
  private static final double MIN_PAGE_SHARE = 0.2;
  /** A4's height over its width; a page measured within {@value #A4_TOLERANCE} of it is A4. */
  private static final double A4_RATIO = 297.0 / 210.0;
  private static final double A4_TOLERANCE = 0.2;
  private static final double A4_WIDTH_INCH = 210 / 25.4;

  /** The page's corners in picture pixels: top left, top right, bottom right, bottom left. */
  record Corners(double[] xs, double[] ys) {}

  private PagePhoto() {}

  /** The corners of the paper in a photo, or null when the picture is not a photo of a page on a desk. */
  static Corners find(int width, int height, byte[] gray) {
    int step = Math.max(1, Math.max(width, height) / SEARCH_SIZE);
    int w = width / step;
    int h = height / step;
    if (w < 20 || h < 20) {
      return null;
    }
    int[] small = new int[w * h];
    long[] histogram = new long[256];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        for (int dy = 0; dy < step; dy++) {
          int row = (y * step + dy) * width + x * step;
          for (int dx = 0; dx < step; dx++) {
            sum += gray[row + dx] & 0xFF;
          }
        }
        int v = sum / (step * step);
        small[y * w + x] = v;
        histogram[v]++;
      }
    }
    int threshold = GrayImage.otsu(histogram, w * h);
    boolean[] paper = largestBrightArea(small, w, h, threshold);
    if (paper == null) {
      return null;
    }
    int frame = 0;
    int desk = 0;
    int area = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1;
        if (edge) {
          frame++;
          desk += paper[y * w + x] ? 0 : 1;
        }
        area += paper[y * w + x] ? 1 : 0;
      }
    }
    if (desk < DESK_FRAME_SHARE * frame || area < MIN_PAGE_SHARE * w * h) {
      return null;
    }
    // The points furthest along the diagonals: x+y smallest (top left), x−y largest (top right) …
    double[] best = {Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    int[] at = new int[4];
    for (int p = 0; p < w * h; p++) {
      if (!paper[p]) {
        continue;
      }
      int x = p % w;
      int y = p / w;
      double[] score = {x + y, x - y, x + y, y - x};
      if (score[0] < best[0]) {
        best[0] = score[0];
        at[0] = p;
      }
      for (int k = 1; k < 4; k++) {
        if (score[k] > best[k]) {
          best[k] = score[k];
          at[k] = p;
        }
      }
    }
    double[] xs = new double[4];
    double[] ys = new double[4];
    for (int k = 0; k < 4; k++) {
      // The centre of the small copy's pixel, in picture pixels.
      xs[k] = (at[k] % w + 0.5) * step;
      ys[k] = (at[k] / w + 0.5) * step;
    }
    return convex(xs, ys) ? new Corners(xs, ys) : null;
  }

  /** The paper cut out of the photo and made upright, as grey at {@link Ocr#DPI}. */
  static GrayImage straighten(int width, int height, byte[] gray, Corners corners) {
    double[] xs = corners.xs();
    double[] ys = corners.ys();
    double top = Math.hypot(xs[1] - xs[0], ys[1] - ys[0]);
    double bottom = Math.hypot(xs[2] - xs[3], ys[2] - ys[3]);
    double left = Math.hypot(xs[3] - xs[0], ys[3] - ys[0]);
    double right = Math.hypot(xs[2] - xs[1], ys[2] - ys[1]);
    double ratio = (left + right) / (top + bottom);
    boolean landscape = ratio < 1;
    double upright = landscape ? 1 / ratio : ratio;
    if (Math.abs(upright - A4_RATIO) <= A4_TOLERANCE) {
      upright = A4_RATIO;
    }
    double shortInch = A4_WIDTH_INCH;
    int shortSide = (int) Math.round(shortInch * Ocr.DPI);
    int longSide = (int) Math.round(shortInch * upright * Ocr.DPI);
    int outW = landscape ? longSide : shortSide;
    int outH = landscape ? shortSide : longSide;
    double[] h = homography(new double[] {0, outW, outW, 0}, new double[] {0, 0, outH, outH}, xs, ys);
    byte[] out = new byte[outW * outH];
    for (int v = 0; v < outH; v++) {
      for (int u = 0; u < outW; u++) {
        double d = h[6] * u + h[7] * v + 1;
        double x = (h[0] * u + h[1] * v + h[2]) / d;
        double y = (h[3] * u + h[4] * v + h[5]) / d;
        out[v * outW + u] = (byte) sample(gray, width, height, x, y);
      }
    }
    return GrayImage.of(outW, outH, out, Ocr.DPI);
  }

  /** Bilinear sample; outside the picture is paper. */
  private static int sample(byte[] gray, int width, int height, double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
      return 255;
    }
    double fx = x - x0;
    double fy = y - y0;
    int i = y0 * width + x0;
    double a = (gray[i] & 0xFF) * (1 - fx) + (gray[i + 1] & 0xFF) * fx;
    double b = (gray[i + width] & 0xFF) * (1 - fx) + (gray[i + width + 1] & 0xFF) * fx;
    return (int) Math.round(a * (1 - fy) + b * fy);
  }

  /**
   * The perspective transform taking the four points (u, v) to the four points (x, y): h[0..7] of
   * x = (h0 u + h1 v + h2) / (h6 u + h7 v + 1), y = (h3 u + h4 v + h5) / (h6 u + h7 v + 1).
   */
  static double[] homography(double[] us, double[] vs, double[] xs, double[] ys) {
    double[][] a = new double[8][9];
    for (int k = 0; k < 4; k++) {
      double u = us[k];
      double v = vs[k];
      a[2 * k] = new double[] {u, v, 1, 0, 0, 0, -u * xs[k], -v * xs[k], xs[k]};
      a[2 * k + 1] = new double[] {0, 0, 0, u, v, 1, -u * ys[k], -v * ys[k], ys[k]};
    }
    for (int c = 0; c < 8; c++) {
      int pivot = c;
      for (int r = c + 1; r < 8; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] swap = a[c];
      a[c] = a[pivot];
      a[pivot] = swap;
      if (Math.abs(a[c][c]) < 1e-12) {
        throw new IllegalArgumentException("the corners are on one line");
      }
      for (int r = 0; r < 8; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k < 9; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] h = new double[8];
    for (int c = 0; c < 8; c++) {
      h[c] = a[c][8] / a[c][c];
    }
    return h;
  }

  /** Whether the corners, in order, make a convex quadrilateral turning one way. */
  private static boolean convex(double[] xs, double[] ys) {
    int sign = 0;
    for (int k = 0; k < 4; k++) {
      int n = (k + 1) % 4;
      int m = (k + 2) % 4;
      double cross = (xs[n] - xs[k]) * (ys[m] - ys[n]) - (ys[n] - ys[k]) * (xs[m] - xs[n]);
      int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
      if (s == 0 || sign != 0 && s != sign) {
        return false;
      }
      sign = s;
    }
    return true;
  }

  /** The largest 4-connected area brighter than {@code threshold}, or null when there is none. */
  private static boolean[] largestBrightArea(int[] small, int w, int h, int threshold) {
    int[] label = new int[w * h];
    int bestLabel = 0;
    int bestSize = 0;
    int next = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < w * h; start++) {
      if (label[start] != 0 || small[start] <= threshold) {
        continue;
      }
      next++;
      int size = 0;
      label[start] = next;
      queue.add(start);
      while (!queue.isEmpty()) {
        int p = queue.poll();
        size++;
        int x = p % w;
        int y = p / w;
        int[] around = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
        for (int q : around) {
          if (q >= 0 && label[q] == 0 && small[q] > threshold) {
            label[q] = next;
            queue.add(q);
          }
        }
      }
      if (size > bestSize) {
        bestSize = size;
        bestLabel = next;
      }
    }
    if (bestLabel == 0) {
      return null;
    }
    boolean[] area = new boolean[w * h];
    for (int p = 0; p < w * h; p++) {
      area[p] = label[p] == bestLabel;
    }
    return area;
  }
}
