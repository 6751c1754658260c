package prikaz.parser.internal.read.ocr;

import prikaz.parser.internal.read.Limits;

/**
 * The size a page image is read at. A file's stated size is a claim, not a measure: scanners
 * store a 300 dpi page as a PDF page of 34 × 49 inches (72 dpi), and a hostile file can say
 * anything. So a page is read at {@link Ocr#DPI} when that makes at most
 * {@link Limits#OCR_PAGE_PIXELS}, and lower when not; and a page that would be larger than A3 at
 * its stated resolution is taken to be an A4 or A3 page, the sizes orders are printed on.
 */
public final class PageScale {
  /** The sides of A4 and the area of A3, in inches. */
  static final double A4_SHORT_INCH = 210 / 25.4;
  private static final double A3_AREA = 297 / 25.4 * 420 / 25.4;
  /** Tolerance on the A3 area before a stated size is doubted (A3 plus its margins of error). */
  private static final double LARGEST_PAGE = A3_AREA * 1.15;
  /** Images this far from {@link Ocr#DPI} are read as they are; further off, they are rescaled. */
  private static final double RESCALE_BELOW = 250;
  private static final double RESCALE_ABOVE = 450;

  private PageScale() {}

  /**
   * The resolution of a page {@code width} × {@code height} pixels that states {@code dpi}: as
   * stated, unless the page would then be larger than A3; then the resolution at which the image
   * is an A4 page across its short side, or an A3 page in area, whichever is finer.
   */
  public static double plausibleDpi(long width, long height, double dpi) {
    double area = (double) width * height / (dpi * dpi);
    if (area <= LARGEST_PAGE) {
      return dpi;
    }
    return Math.max(Math.min(width, height) / A4_SHORT_INCH, Math.sqrt((double) width * height / A3_AREA));
  }

  /** The resolution of a page of unknown size: an A4 page across its short side. */
  public static double a4Dpi(long width, long height) {
    return Math.min(width, height) / A4_SHORT_INCH;
  }

  /**
   * The resolution OCR reads a page at: {@link Ocr#DPI} when the image is far from it, as it is
   * otherwise, and never finer than makes {@link Limits#OCR_PAGE_PIXELS}.
   */
  public static double readingDpi(long width, long height, double dpi) {
    double target = dpi < RESCALE_BELOW || dpi > RESCALE_ABOVE ? Ocr.DPI : dpi;
    return Math.min(target, budgetDpi(width, height, dpi));
  }

  /** The resolution at which a page {@code width} × {@code height} inches makes {@link Limits#OCR_PAGE_PIXELS}. */
  public static double budgetDpi(double widthInch, double heightInch) {
    return Math.sqrt(Limits.OCR_PAGE_PIXELS / Math.max(widthInch * heightInch, 1e-6));
  }

  /**
   * The finest resolution at which a page {@code width} × {@code height} pixels at {@code dpi} fits
   * the pixel budget (with 5 % to spare, so a page made to the budget is not resampled again):
   * unbounded when it fits as it is.
   */
  public static double budgetDpi(double width, double height, double dpi) {
    double pixels = width * height;
    return pixels <= Limits.OCR_PAGE_PIXELS * 1.05 ? Double.MAX_VALUE : dpi * Math.sqrt(Limits.OCR_PAGE_PIXELS / pixels);
  }
}
