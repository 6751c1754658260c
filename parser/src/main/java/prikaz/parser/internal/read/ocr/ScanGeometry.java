package prikaz.parser.internal.read.ocr;

import prikaz.parser.model.PageArea;

/**
 * Takes a point of the page image OCR reads back to the page image the file holds, as shares of
 * that image's width and height: OCR reads the page cut out of a photo, scaled, turned upright and
 * straightened, and a clerk checks a row against the page as it was scanned. Each step of the
 * preparation adds its inverse; immutable.
 */
final class ScanGeometry {
  /** A point of one image to where it is on the file's page, as shares. */
  @FunctionalInterface
  private interface Back {
    double[] apply(double x, double y);
  }

  private final Back back;

  private ScanGeometry(Back back) {
    this.back = back;
  }

  /** The page image of the file itself, {@code width} × {@code height} pixels. */
  static ScanGeometry of(int width, int height) {
    return new ScanGeometry((x, y) -> new double[] {x / width, y / height});
  }

  /**
   * The page cut out of a photo: {@code h} is the perspective transform from the cut-out page's
   * pixels to the photo's ({@link PagePhoto#homography}).
   */
  ScanGeometry photo(double[] h) {
    return new ScanGeometry((u, v) -> {
      double d = h[6] * u + h[7] * v + 1;
      return back.apply((h[0] * u + h[1] * v + h[2]) / d, (h[3] * u + h[4] * v + h[5]) / d);
    });
  }

  /** The image scaled from {@code fromWidth} × {@code fromHeight} to {@code toWidth} × {@code toHeight}. */
  ScanGeometry scaled(int fromWidth, int fromHeight, int toWidth, int toHeight) {
    double sx = (double) fromWidth / toWidth;
    double sy = (double) fromHeight / toHeight;
    return new ScanGeometry((x, y) -> back.apply(x * sx, y * sy));
  }

  /** The image of {@code width} × {@code height} turned clockwise by 90, 180 or 270 degrees ({@link Orientation#turned}). */
  ScanGeometry turned(int degrees, int width, int height) {
    return switch (degrees) {
      case 0 -> this;
      case 90 -> new ScanGeometry((x, y) -> back.apply(y, height - x));
      case 180 -> new ScanGeometry((x, y) -> back.apply(width - x, height - y));
      case 270 -> new ScanGeometry((x, y) -> back.apply(width - y, x));
      default -> throw new IllegalArgumentException("a page is turned by quarters: " + degrees);
    };
  }

  /** The image of {@code width} × {@code height} rotated about its centre ({@link GrayImage#rotate}). */
  ScanGeometry rotated(double degrees, int width, int height) {
    if (degrees == 0) {
      return this;
    }
    double cos = Math.cos(Math.toRadians(degrees));
    double sin = Math.sin(Math.toRadians(degrees));
    double cx = width / 2.0;
    double cy = height / 2.0;
    return new ScanGeometry((x, y) -> {
      double dx = x - cx;
      double dy = y - cy;
      return back.apply(cx + dx * cos + dy * sin, cy - dx * sin + dy * cos);
    });
  }

  /**
   * The rectangle {@code x0, y0 – x1, y1} (pixels of the image read) on the file's page {@code
   * page}; null when it cannot be placed (a photo's corners so skewed that a point maps nowhere).
   */
  PageArea area(int page, double x0, double y0, double x1, double y1) {
    double left = Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (double[] corner : new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}) {
      double[] at = back.apply(corner[0], corner[1]);
      left = Math.min(left, at[0]);
      right = Math.max(right, at[0]);
      top = Math.min(top, at[1]);
      bottom = Math.max(bottom, at[1]);
    }
    if (!Double.isFinite(left) || !Double.isFinite(top) || !Double.isFinite(right) || !Double.isFinite(bottom)) {
      return null;
    }
    return PageArea.of(page, left, top, right, bottom);
  }
}
