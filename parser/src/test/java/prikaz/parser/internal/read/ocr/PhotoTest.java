package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** A page photographed on a desk is found, made upright, lit evenly and read as a scan. */
class PhotoTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void theCornersOfThePaperAreFoundInAPhotoAndNotInAScan() throws Exception {
    BufferedImage page = ScanVariants.sample(SAMPLES, "artem-2020-218");
    BufferedImage photo = ScanVariants.photo(page, 1200, 0.6, 1);
    byte[] gray = ColourInk.grayWithoutStamps(photo);

    PagePhoto.Corners corners = PagePhoto.find(photo.getWidth(), photo.getHeight(), gray);

    assertNotNull(corners);
    // Where ScanVariants put the page's corners (±1.5 % of the picture: a pixel of the small copy).
    double[] xs = {0.16 * 1200, 0.86 * 1200, 0.93 * 1200, 0.07 * 1200};
    double[] ys = {0.09 * 1600, 0.11 * 1600, 0.93 * 1600, 0.90 * 1600};
    for (int k = 0; k < 4; k++) {
      assertEquals(xs[k], corners.xs()[k], 18, "x of corner " + k);
      assertEquals(ys[k], corners.ys()[k], 24, "y of corner " + k);
    }
    GrayImage scan = GrayImage.of(page, 200);
    assertNull(PagePhoto.find(scan.width, scan.height, scan.pixels));
  }

  @Test
  void evenedLightMakesTheShadedCornerPaperAgainAndKeepsThePrint() throws Exception {
    int width = 600;
    int height = 600;
    byte[] pixels = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double light = 1 - 0.5 * (x + y) / (double) (width + height);
        boolean print = y % 60 >= 20 && y % 60 < 26 && x % 40 < 30; // strokes of text lines
        pixels[y * width + x] = (byte) Math.round((print ? 40 : 235) * light);
      }
    }
    // 8 inches square at 75 dpi: the light falls to half over the page's diagonal.
    GrayImage image = GrayImage.of(width, height, pixels, 75);

    Lighting.even(image);

    assertTrue(image.get(590, 590) >= 235, "shaded paper (119 before) " + image.get(590, 590));
    assertTrue(image.get(5, 5) >= 235, "lit paper " + image.get(5, 5));
    assertTrue(image.get(565, 563) <= 80, "shaded print " + image.get(565, 563));
  }

  @Test
  @Tag("ocr")
  void aColourPhotoOfAPageOnADeskIsReadLikeTheScan(@TempDir Path dir) throws Exception {
    BufferedImage page = ScanVariants.sample(SAMPLES, "artem-2020-218");
    Path file = dir.resolve("photo.jpg");
    ScanVariants.writeJpeg(ScanVariants.photo(page, 2200, 0.55, 7), file, 0.85f);
    OrderParser parser = OrderParser.builder().build();

    Order photo = parser.parse(file);
    Order scan = parser.parse(SAMPLES.resolve("artem-2020-218.scan.png"));

    assertEquals(LocalDate.of(2020, 10, 14), photo.header().date());
    assertEquals("218", photo.header().number());
    assertEquals(scan.header().title(), photo.header().title());
    assertEquals("Н.И. Макиенко", photo.header().signatory().name());
    PlanScore score = PlanScore.of(scan, photo);
    assertTrue(score.reference() >= 3, score.toString());
    assertTrue(score.rowShare() >= 0.95 && score.similarity() >= 0.90, score.toString());
  }
}
