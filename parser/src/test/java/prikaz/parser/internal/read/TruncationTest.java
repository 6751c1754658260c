package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** Files cut short: a warning when what is there is read, the cut named when nothing can be. */
class TruncationTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final OrderParser PARSER = OrderParser.builder().build();

  @Test
  void anRtfCutInHalfIsReadWithATruncatedWarning() throws Exception {
    byte[] whole = Files.readAllBytes(SAMPLES.resolve("artem-2020-218.rtf"));
    Order complete = PARSER.parse(new ByteArrayInputStream(whole), "artem.rtf");
    assertEquals(18, complete.plans().get(0).items().size());
    assertFalse(codes(complete).contains("TRUNCATED"), codes(complete).toString());

    Order half = PARSER.parse(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2)), "artem.rtf");
    assertEquals("218", half.header().number());
    int items = half.plans().isEmpty() ? 0 : half.plans().get(0).items().size();
    assertTrue(items < 18, "rows lost: " + items);
    assertTrue(codes(half).contains("TRUNCATED"), codes(half).toString());
    assertEquals("the file ends early (an RTF group is not closed): what came after the cut is missing, "
        + "and the plan may lack rows", half.warnings().stream().filter(w -> w.code() == prikaz.parser.model.Warning.Code.TRUNCATED)
        .findFirst().orElseThrow().message());
  }

  @Test
  void aJpegScanCutInHalfIsReadWithATruncatedWarning() throws Exception {
    BufferedImage scan = ImageIO.read(SAMPLES.resolve("artem-2020-218.scan.png").toFile());
    BufferedImage gray = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    gray.getGraphics().drawImage(scan, 0, 0, null);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(gray, "jpeg", jpeg));
    byte[] whole = jpeg.toByteArray();
    assertNull(Truncation.cutShort("jpeg", whole));

    Order half = PARSER.parse(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2)), "scan.jpg");
    assertEquals("218", half.header().number(), "the top of the page is there");
    assertTrue(codes(half).contains("TRUNCATED"), codes(half).toString());
  }

  @Test
  void filesCutSoThatNothingCanBeReadSayWhere() throws Exception {
    assertEquals("the file ends early (no IEND chunk); ", unreadable("artem-2020-218.scan.png", 50).substring(0, 37));
    assertTrue(unreadable("artem-2020-218.pdf", 90).startsWith("the file ends early (no %%EOF at its end); "));
    assertTrue(unreadable("artem-2020-218.docx", 90).startsWith(
        "the file ends early (no end record of the ZIP directory); "));
    assertTrue(unreadable("artem-2020-218.odt", 50).startsWith(
        "the file ends early (no end record of the ZIP directory); "));
  }

  @Test
  void noSampleIsTakenForCut() throws Exception {
    try (var files = Files.list(SAMPLES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        String format = name.endsWith(".rtf") ? "rtf" : name.endsWith(".pdf") ? "pdf"
            : name.endsWith(".docx") ? "docx" : name.endsWith(".odt") ? "odt" : name.endsWith(".png") ? "png" : null;
        if (format != null) {
          assertNull(Truncation.cutShort(format, Files.readAllBytes(file)), name);
        }
      }
    }
  }

  @Test
  void rtfBracesAreCountedAsTheTokenizerSeesThem() {
    assertEquals(0, Truncation.openGroups(bytes("{\\rtf1 a\\{b\\}c {\\b x}}")));
    assertEquals(1, Truncation.openGroups(bytes("{\\rtf1{\\b x}")));
    assertEquals(2, Truncation.openGroups(bytes("{\\rtf1{\\b x")));
    assertEquals(0, Truncation.openGroups(bytes("{\\rtf1 {\\pict\\bin4 {{{{}}")), "binary data is not braces");
    assertEquals(1, Truncation.openGroups(bytes("{\\rtf1 {\\bin- x}")), "«\\bin-» without digits skips nothing");
    assertEquals(0, Truncation.openGroups(bytes("{\\rtf1 x}}")), "a stray closing brace is no open group");
  }

  private static String unreadable(String sample, int percent) throws Exception {
    byte[] whole = Files.readAllBytes(SAMPLES.resolve(sample));
    byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
    DocumentException e = assertThrows(DocumentException.class,
        () -> PARSER.parse(new ByteArrayInputStream(cut), sample));
    assertEquals(DocumentException.Reason.UNREADABLE, e.reason(), e.getMessage());
    return e.detail();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static List<String> codes(Order order) {
    return order.warnings().stream().map(w -> w.code().name()).toList();
  }
}
