package prikaz.parser.read.ocr;

import java.awt.image.BufferedImage;

/**
 * A page image made ready for OCR as grey: coloured stamp and pen ink left out ({@link ColourInk}),
 * a page photographed on a desk cut out and made upright ({@link PagePhoto}) with its light evened
 * out ({@link Lighting}). A grey scan passes through as grey; a 1-bit one loses its specks of dust
 * ({@link Specks}).
 */
final class PageCleaner {
  private PageCleaner() {}

  static GrayImage clean(BufferedImage image, double dpi) {
    GrayImage gray = ColourInk.hasColour(image)
        ? GrayImage.of(image.getWidth(), image.getHeight(), ColourInk.grayWithoutStamps(image), dpi)
        : GrayImage.of(image, dpi);
    if (Specks.isBilevel(gray)) {
      Specks.remove(gray);
      return gray;
    }
    return photo(gray);
  }

  /** The page cut out of a photo and lit evenly; any other image as it is. */
  private static GrayImage photo(GrayImage image) {
    PagePhoto.Corners corners = PagePhoto.find(image.width, image.height, image.pixels);
    if (corners == null) {
      return image;
    }
    GrayImage page = PagePhoto.straighten(image.width, image.height, image.pixels, corners);
    Lighting.even(page);
    return page;
  }
}
