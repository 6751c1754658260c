package prikaz.parser.internal.read.ocr;

import java.awt.image.BufferedImage;

/**
 * A colour page brought to grey with its coloured ink left out. Print is black; what is blue or
 * violet on an order is the stamp, the signature and the handwritten date over it, which OCR reads
 * as garbage and which hide the print under them. A pixel whose colour is clearly blue or violet
 * (blue the strongest channel, or blue and red both well over green, by at least {@value
 * #MIN_CHROMA} levels) becomes paper; every other pixel keeps its brightness.
 */
final class ColourInk {
  /** How far the strongest channel must stand over the weakest for a pixel to be coloured ink. */
  static final int MIN_CHROMA = 50;

  private ColourInk() {}

  /** Whether the image has colour channels at all (a grey or 1-bit image has nothing to remove). */
  static boolean hasColour(BufferedImage image) {
    if (image.getColorModel() instanceof java.awt.image.IndexColorModel palette) {
      // A palette of greys (a 1-bit scan's black and white) is no colour.
      for (int i = 0; i < palette.getMapSize(); i++) {
        if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
          return true;
        }
      }
      return false;
    }
    return image.getColorModel().getNumColorComponents() >= 3;
  }

  /**
   * Grey pixels of the image, row by row, with blue and violet ink painted out to paper: ink with
   * print under it keeps the print's darkness ({@link #paper}), ink over bare paper takes the
   * page's paper brightness.
   */
  static byte[] grayWithoutStamps(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] gray = new byte[width * height];
    // Light ink is whitened once the paper's brightness is known, after the whole page.
    java.util.BitSet lightInk = new java.util.BitSet();
    long[] lights = new long[256];
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        int rgb = row[x];
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        boolean stamp = isStampInk(r, g, b);
        int light = stamp ? paper(r, g, b) : luma(r, g, b);
        gray[i] = (byte) light;
        if (!stamp) {
          lights[light]++;
        } else if (light >= LIGHT) {
          lightInk.set(i);
        }
      }
    }
    if (!lightInk.isEmpty()) {
      byte paper = (byte) paperLevel(lights);
      lightInk.stream().forEach(i -> gray[i] = paper);
    }
    return gray;
  }

  /**
   * The brightness of the page's paper: the level that a tenth of the pixels without coloured ink
   * reach or pass (most of a page is paper).
   */
  private static int paperLevel(long[] lights) {
    long total = 0;
    for (long count : lights) {
      total += count;
    }
    long seen = 0;
    for (int level = 255; level > 0; level--) {
      seen += lights[level];
      if (seen * 10 >= total) {
        return level;
      }
    }
    return 255;
  }

  /**
   * Coloured ink at least this bright ({@link #paper}) has no print under it: it takes the page's
   * paper brightness, since its own estimate of the paper under it is darker than the page, and a
   * stamp would stay as a pale grey smudge.
   */
  static final int LIGHT = 150;

  /** Blue or violet, clearly: the colours of stamp pads and ballpoint pens. */
  static boolean isStampInk(int r, int g, int b) {
    int max = Math.max(r, Math.max(g, b));
    int min = Math.min(r, Math.min(g, b));
    if (max - min < MIN_CHROMA) {
      return false;
    }
    boolean blue = b == max && b - g >= MIN_CHROMA / 2;
    boolean violet = r > g + MIN_CHROMA / 2 && b > g + MIN_CHROMA / 2;
    return blue || violet;
  }

  /**
   * The paper under a stamp's ink: the brightest channel is about the paper's light, and the
   * stronger the colour the less ink of another colour is under it.
   */
  private static int paper(int r, int g, int b) {
    int max = Math.max(r, Math.max(g, b));
    int min = Math.min(r, Math.min(g, b));
    return Math.min(255, max + (max - min) / 2);
  }

  static int luma(int r, int g, int b) {
    return (299 * r + 587 * g + 114 * b + 500) / 1000;
  }
}
