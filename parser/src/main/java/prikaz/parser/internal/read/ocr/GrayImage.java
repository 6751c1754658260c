package prikaz.parser.internal.read.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page image as 8-bit grey, 0 black to 255 white, row by row, with its resolution. The raster is
 * shared, not copied: methods that change pixels say so.
 */
final class GrayImage {
  /** How much darker than the paper a pixel of a ruled line is, at least. */
  static final int LINE_CONTRAST = 40;

  /** Print is at least this much darker than the paper. */
  static final int PRINT_CONTRAST = 100;
  static final int BLANK_SHARE_INVERSE = 5000;

  final int width;
  final int height;
  final double dpi;
  final byte[] pixels;

  private GrayImage(BufferedImage image, double dpi) {
    this.width = image.getWidth();
    this.height = image.getHeight();
    this.dpi = dpi;
    this.pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  /** Grey pixels, row by row, as an image (the array is used, not copied). */
  static GrayImage of(int width, int height, byte[] pixels, double dpi) {
    java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
        new DataBufferByte(pixels, pixels.length), width, height, width, 1, new int[] {0}, null);
    java.awt.image.ColorModel gray = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).getColorModel();
    return new GrayImage(new BufferedImage(gray, raster, false, null), dpi);
  }

  /** The image in grey (colour is converted; an image that is grey already is used as it is). */
  static GrayImage of(BufferedImage image, double dpi) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getData().length == image.getWidth() * image.getHeight()) {
      return new GrayImage(image, dpi);
    }
    BufferedImage gray = blank(image.getWidth(), image.getHeight());
    Graphics2D g = gray.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return new GrayImage(gray, dpi);
  }

  /** A copy of the area, with {@code pad} pixels of white around it (Tesseract reads better so). */
  GrayImage crop(CellFinder.Box box, int pad) {
    BufferedImage target = blank(box.width() + 2 * pad, box.height() + 2 * pad);
    byte[] data = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
    int targetWidth = box.width() + 2 * pad;
    for (int y = box.y0(); y < box.y1(); y++) {
      System.arraycopy(pixels, y * width + box.x0(), data, (y - box.y0() + pad) * targetWidth + pad, box.width());
    }
    return new GrayImage(target, dpi);
  }

  /** A copy of the image with the areas painted white. */
  GrayImage without(java.util.List<CellFinder.Box> boxes) {
    GrayImage copy = new GrayImage(toBufferedImage(), dpi);
    for (CellFinder.Box box : boxes) {
      for (int y = box.y0(); y < box.y1(); y++) {
        java.util.Arrays.fill(copy.pixels, y * width + box.x0(), y * width + box.x1(), (byte) 0xFF);
      }
    }
    return copy;
  }

  /** Whether at least {@code minimum} pixels of the area are at or below {@code threshold}. */
  boolean hasInk(CellFinder.Box box, int threshold, int minimum) {
    int count = 0;
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        if ((pixels[y * width + x] & 0xFF) <= threshold && ++count >= minimum) {
          return true;
        }
      }
    }
    return false;
  }

  int get(int x, int y) {
    return pixels[y * width + x] & 0xFF;
  }

  BufferedImage toBufferedImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(pixels, 0, target, 0, pixels.length);
    return image;
  }

  /** The image turned by {@code degrees} (clockwise positive) about its centre; corners become white. */
  GrayImage rotate(double degrees) {
    BufferedImage target = blank(width, height);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
      g.drawImage(toBufferedImage(), 0, 0, null);
    } finally {
      g.dispose();
    }
    return new GrayImage(target, dpi);
  }

  /**
   * The image sheared along x: the pixel at (x, y) moves to (x + {@code shift} × (y − middle), y),
   * so lines down the page that lean by {@code -shift} stand upright; uncovered edges are white.
   */
  GrayImage shear(double shift) {
    BufferedImage target = blank(width, height);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.translate(-shift * height / 2.0, 0);
      g.shear(shift, 0);
      g.drawImage(toBufferedImage(), 0, 0, null);
    } finally {
      g.dispose();
    }
    return new GrayImage(target, dpi);
  }

  /** The image scaled to another resolution (bicubic). */
  GrayImage scaleTo(double targetDpi) {
    double factor = targetDpi / dpi;
    int w = Math.max(1, (int) Math.round(width * factor));
    int h = Math.max(1, (int) Math.round(height * factor));
    BufferedImage target = blank(w, h);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(toBufferedImage(), 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return new GrayImage(target, targetDpi);
  }

  /**
   * The grey level that best splits ink from paper (Otsu's method over the histogram); pixels at
   * or below it are ink.
   */
  int inkThreshold() {
    return inkThreshold(histogram());
  }

  private int inkThreshold(long[] histogram) {
    int threshold = otsu(histogram, pixels.length);
    // A page that is nearly all paper has no real split; keep ink dark.
    return Math.min(threshold, 180);
  }

  /** Otsu's threshold of a grey-level histogram: the level that best splits it in two. */
  static int otsu(long[] histogram, long total) {
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (double) i * histogram[i];
    }
    double sumBelow = 0;
    long below = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      below += histogram[t];
      if (below == 0) {
        continue;
      }
      long above = total - below;
      if (above == 0) {
        break;
      }
      sumBelow += (double) t * histogram[t];
      double meanBelow = sumBelow / below;
      double meanAbove = (sum - sumBelow) / above;
      double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }

  /**
   * The grey level at or below which a pixel is drawn on, not paper: {@value #LINE_CONTRAST} levels
   * darker than the paper's usual level, and never stricter than {@link #inkThreshold()}. Table
   * borders scanned from thin lines come out light grey, too light to count as ink for the letters.
   */
  int lineThreshold() {
    long[] histogram = histogram();
    int ink = inkThreshold(histogram);
    int paper = mostCommon(histogram, ink + 1, 255);
    return Math.max(ink, paper - LINE_CONTRAST);
  }

  /**
   * Whether the image has no print on it: fewer than one pixel in {@value #BLANK_SHARE_INVERSE}
   * is {@value #PRINT_CONTRAST} grey levels darker than the paper. A blank page given to Tesseract
   * comes back as a page of «— ‚ п _» read from the paper's grain.
   */
  boolean isBlank() {
    long[] histogram = histogram();
    int paper = mostCommon(histogram, 1, 0);
    long dark = 0;
    for (int v = 0; v <= paper - PRINT_CONTRAST; v++) {
      dark += histogram[v];
    }
    return dark * BLANK_SHARE_INVERSE < pixels.length;
  }

  /** How many pixels have each grey level. */
  private long[] histogram() {
    long[] histogram = new long[256];
    for (byte p : pixels) {
      histogram[p & 0xFF]++;
    }
    return histogram;
  }

  /** The most common level from {@code from} up, {@code otherwise} unless a level beats it. */
  private static int mostCommon(long[] histogram, int from, int otherwise) {
    int best = otherwise;
    for (int v = from; v < 256; v++) {
      if (histogram[v] > histogram[best]) {
        best = v;
      }
    }
    return best;
  }

  /**
   * Turns every pixel black or white at {@code threshold}. Tesseract thresholds by itself, but on a
   * grey, noisy scan its reading of short cells («7.», «11.») was wrong where the same cell
   * thresholded here was read right (measured on the sample scans: 3 of 15 number cells of a page).
   * For the text outside tables it was the other way round («МУНИЦИНАЛЬНОЕ»), so only cells are.
   */
  void binarize(int threshold) {
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (pixels[i] & 0xFF) <= threshold ? 0 : (byte) 0xFF;
    }
  }

  /** Writes the image as binary PGM, which Tesseract (Leptonica) reads without decoding work. */
  void writePgm(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      out.write(pixels);
    }
  }

  private static BufferedImage blank(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }
}
