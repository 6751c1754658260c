package prikaz.parser.internal.read.ocr;

import java.awt.image.BufferedImage;

/**
 * A page image made ready for OCR as grey: coloured stamp and pen ink left out ({@link ColourInk}),
 * a page photographed on a desk cut out and made upright ({@link PagePhoto}) with its light evened
 * out ({@link Lighting}). A grey scan passes through as grey; a 1-bit one loses its specks of dust
 * ({@link Specks}).
 */
final class PageCleaner {
  private PageCleaner() {}

  /** A page made ready for OCR and the way back from its pixels to the image's. */
  record Cleaned(GrayImage image, ScanGeometry geometry) {}

  static Cleaned clean(BufferedImage image, double dpi) {
    ScanGeometry geometry = ScanGeometry.of(image.getWidth(), image.getHeight());
    GrayImage gray = ColourInk.hasColour(image)
        ? GrayImage.of(image.getWidth(), image.getHeight(), ColourInk.grayWithoutStamps(image), dpi)
        : GrayImage.of(image, dpi);
    if (Specks.isBilevel(gray)) {
      Specks.remove(gray);
      return new Cleaned(gray, geometry);
    }
    return photo(gray, geometry);
  }

  /** The page cut out of a photo and lit evenly; any other image as it is. */
  private static Cleaned photo(GrayImage image, ScanGeometry geometry) {
    PagePhoto.Corners corners = PagePhoto.find(image.width, image.height, image.pixels);
    if (corners == null) {
      return new Cleaned(image, geometry);
    }
    GrayImage page = PagePhoto.straighten(image.width, image.height, image.pixels, corners);
    Lighting.even(page);
    return new Cleaned(page, geometry.photo(PagePhoto.homography(new double[] {0, page.width, page.width, 0},
        new double[] {0, 0, page.height, page.height}, corners.xs(), corners.ys())));
  }
}
