package prikaz.parser.internal.read.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.DocumentException;

/**
 * Which way up a page was scanned (0, 90, 180 or 270 degrees), and the page turned upright before
 * it is read: a stack fed upside down, or a landscape plan page scanned sideways, reads as if
 * fed right. Tesseract's orientation detection ({@code --psm 0}, the {@code osd} model of
 * Debian's {@code tesseract-ocr-osd}) judges each letter in the four directions. Given the whole
 * page it takes half as long as reading the page; given only the band of the page with the most
 * print, two inches high, and told to stop after {@value #CHARACTERS} to five times as many
 * letters, it takes a third of that (bench/scans/orientation.py, the 19 sample pages in four
 * directions: 0.5 s a page against 1.6 s, and the whole page's answer for all 76). Without the
 * model pages are read as they come.
 */
final class Orientation {
  /** Tesseract's model for orientation and script detection. */
  static final String MODEL = "osd";
  /** The letters Tesseract judges at least (at most five times as many). */
  static final int CHARACTERS = 15;
  /** Below this confidence (Tesseract's margin of the best direction over the next) a page is left as it is. */
  private static final double LEAST_CONFIDENCE = 1.5;
  /**
   * The band is judged at this resolution or a little more (a 300 dpi page at half its size): the
   * letters' shapes tell their direction as well, in a third less time (the bench pages in four
   * directions: the same turn for all, at about the same confidence; at 100 dpi it falters).
   */
  static final double JUDGED_DPI = 150;
  /** The height of the band of print that is judged. */
  private static final double BAND_INCH = 2;
  private static final long TIMEOUT_SECONDS = 60;
  private static final Pattern ROTATE = Pattern.compile("Rotate: (\\d+)");
  private static final Pattern CONFIDENCE = Pattern.compile("Orientation confidence: ([\\d.]+)");

  private Orientation() {}

  /**
   * The page turned upright: itself when it is upright already, when the {@code osd} model is not
   * installed, or when Tesseract finds too few letters or is unsure.
   */
  static GrayImage upright(GrayImage image, String command, int page) throws DocumentException, InterruptedException {
    int turn = clockwiseTurn(image, command, page);
    return turn == 0 ? image : turned(image, turn);
  }

  /** The clockwise turn, in degrees, that makes the page upright; 0 when unknown. */
  static int clockwiseTurn(GrayImage image, String command, int page) throws DocumentException, InterruptedException {
    if (!Tesseract.has(command, MODEL)) {
      return 0;
    }
    Path band = null;
    try {
      band = Files.createTempFile("prikaz-osd-", ".pgm");
      // A few per cent under (a page scaled to fit its pixel budget, a resolution stored as a fraction) counts.
      int shrink = Math.max(1, (int) (image.dpi / JUDGED_DPI + 0.05));
      writeDensestBand(image, band, shrink);
      String report = Tesseract.orientation(command, band, (int) Math.round(image.dpi / shrink), CHARACTERS,
          TIMEOUT_SECONDS, page);
      return report == null ? 0 : turnOf(report);
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE,
          "page " + page + " could not be prepared for OCR: " + e.getMessage(), e);
    } finally {
      Tesseract.deleteQuietly(band);
    }
  }

  /** The turn a report of {@code --psm 0} asks for, when it is sure enough of it. */
  static int turnOf(String report) {
    Matcher rotate = ROTATE.matcher(report);
    Matcher confidence = CONFIDENCE.matcher(report);
    if (!rotate.find() || !confidence.find() || Double.parseDouble(confidence.group(1)) < LEAST_CONFIDENCE) {
      return 0;
    }
    int degrees = Integer.parseInt(rotate.group(1));
    return degrees == 90 || degrees == 180 || degrees == 270 ? degrees : 0;
  }

  /**
   * Writes the rows of the page's band {@value #BAND_INCH} inches high with the most ink as PGM
   * (the whole page when it is not much higher), {@code shrink} times smaller each way (each pixel
   * the mean of a square of them).
   */
  static void writeDensestBand(GrayImage image, Path file, int shrink) throws IOException {
    int band = (int) Math.min(image.height, Math.round(BAND_INCH * image.dpi));
    int threshold = image.inkThreshold();
    long[] ink = new long[image.height + 1];
    for (int y = 0; y < image.height; y++) {
      int row = 0;
      int at = y * image.width;
      for (int x = 0; x < image.width; x++) {
        if ((image.pixels[at + x] & 0xFF) <= threshold) {
          row++;
        }
      }
      ink[y + 1] = ink[y] + row;
    }
    int top = 0;
    for (int y = 0; y + band <= image.height; y++) {
      if (ink[y + band] - ink[y] > ink[top + band] - ink[top]) {
        top = y;
      }
    }
    int width = image.width / shrink;
    int height = band / shrink;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      if (shrink == 1) {
        out.write(image.pixels, top * image.width, band * image.width);
        return;
      }
      int[] sums = new int[width];
      byte[] row = new byte[width];
      int square = shrink * shrink;
      for (int y = 0; y < height; y++) {
        java.util.Arrays.fill(sums, 0);
        for (int dy = 0; dy < shrink; dy++) {
          int at = (top + y * shrink + dy) * image.width;
          for (int x = 0; x < width * shrink; x++) {
            sums[x / shrink] += image.pixels[at + x] & 0xFF;
          }
        }
        for (int x = 0; x < width; x++) {
          row[x] = (byte) (sums[x] / square);
        }
        out.write(row);
      }
    }
  }

  /** The image turned clockwise by a quarter, half or three quarters of a turn. */
  static GrayImage turned(GrayImage image, int degrees) {
    int w = image.width;
    int h = image.height;
    boolean quarter = degrees != 180;
    BufferedImage target = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] to = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
    byte[] from = image.pixels;
    for (int y = 0; y < h; y++) {
      int row = y * w;
      for (int x = 0; x < w; x++) {
        int at = switch (degrees) {
          case 90 -> x * h + (h - 1 - y);
          case 180 -> (h - 1 - y) * w + (w - 1 - x);
          default -> (w - 1 - x) * h + y;
        };
        to[at] = from[row + x];
      }
    }
    return GrayImage.of(target, image.dpi);
  }
}
