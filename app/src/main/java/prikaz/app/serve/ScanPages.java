package prikaz.app.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a scanned upload as PNG images for the page, to show beside the table: a PDF's
 * pages rendered by PDFBox, an image file's frames (a multi-page TIFF) decoded by Image I/O. Whole
 * pages, upright as the file holds them: the items' page areas are shares of exactly these.
 */
final class ScanPages {
  /** Dots per inch of a rendered PDF page: legible on screen, small to send. */
  private static final float DPI = 110;
  /** Wider pages are scaled down to this many pixels. */
  private static final int MAX_WIDTH = 1400;

  private ScanPages() {}

  /**
   * The scan's pages as PNG, in order, as many as fit in {@code maxBytes} (the first pages of a
   * longer scan); empty when the file is no image or PDF Image I/O or PDFBox can read.
   */
  static List<byte[]> render(byte[] scan, long maxBytes) {
    List<byte[]> pages = new ArrayList<>();
    long total = 0;
    try {
      if (isPdf(scan)) {
        try (PDDocument pdf = Loader.loadPDF(scan)) {
          PDFRenderer renderer = new PDFRenderer(pdf);
          for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            byte[] png = png(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
            if ((total += png.length) > maxBytes) {
              break;
            }
            pages.add(png);
          }
        }
      } else {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(scan))) {
          ImageReader reader = reader(in);
          try {
            for (int i = 0; i < reader.getNumImages(true); i++) {
              byte[] png = png(reader.read(i));
              if ((total += png.length) > maxBytes) {
                break;
              }
              pages.add(png);
            }
          } finally {
            reader.dispose();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // The parser read the file; a page the viewer cannot draw is simply not shown.
    }
    return pages;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(scaled(image), "png", out);
    return out.toByteArray();
  }

  private static ImageReader reader(ImageInputStream in) throws IOException {
    Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
    if (readers == null || !readers.hasNext()) {
      throw new IOException("not an image");
    }
    ImageReader reader = readers.next();
    reader.setInput(in);
    return reader;
  }

  private static BufferedImage scaled(BufferedImage image) {
    if (image.getWidth() <= MAX_WIDTH) {
      return image;
    }
    int height = Math.max(1, image.getHeight() * MAX_WIDTH / image.getWidth());
    BufferedImage small = new BufferedImage(MAX_WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = small.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, MAX_WIDTH, height, null);
    g.dispose();
    return small;
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
  }
}
