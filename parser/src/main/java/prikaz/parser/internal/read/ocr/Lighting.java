package prikaz.parser.internal.read.ocr;

/**
 * Evens out the light over a photographed page by background division: the paper's own brightness
 * is estimated everywhere (the brightest pixel of each block of about {@value #BLOCK_INCH} inch —
 * larger than a letter, so a block always holds some paper — smoothed over the blocks around it
 * and interpolated between block centres), and each pixel is divided by it. Paper then comes out
 * white across the page and print keeps its contrast, in the shadowed corner as in the lit one,
 * where one global threshold would turn the corner black or the far side's print white.
 */
final class Lighting {
  static final double BLOCK_INCH = 0.2;

  private Lighting() {}

  /** Divides the image by its background, in place. */
  static void even(GrayImage image) {
    int block = Math.max(4, (int) Math.round(BLOCK_INCH * image.dpi));
    int bw = (image.width + block - 1) / block;
    int bh = (image.height + block - 1) / block;
    int[] brightest = new int[bw * bh];
    for (int y = 0; y < image.height; y++) {
      int row = y * image.width;
      int by = y / block;
      for (int x = 0; x < image.width; x++) {
        int v = image.pixels[row + x] & 0xFF;
        int b = by * bw + x / block;
        if (v > brightest[b]) {
          brightest[b] = v;
        }
      }
    }
    // A block inside a large dark area (a filled box, a photo's shadow) takes the light of the
    // blocks around it: the largest of its neighbourhood, then averaged to smooth the steps.
    int[] spread = new int[bw * bh];
    for (int by = 0; by < bh; by++) {
      for (int bx = 0; bx < bw; bx++) {
        int max = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int x = bx + dx;
            int y = by + dy;
            if (x >= 0 && y >= 0 && x < bw && y < bh) {
              max = Math.max(max, brightest[y * bw + x]);
            }
          }
        }
        spread[by * bw + bx] = max;
      }
    }
    double[] light = new double[bw * bh];
    for (int by = 0; by < bh; by++) {
      for (int bx = 0; bx < bw; bx++) {
        double sum = 0;
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int x = bx + dx;
            int y = by + dy;
            if (x >= 0 && y >= 0 && x < bw && y < bh) {
              sum += spread[y * bw + x];
              n++;
            }
          }
        }
        light[by * bw + bx] = Math.max(1, sum / n);
      }
    }
    for (int y = 0; y < image.height; y++) {
      double gy = Math.min(bh - 1, Math.max(0, (y + 0.5) / block - 0.5));
      int y0 = (int) gy;
      int y1 = Math.min(bh - 1, y0 + 1);
      double fy = gy - y0;
      int row = y * image.width;
      for (int x = 0; x < image.width; x++) {
        double gx = Math.min(bw - 1, Math.max(0, (x + 0.5) / block - 0.5));
        int x0 = (int) gx;
        int x1 = Math.min(bw - 1, x0 + 1);
        double fx = gx - x0;
        double paper = (light[y0 * bw + x0] * (1 - fx) + light[y0 * bw + x1] * fx) * (1 - fy)
            + (light[y1 * bw + x0] * (1 - fx) + light[y1 * bw + x1] * fx) * fy;
        int v = image.pixels[row + x] & 0xFF;
        image.pixels[row + x] = (byte) Math.min(255, (int) Math.round(v * 255.0 / paper));
      }
    }
  }
}
