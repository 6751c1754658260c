package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The short way for text files named .txt gives the format Tika's detectors would give. */
class FormatDetectorTest {

  private static final String ORDER = "ПРИКАЗ\n\n01.09.2022 № 575\n\nОб утверждении плана\n";

  static Stream<Arguments> contents() throws Exception {
    return Stream.of(
        Arguments.of("utf-8 text", ORDER.getBytes(StandardCharsets.UTF_8), "txt", true),
        Arguments.of("utf-8 with BOM", ("\uFEFF" + ORDER).getBytes(StandardCharsets.UTF_8), "txt", true),
        Arguments.of("windows-1251", ORDER.getBytes(Charset.forName("windows-1251")), "txt", true),
        Arguments.of("leading blank lines", ("\n\n  " + ORDER).getBytes(StandardCharsets.UTF_8), "txt", true),
        Arguments.of("pdf named .txt", Files.readAllBytes(Path.of("../samples/artem-2020-218.pdf")), "pdf", false),
        Arguments.of("rtf named .txt", Files.readAllBytes(Path.of("../samples/artem-2020-218.rtf")), "rtf", false),
        Arguments.of("docx named .txt", Files.readAllBytes(Path.of("../samples/artem-2020-218.docx")), "docx", false),
        Arguments.of("png named .txt", Files.readAllBytes(Path.of("../samples/artem-2020-218.scan.png")), "png", false),
        Arguments.of("html named .txt", ("<html><body><p>" + ORDER + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
            "html", false),
        Arguments.of("pdf mark after a line", ("\n%PDF-1.4\n" + ORDER).getBytes(StandardCharsets.UTF_8), null, false),
        Arguments.of("utf-16 text", ("\uFEFF" + ORDER).getBytes(StandardCharsets.UTF_16LE), "txt", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contents")
  void aTxtNameIsTrustedOnlyForWhatIsPlainText(String what, byte[] content, String format, boolean shortWay)
      throws Exception {
    assertEquals(shortWay, FormatDetector.isPlainTextFile(content, "order.txt"));
    if (format != null) {
      assertEquals(format, FormatDetector.detect(content, "order.txt").name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contents")
  void otherNamesAlwaysGoToTheDetectors(String what, byte[] content, String format, boolean shortWay) {
    assertFalse(FormatDetector.isPlainTextFile(content, "order.html"));
    assertFalse(FormatDetector.isPlainTextFile(content, "order"));
  }

  @org.junit.jupiter.api.Test
  void upperCaseExtensionCounts() {
    assertTrue(FormatDetector.isPlainTextFile(ORDER.getBytes(StandardCharsets.UTF_8), "ПРИКАЗ.TXT"));
  }
}
