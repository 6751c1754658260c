package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;

/** Blue and violet stamps over a scanned page are left out before it is read. */
class StampTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void blueAndVioletInkIsStampAndBlackGreyAndRedAreNot() {
    assertTrue(ColourInk.isStampInk(70, 60, 190)); // stamp pad blue
    assertTrue(ColourInk.isStampInk(120, 60, 170)); // violet
    assertTrue(ColourInk.isStampInk(40, 70, 150)); // ballpoint pen
    assertFalse(ColourInk.isStampInk(30, 30, 40)); // black print, slightly blue
    assertFalse(ColourInk.isStampInk(200, 198, 190)); // paper
    assertFalse(ColourInk.isStampInk(190, 40, 40)); // red
    assertFalse(ColourInk.isStampInk(120, 125, 140)); // grey print with a faint tint
    assertFalse(ColourInk.isStampInk(225, 222, 212)); // yellowish paper
  }

  @Test
  void aStampIsPaintedOutToPaperAndThePrintBesideItKept() {
    BufferedImage image = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x4636BE); // stamp over paper
    image.setRGB(1, 0, 0x141414); // print
    image.setRGB(2, 0, 0xF0F0EB); // paper
    image.setRGB(3, 0, 0x14123C); // stamp over print

    byte[] gray = ColourInk.grayWithoutStamps(image);

    assertEquals(239, gray[0] & 0xFF, "stamp over paper: the paper's brightness");
    assertEquals(20, gray[1] & 0xFF);
    assertEquals(239, gray[2] & 0xFF);
    assertTrue((gray[3] & 0xFF) < 100, "stamp over print stays dark: " + (gray[3] & 0xFF));
  }

  @Test
  @Tag("ocr")
  void aStampOverAHeaderCellAndTheSignatureLeavesTheColumnAndTheSignatory(@TempDir Path dir) throws Exception {
    BufferedImage page = ScanVariants.sample(SAMPLES, "artem-2020-218");
    // Over the «Сроки» header cell of the plan, and over the signatory's position and name.
    BufferedImage stamped = ScanVariants.stamped(ScanVariants.stamped(page, 1000, 1670, 130), 330, 1410, 170);
    Path file = dir.resolve("stamped.png");
    ImageIO.write(stamped, "png", file.toFile());
    OrderParser parser = OrderParser.builder().build();

    Order order = parser.parse(file);
    Order scan = parser.parse(SAMPLES.resolve("artem-2020-218.scan.png"));
    assertStampsLeftOut(scan, order);
  }

  private static void assertStampsLeftOut(Order scan, Order order) {

    assertEquals("Начальник управления образования", order.header().signatory().position());
    assertEquals("Н.И. Макиенко", order.header().signatory().name());
    assertEquals(scan.plans().get(0).columns(), order.plans().get(0).columns());
    assertEquals(scan.plans().get(0).items().stream().map(i -> i.deadline().text()).toList(),
        order.plans().get(0).items().stream().map(i -> i.deadline().text()).toList());
    assertTrue(order.plans().get(0).items().stream().map(Item::extra).allMatch(java.util.Map::isEmpty));
    PlanScore score = PlanScore.of(scan, order);
    assertTrue(score.rowShare() >= 0.95 && score.similarity() >= 0.95, score.toString());
  }
}
