package prikaz.parser.read.ocr;

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
    OrderParser parser = OrderParser.builder().ocr(OcrMode.ALWAYS).ocrThreads(2)
        .ocrProgress((done, total) -> progress.add(done + "/" + total)).build();

    Order order = parser.parse(SAMPLES.resolve("balashov-2022-78.pdf"));

    assertTrue(order.source().ocr());
    assertEquals("pdf", order.source().format());
    assertEquals(LocalDate.of(2022, 2, 22), order.header().date());
    assertEquals("78", order.header().number());
    assertEquals(List.of("1/2", "2/2"), progress);
  }
}
