package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.DocumentException.Reason;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * OCR as a user meets it: what to install when Tesseract or a model is missing, born-digital files
 * that never need it, OCR on demand for a PDF with text, progress reported per page. Needs Tesseract
 * with the Russian model, as {@code .ci/run} installs it.
 */
class OcrTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void withoutTesseractAScanSaysWhatToInstallInOneLine() {
    OrderParser parser = OrderParser.builder().tesseract("/nonexistent/tesseract").build();

    DocumentException e = assertThrows(DocumentException.class,
        () -> parser.parse(SAMPLES.resolve("balashov-2022-78.scan.png")));

    assertEquals(Reason.OCR_UNAVAILABLE, e.reason());
    assertEquals("OCR unavailable: Tesseract is not installed (no «/nonexistent/tesseract» program); install "
        + "tesseract-ocr and tesseract-ocr-rus (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-rus)",
        e.getMessage());
  }

  @Test
  void withoutTheLanguageModelAScanNamesThePackage() {
    OrderParser parser = OrderParser.builder().ocrLanguage("rus+xyz").build();

    DocumentException e = assertThrows(DocumentException.class,
        () -> parser.parse(SAMPLES.resolve("balashov-2022-78.scan.png")));

    assertEquals(Reason.OCR_UNAVAILABLE, e.reason());
    assertEquals("OCR unavailable: Tesseract has no language model xyz; install it "
        + "(Debian/Ubuntu: apt-get install tesseract-ocr-xyz)", e.getMessage());
  }

  @Test
  void aPdfWithTextNeedsNoTesseract() throws Exception {
    OrderParser parser = OrderParser.builder().tesseract("/nonexistent/tesseract").build();

    Order order = parser.parse(SAMPLES.resolve("balashov-2022-78.pdf"));

    assertFalse(order.source().ocr());
    assertEquals(LocalDate.of(2022, 2, 22), order.header().date());
  }

  @Test
  void ocrAlwaysReadsAPdfWithTextFromItsPageImagesAndReportsEachPage() throws Exception {
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    OrderParser parser = OrderParser.builder().ocr(OcrMode.ALWAYS).ocrThreads(2).build();

    Order order = parser.parse(SAMPLES.resolve("balashov-2022-78.pdf"), (done, total) -> progress.add(done + "/" + total));

    assertTrue(order.source().ocr());
    assertEquals("pdf", order.source().format());
    assertEquals(LocalDate.of(2022, 2, 22), order.header().date());
    assertEquals("78", order.header().number());
    assertEquals(List.of("1/2", "2/2"), progress);
  }

  @Test
  void aPageTurnedFurtherAndScannedCoarserIsStillRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // The sample's page 1 (200 dpi, turned 1.1°) turned 2.3° the other way and brought to 150 dpi,
    // saved without a resolution: straightened, rescaled (taken for an A4 page) and read the same.
    java.awt.image.BufferedImage scan = javax.imageio.ImageIO.read(SAMPLES.resolve("anzhero-sudzhensk-2022-575.scan.png").toFile());
    int width = scan.getWidth() * 3 / 4;
    int height = scan.getHeight() * 3 / 4;
    java.awt.image.BufferedImage variant = new java.awt.image.BufferedImage(width, height,
        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = variant.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(-2.3), width / 2.0, height / 2.0);
    g.drawImage(scan, 0, 0, width, height, null);
    g.dispose();
    Path file = dir.resolve("variant.png");
    javax.imageio.ImageIO.write(variant, "png", file.toFile());

    Order order = OrderParser.builder().build().parse(file);

    assertEquals(LocalDate.of(2022, 6, 29), order.header().date());
    assertEquals("575", order.header().number());
    assertEquals("Об утверждении Дорожной карты по формированию объективной внутренней системы оценки качества "
        + "образования в каждой общеобразовательной организации Анжеро-Судженского городского округа",
        order.header().title());
    assertEquals(List.of("1", "2", "3"), order.header().points().stream().map(p -> p.number()).toList());
    assertEquals("М.В. Семкина", order.header().signatory().name());
    assertEquals("1", order.plans().get(0).items().get(0).number());
    assertTrue(order.plans().get(0).items().get(0).activity().startsWith("Обеспечение участия руководителей ОО в совещании"),
        order.plans().get(0).items().get(0).activity());
  }
}
