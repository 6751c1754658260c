package prikaz.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.read.FormatDetector;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.LayoutReader;

/**
 * The readers on any bytes at all: a layout or a {@link DocumentException}, nothing else — no
 * runtime exception, no stack overflow, no hang. Under {@code mvn verify} each runs its seeds and
 * the inputs that once broke it ({@code src/test/resources/prikaz/parser/fuzz/ReaderFuzzTestInputs/});
 * with {@code JAZZER_FUZZ=1} ({@code .ci/run}) the one named by {@code -Dtest} is fuzzed for its
 * {@code maxDuration}, and a new breaking input is written there to become a regression test.
 */
class ReaderFuzzTest {

  private static void read(String format, byte[] content) {
    LayoutReader reader = FormatDetector.reader(new FormatDetector.Format(format, null), null);
    try {
      Layout layout = reader.read(content).layout();
      assertNotNull(layout);
    } catch (DocumentException refused) {
      assertNotNull(refused.reason());
      assertTrue(refused.getMessage().length() < 1000, "a one-line reason");
    }
  }

  @FuzzTest(maxDuration = "25s")
  void text(byte[] content) {
    read("text", content);
  }

  @FuzzTest(maxDuration = "25s")
  void rtf(byte[] content) {
    read("rtf", content);
  }

  @FuzzTest(maxDuration = "25s")
  void docx(byte[] content) {
    read("docx", content);
  }

  @FuzzTest(maxDuration = "25s")
  void pdf(byte[] content) {
    read("pdf", content);
  }
}
