package prikaz.app.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a scanned upload as PNG images for the page, to show beside the table: a PDF's
 * pages rendered by PDFBox, an image file's frames (a multi-page TIFF) decoded by Image I/O.
 */
final class ScanPages {
  /** Dots per inch of a rendered PDF page: legible on screen, small to send. */
  private static final float DPI = 110;
  /** Wider pages are scaled down to this many pixels. */
  private static final int MAX_WIDTH = 1400;

  private ScanPages() {}

  /** How many pages the scan has. */
  static int count(byte[] scan) throws IOException {
    if (isPdf(scan)) {
      try (PDDocument pdf = Loader.loadPDF(scan)) {
        return pdf.getNumberOfPages();
      }
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(scan))) {
      ImageReader reader = reader(in);
      try {
        return reader.getNumImages(true);
      } finally {
        reader.dispose();
      }
    }
  }

  /** Page {@code index} (from 0) as PNG; IndexOutOfBoundsException when there is no such page. */
  static byte[] png(byte[] scan, int index) throws IOException {
    BufferedImage image;
    if (isPdf(scan)) {
      try (PDDocument pdf = Loader.loadPDF(scan)) {
        if (index < 0 || index >= pdf.getNumberOfPages()) {
          throw new IndexOutOfBoundsException(index);
        }
        image = new PDFRenderer(pdf).renderImageWithDPI(index, DPI, ImageType.GRAY);
      }
    } else {
      try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(scan))) {
        ImageReader reader = reader(in);
        try {
          if (index < 0 || index >= reader.getNumImages(true)) {
            throw new IndexOutOfBoundsException(index);
          }
          image = reader.read(index);
        } finally {
          reader.dispose();
        }
      }
    }
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
