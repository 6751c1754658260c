package prikaz.parser.internal.read.ocr;

/**
 * Dust on a 1-bit scan: black specks of a few pixels, alone on the paper. Tesseract reads a line
 * of them as letters («.,'`» before the place line, a «title» out of nothing), so they are taken
 * out of a page that came as black and white: every patch of ink no larger than {@value
 * #MAX_PIXELS} pixels at 300 dpi touching no other ink. A full stop is a patch of about 30 pixels at
 * that resolution, the dot of «ё» about 15, so print keeps them. Grey scans are left alone: their
 * noise is grain, which Tesseract's own threshold takes out.
 */
final class Specks {
  /** A speck is at most this many pixels at 300 dpi. */
  static final int MAX_PIXELS = 4;
  /** A page is black and white when all but this share of its pixels are pure black or white. */
  private static final double GREY_SHARE = 0.02;
  private static final byte BIG = 1;
  private static final byte OPEN = 2;

  private Specks() {}

  /** Whether the page came as black and white (a 1-bit scan, perhaps resampled a little). */
  static boolean isBilevel(GrayImage image) {
    long grey = 0;
    long limit = (long) (GREY_SHARE * image.pixels.length);
    for (byte p : image.pixels) {
      int v = p & 0xFF;
      if (v != 0 && v != 255 && ++grey > limit) {
        return false;
      }
    }
    return true;
  }

  /** Paints the specks white; returns how many there were. */
  static int remove(GrayImage image) {
    int width = image.width;
    int height = image.height;
    byte[] pixels = image.pixels;
    double scale = image.dpi / 300.0;
    int maxPixels = Math.max(1, (int) Math.round(MAX_PIXELS * scale * scale));
    byte[] mark = new byte[pixels.length];
    int[] patch = new int[maxPixels + 1];
    int removed = 0;
    for (int start = 0; start < pixels.length; start++) {
      if (mark[start] != 0 || (pixels[start] & 0xFF) > 127) {
        continue;
      }
      int size = 0;
      int read = 0;
      boolean big = false;
      patch[size++] = start;
      mark[start] = OPEN;
      while (read < size && !big) {
        int p = patch[read++];
        int x = p % width;
        int y = p / width;
        for (int dy = -1; dy <= 1 && !big; dy++) {
          for (int dx = -1; dx <= 1 && !big; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= width || ny >= height) {
              continue;
            }
            int q = ny * width + nx;
            if ((pixels[q] & 0xFF) > 127 || mark[q] == OPEN) {
              continue;
            }
            if (mark[q] == BIG || size == maxPixels) {
              big = true;
            } else {
              mark[q] = OPEN;
              patch[size++] = q;
            }
          }
        }
      }
      for (int i = 0; i < size; i++) {
        mark[patch[i]] = BIG;
        if (!big) {
          pixels[patch[i]] = (byte) 0xFF;
        }
      }
      removed += big ? 0 : 1;
    }
    return removed;
  }
}
