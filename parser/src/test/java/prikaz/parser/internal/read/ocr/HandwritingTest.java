package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** A date and a number written in by hand are left empty with a warning, not read as garbage. */
class HandwritingTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  @Tag("ocr")
  void aHandwrittenDateAndNumberAreEmptyWithAWarningAndTheTitleIsKept(@TempDir Path dir) throws Exception {
    var page = ScanVariants.sample(SAMPLES, "artem-2020-218");
    // The date after the printed «от» and the number after «№» written by hand, a signature beside the position.
    var scrawled = ScanVariants.handwritten(page, 3, new int[] {822, 392, 170, 44}, new int[] {866, 512, 80, 44},
        new int[] {745, 1362, 300, 60});
    Path file = dir.resolve("handwritten.png");
    ImageIO.write(scrawled, "png", file.toFile());
    OrderParser parser = OrderParser.builder().build();

    Order order = parser.parse(file);
    Order scan = parser.parse(SAMPLES.resolve("artem-2020-218.scan.png"));

    assertNull(order.header().date());
    assertNull(order.header().number());
    assertEquals(scan.header().title(), order.header().title());
    assertEquals(scan.header().signatory(), order.header().signatory()); // the signature is not in the position
    assertEquals("г. Артем", order.header().place());
    assertEquals(java.util.List.of("date", "number"), order.warnings().stream()
        .filter(w -> w.code() == prikaz.parser.model.Warning.Code.LOW_CONFIDENCE_HEADER)
        .map(w -> w.message().replaceAll(".*header's (\\w+).*", "$1")).toList());
  }
}
