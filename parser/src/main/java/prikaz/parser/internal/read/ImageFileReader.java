package prikaz.parser.internal.read;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.internal.read.ocr.Ocr;
import prikaz.parser.internal.read.ocr.PageScale;
import prikaz.parser.internal.read.positional.Page;
import prikaz.parser.internal.read.positional.PositionalLayout;

/**
 * A scanned page as an image file (PNG, JPEG, TIFF with any number of pages and any compression
 * the JDK reads, CCITT G3 and G4 fax included; BMP, GIF), read with the JDK's image decoders and
 * then OCR. The resolution comes from the file, per axis (PNG pHYs, JFIF density, TIFF XResolution
 * and YResolution): a fax page of 204 × 98 dpi is stretched to square pixels, not read at half its
 * height. A file that does not say is taken to be an A4 page scanned edge to edge, which is what a
 * clerk's scanner makes. A page is decoded to at most {@link Limits#OCR_PAGE_PIXELS} (subsampled as
 * it is decoded), never at the size it claims.
 */
final class ImageFileReader implements LayoutReader {
  /** A stated resolution coarser or finer than this is what a program writes when it does not know. */
  private static final double LEAST_DPI = 100;
  private static final double MOST_DPI = 1200;
  /** The most one axis's resolution may differ from the other's (fax: about 2). */
  private static final double MOST_ASPECT = 4;

  private final Ocr ocr;

  ImageFileReader(Ocr ocr) {
    this.ocr = ocr;
  }

  @Override
  public Result read(byte[] content) throws DocumentException {
    if (ocr == null || ocr.mode() == OcrMode.NEVER) {
      throw new DocumentException(DocumentException.Reason.SCANNED,
          "the file is an image; OCR is " + (ocr == null ? "needed to read it" : "turned off"));
    }
    int tiffPages = TiffPages.isTiff(content) ? TiffPages.count(content) : 0;
    try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
      Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new DocumentException(DocumentException.Reason.UNREADABLE, "the image cannot be decoded");
      }
      javax.imageio.ImageReader decoder = readers.next();
      try {
        decoder.setInput(in, false, false);
        int frames = tiffPages > 0 ? tiffPages : frameCount(decoder);
        List<Page> pages = ocr.read(frames, i -> page(decoder, i));
        return new Result(PositionalLayout.build(pages), null, List.of(), true);
      } finally {
        decoder.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, Readers.describe(e), e);
    }
  }

  /**
   * Page {@code index}, decoded at most {@link Limits#OCR_PAGE_PIXELS} large, in square pixels at
   * the resolution of its finer axis.
   */
  static Ocr.PageImage page(javax.imageio.ImageReader decoder, int index) throws IOException, DocumentException {
    int width = decoder.getWidth(index);
    int height = decoder.getHeight(index);
    long pixels = (long) width * height;
    if (pixels > Limits.MAX_PAGE_PIXELS) {
      throw Limits.pagePixels(index + 1, pixels);
    }
    double[] stated = resolution(decoder, index, width, height);
    double dpi = Math.max(stated[0], stated[1]);
    double targetWidth = width * dpi / stated[0];
    double targetHeight = height * dpi / stated[1];
    double scale = Math.min(1, PageScale.budgetDpi(targetWidth, targetHeight, 1));
    int w = Math.max(1, (int) Math.round(targetWidth * scale));
    int h = Math.max(1, (int) Math.round(targetHeight * scale));
    ImageReadParam param = decoder.getDefaultReadParam();
    int sx = Math.max(1, width / w);
    int sy = Math.max(1, height / h);
    if ((long) (width / sx) * (height / sy) > 2 * Limits.OCR_PAGE_PIXELS) {
      sx = Math.max(1, (width + w - 1) / w);
      sy = Math.max(1, (height + h - 1) / h);
    }
    if (sx > 1 || sy > 1) {
      param.setSourceSubsampling(sx, sy, 0, 0);
    }
    BufferedImage image = decoder.read(index, param);
    return new Ocr.PageImage(index + 1, resized(image, w, h), PageScale.plausibleDpi(w, h, dpi * scale));
  }

  /** The image as {@code width} × {@code height} grey pixels, itself when it is that already. */
  private static BufferedImage resized(BufferedImage image, int width, int height) {
    if (image.getWidth() == width && image.getHeight() == height) {
      return image;
    }
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  /** Pages of a multi-page image (frames of a GIF); 1 for other images. */
  private static int frameCount(javax.imageio.ImageReader decoder) throws IOException, DocumentException {
    int count = decoder.getNumImages(true);
    if (count < 1) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "the image has no pages");
    }
    if (count > Limits.MAX_PAGES) {
      throw Limits.pages(count);
    }
    return count;
  }

  /** The horizontal resolution the file states, or the one that makes the image an A4 page. */
  static double dpi(javax.imageio.ImageReader decoder, int index, int width, int height) {
    return resolution(decoder, index, width, height)[0];
  }

  /**
   * The horizontal and vertical resolution the file states, or both the one that makes the image
   * an A4 page. A vertical resolution is trusted only beside a trusted horizontal one, and only
   * when the two are at most {@value #MOST_ASPECT} times apart.
   */
  static double[] resolution(javax.imageio.ImageReader decoder, int index, int width, int height) {
    try {
      IIOMetadata metadata = decoder.getImageMetadata(index);
      if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        double x = dpi(root, "HorizontalPixelSize");
        double y = dpi(root, "VerticalPixelSize");
        // 72 and 96 are what programs write when they do not know; a page is not scanned so coarsely.
        if (x >= LEAST_DPI && x <= MOST_DPI) {
          boolean square = Double.isNaN(y) || y > x * MOST_ASPECT || y * MOST_ASPECT < x;
          return new double[] {x, square ? x : y};
        }
      }
    } catch (IOException | RuntimeException e) {
      // No usable metadata: fall back to the page size.
    }
    double a4 = PageScale.a4Dpi(width, height);
    return new double[] {a4, a4};
  }

  /** Dots per inch from a pixel size in millimetres, NaN when the tree does not have it. */
  private static double dpi(IIOMetadataNode root, String element) {
    NodeList sizes = root.getElementsByTagName(element);
    if (sizes.getLength() == 0) {
      return Double.NaN;
    }
    double millimetres = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
    return millimetres > 0 ? 25.4 / millimetres : Double.NaN;
  }
}
