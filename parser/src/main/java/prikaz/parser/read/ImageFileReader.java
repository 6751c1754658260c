package prikaz.parser.read;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.read.ocr.Ocr;
import prikaz.parser.read.positional.Page;
import prikaz.parser.read.positional.PositionalLayout;
import org.w3c.dom.NodeList;

/**
 * A scanned page as an image file (PNG, JPEG, TIFF with any number of pages, BMP, GIF), read with
 * the JDK's image decoders and then OCR. The resolution comes from the file (PNG pHYs, JFIF, TIFF
 * tags); a file that does not say is taken to be an A4 page scanned edge to edge, which is what a
 * clerk's scanner makes.
 */
final class ImageFileReader implements LayoutReader {
  /** The short side of A4, in inches. */
  private static final double A4_SHORT = 210 / 25.4;
  private static final int MAX_FRAMES = 500;
  /** A frame larger than this is refused before it is decoded. */
  private static final long MAX_PIXELS = 200_000_000L;

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
    try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
      Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new DocumentException(DocumentException.Reason.UNREADABLE, "the image cannot be decoded");
      }
      javax.imageio.ImageReader decoder = readers.next();
      try {
        decoder.setInput(in, false, false);
        int frames = frameCount(decoder);
        List<Page> pages = ocr.read(frames, i -> {
          long pixels = (long) decoder.getWidth(i) * decoder.getHeight(i);
          if (pixels > MAX_PIXELS) {
            throw new IOException("page " + (i + 1) + " has " + pixels / 1_000_000 + " megapixels");
          }
          var image = decoder.read(i);
          return new Ocr.PageImage(i + 1, image, dpi(decoder, i, image.getWidth(), image.getHeight()));
        });
        return new Result(PositionalLayout.build(pages), null, List.of(), true);
      } finally {
        decoder.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, Readers.describe(e), e);
    }
  }

  /** Pages of a multi-page TIFF (or frames of a GIF); 1 for other images. */
  private static int frameCount(javax.imageio.ImageReader decoder) throws IOException, DocumentException {
    int count = decoder.getNumImages(true);
    if (count < 1) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "the image has no pages");
    }
    if (count > MAX_FRAMES) {
      throw new DocumentException(DocumentException.Reason.TOO_LARGE, count + " pages (at most " + MAX_FRAMES + ")");
    }
    return count;
  }

  /** The resolution the file states, or the one that makes the image an A4 page. */
  static double dpi(javax.imageio.ImageReader decoder, int index, int width, int height) {
    try {
      IIOMetadata metadata = decoder.getImageMetadata(index);
      if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() > 0) {
          double millimetres = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
          double dpi = 25.4 / millimetres;
          // 72 and 96 are what programs write when they do not know; a page is not scanned so coarsely.
          if (dpi >= 100 && dpi <= 1200) {
            return dpi;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // No usable metadata: fall back to the page size.
    }
    return Math.min(width, height) / A4_SHORT;
  }
}
