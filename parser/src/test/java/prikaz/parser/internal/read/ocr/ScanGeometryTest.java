package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.PageArea;

/**
 * A mark's place in the image OCR reads, taken back through {@link ScanGeometry}, is the mark's
 * place in the file's image: each preparation step is done for real on an image with one dark
 * square, the square found again, and its centre mapped back.
 */
class ScanGeometryTest {
  private static final int WIDTH = 400;
  private static final int HEIGHT = 300;
  /** The square's centre in the file's image. */
  private static final double X = 310;
  private static final double Y = 70;

  private static GrayImage page() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.fillRect((int) X - 5, (int) Y - 5, 10, 10);
    g.dispose();
    return GrayImage.of(image, 100);
  }

  /** The centre of the dark pixels. */
  private static double[] centre(GrayImage image) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int y = 0; y < image.height; y++) {
      for (int x = 0; x < image.width; x++) {
        if (image.get(x, y) < 100) {
          sx += x + 0.5;
          sy += y + 0.5;
          n++;
        }
      }
    }
    return new double[] {sx / n, sy / n};
  }

  private static void assertBack(ScanGeometry geometry, GrayImage read, double tolerancePixels) {
    double[] c = centre(read);
    PageArea back = geometry.area(3, c[0], c[1], c[0], c[1]);
    assertEquals(3, back.page());
    assertEquals(X / WIDTH, back.x(), tolerancePixels / WIDTH, "x");
    assertEquals(Y / HEIGHT, back.y(), tolerancePixels / HEIGHT, "y");
  }

  @Test
  void aPageTurnedUprightMapsBackToThePageAsScanned() {
    for (int turn : new int[] {90, 180, 270}) {
      GrayImage turned = Orientation.turned(page(), turn);
      assertBack(ScanGeometry.of(WIDTH, HEIGHT).turned(turn, WIDTH, HEIGHT), turned, 1);
    }
  }

  @Test
  void aStraightenedPageMapsBack() {
    for (double degrees : new double[] {-3.5, 1.2, 4}) {
      GrayImage rotated = page().rotate(degrees);
      assertBack(ScanGeometry.of(WIDTH, HEIGHT).rotated(degrees, WIDTH, HEIGHT), rotated, 1);
    }
  }

  @Test
  void aScaledPageMapsBack() {
    GrayImage scaled = page().scaleTo(300);
    assertEquals(WIDTH * 3, scaled.width);
    assertBack(ScanGeometry.of(WIDTH, HEIGHT).scaled(WIDTH, HEIGHT, scaled.width, scaled.height), scaled, 1);
  }

  @Test
  void stepsAddUpInTheirOrder() {
    GrayImage scaled = page().scaleTo(200);
    GrayImage turned = Orientation.turned(scaled, 90);
    GrayImage straight = turned.rotate(-2);
    ScanGeometry geometry = ScanGeometry.of(WIDTH, HEIGHT).scaled(WIDTH, HEIGHT, scaled.width, scaled.height)
        .turned(90, scaled.width, scaled.height).rotated(-2, turned.width, turned.height);
    assertBack(geometry, straight, 1.5);
  }

  @Test
  void aPageCutOutOfAPhotoMapsBackToThePhoto() {
    // A page photographed in perspective: the paper's corners in the photo, clockwise from top left.
    double[] xs = {60, 350, 380, 30};
    double[] ys = {40, 50, 280, 270};
    GrayImage photo = page();
    GrayImage cut = PagePhoto.straighten(WIDTH, HEIGHT, photo.pixels, new PagePhoto.Corners(xs, ys));
    double[] h = PagePhoto.homography(new double[] {0, cut.width, cut.width, 0}, new double[] {0, 0, cut.height, cut.height},
        xs, ys);
    assertBack(ScanGeometry.of(WIDTH, HEIGHT).photo(h), cut, 1);
  }

  @Test
  void anAreaIsTheBoxAroundItsCornersOnThePage() {
    // A word box read on the page turned a quarter: the same box, across, on the page as scanned.
    PageArea area = ScanGeometry.of(WIDTH, HEIGHT).turned(90, WIDTH, HEIGHT).area(1, 200, 100, 260, 120);
    assertEquals(new PageArea(1, 0.25, 0.1333, 0.05, 0.2), area);
  }
}
