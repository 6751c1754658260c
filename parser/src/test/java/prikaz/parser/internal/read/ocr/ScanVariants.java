package prikaz.parser.internal.read.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Page images as clerks get them, made from our own sample scans (samples/NAME.scan.png): a phone
 * photo of the page on a desk, a page with a blue stamp, a 1-bit office scan with hairline borders.
 */
final class ScanVariants {
  private ScanVariants() {}

  static BufferedImage sample(Path samples, String name) throws IOException {
    return ImageIO.read(samples.resolve(name + ".scan.png").toFile());
  }

  /**
   * The page photographed from above and a little to the side: on a brown desk, in perspective
   * (the far edge narrower), lit from one corner (the far corner at {@code shade} of the light),
   * in colour, {@code width} pixels wide.
   */
  static BufferedImage photo(BufferedImage page, int width, double shade, long seed) {
    int height = width * 4 / 3;
    double[] xs = {0.16 * width, 0.86 * width, 0.93 * width, 0.07 * width};
    double[] ys = {0.09 * height, 0.11 * height, 0.93 * height, 0.90 * height};
    double[] h = PagePhoto.homography(xs, ys,
        new double[] {0, page.getWidth(), page.getWidth(), 0}, new double[] {0, 0, page.getHeight(), page.getHeight()});
    BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double light = 1 - (1 - shade) * (x / (double) width + y / (double) height) / 2;
        double d = h[6] * x + h[7] * y + 1;
        double u = (h[0] * x + h[1] * y + h[2]) / d;
        double v = (h[3] * x + h[4] * y + h[5]) / d;
        int r;
        int g;
        int b;
        if (u >= 0 && v >= 0 && u < page.getWidth() - 1 && v < page.getHeight() - 1) {
          int grey = bilinear(page, u, v);
          r = grey;
          g = grey - 4;
          b = grey - 14;
        } else {
          int grain = random.nextInt(16);
          r = 120 + grain;
          g = 82 + grain;
          b = 50 + grain;
        }
        int noise = (int) Math.round(random.nextGaussian() * 4);
        photo.setRGB(x, y, rgb(r * light + noise, g * light + noise, b * light + noise));
      }
    }
    return photo;
  }

  /**
   * A round violet-blue stamp of {@code radius} pixels centred at (x, y), with a word and strokes
   * inside its rings; its ink multiplies the page under it, as ink on paper does (over print it is
   * print-dark, over paper stamp-blue).
   */
  static BufferedImage stamped(BufferedImage page, int x, int y, int radius) {
    BufferedImage mask = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = mask.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(radius / 18f));
    g.draw(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    g.draw(new Ellipse2D.Double(x - radius * 0.7, y - radius * 0.7, 1.4 * radius, 1.4 * radius));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, radius / 4));
    g.drawString("ПЕЧАТЬ", x - radius / 2, y + radius / 10);
    g.setStroke(new BasicStroke(radius / 40f));
    for (int k = 0; k < 6; k++) {
      g.drawLine(x - radius + k * radius / 3, y - radius / 2 + (k % 2) * radius / 4, x - radius / 2 + k * radius / 3,
          y + radius / 2 - (k % 2) * radius / 3);
    }
    g.dispose();
    int[] ink = {70, 60, 190};
    BufferedImage colour = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int py = 0; py < page.getHeight(); py++) {
      for (int px = 0; px < page.getWidth(); px++) {
        int base = page.getType() == BufferedImage.TYPE_INT_RGB ? -1 : grey(page, px, py);
        int rgb = base < 0 ? page.getRGB(px, py) : base << 16 | base << 8 | base;
        double cover = mask.getRaster().getSample(px, py, 0) / 255.0 * 0.85;
        int[] c = {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
        for (int k = 0; k < 3; k++) {
          c[k] = (int) Math.round(c[k] * (1 - cover + cover * ink[k] / 255.0));
        }
        colour.setRGB(px, py, c[0] << 16 | c[1] << 8 | c[2]);
      }
    }
    return colour;
  }

  /**
   * The page with the boxes painted paper-white and a pen scrawl over each (loops of a handwriting
   * that is not letters), in the page's grey: a date and a number filled in by hand, a signature.
   */
  static BufferedImage handwritten(BufferedImage page, long seed, int[]... boxes) {
    BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = copy.createGraphics();
    g.drawImage(page, 0, 0, null);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Random random = new Random(seed);
    for (int[] box : boxes) { // x, y, width, height
      g.setColor(new Color(235, 235, 235));
      g.fillRect(box[0], box[1], box[2], box[3]);
      g.setColor(new Color(60, 60, 60));
      g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      java.awt.geom.Path2D.Double pen = new java.awt.geom.Path2D.Double();
      double mid = box[1] + box[3] / 2.0;
      pen.moveTo(box[0] + 10, mid);
      for (double x = box[0] + 10; x < box[0] + box[2] - 20; x += 6) {
        double loop = Math.sin(x / (7 + random.nextInt(5))) * box[3] * (0.2 + 0.25 * random.nextDouble());
        pen.lineTo(x + random.nextInt(4), mid + loop - (x - box[0]) * 0.04);
      }
      g.draw(pen);
    }
    g.dispose();
    return copy;
  }

  /** Writes a colour image as JPEG at the quality given (0–1). */
  static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static int bilinear(BufferedImage page, double u, double v) {
    int x0 = (int) u;
    int y0 = (int) v;
    double fx = u - x0;
    double fy = v - y0;
    double a = grey(page, x0, y0) * (1 - fx) + grey(page, x0 + 1, y0) * fx;
    double b = grey(page, x0, y0 + 1) * (1 - fx) + grey(page, x0 + 1, y0 + 1) * fx;
    return (int) Math.round(a * (1 - fy) + b * fy);
  }

  private static int grey(BufferedImage page, int x, int y) {
    return page.getRaster().getSample(x, y, 0);
  }

  private static int rgb(double r, double g, double b) {
    return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
