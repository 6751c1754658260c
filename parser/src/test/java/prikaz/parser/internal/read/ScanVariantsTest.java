package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;

/**
 * A sample order as the scans clerks really get: an office MFP's 1-bit G4 TIFF, a fax of 204 × 98
 * dpi, a page fed upside down, a plan page scanned sideways. The page images are made here from
 * the sample's PDF, as bench/scans makes the whole corpus. Needs Tesseract with the Russian and
 * orientation ({@code osd}) models, as {@code .ci/run} installs them.
 */
@Tag("ocr")
class ScanVariantsTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final String TITLE = "Об утверждении Плана мероприятий по повышению объективности оценочных процедур "
      + "в общеобразовательных учреждениях Артемовского городского округа на 2020 год";
  private static final OrderParser PARSER = OrderParser.builder().build();

  /** Page {@code index} (0-based) of the sample's PDF, in grey at {@code dpi}. */
  private static BufferedImage page(int index, float dpi) throws Exception {
    try (PDDocument document = Loader.loadPDF(SAMPLES.resolve("artem-2020-218.pdf").toFile())) {
      return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
    }
  }

  /** The image at {@code width} × {@code height}, black and white at a threshold, as a 1-bit scanner gives it. */
  private static BufferedImage bilevel(BufferedImage grey, int width, int height) {
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(grey, 0, 0, width, height, null);
    g.dispose();
    BufferedImage binary = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        binary.setRGB(x, y, (scaled.getRaster().getSample(x, y, 0) < 150) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return binary;
  }

  /** The image turned clockwise by {@code degrees} (90, 180 or 270). */
  private static BufferedImage turned(BufferedImage image, int degrees) {
    boolean quarter = degrees != 180;
    int w = quarter ? image.getHeight() : image.getWidth();
    int h = quarter ? image.getWidth() : image.getHeight();
    BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = target.createGraphics();
    g.translate(w / 2.0, h / 2.0);
    g.rotate(Math.toRadians(degrees));
    g.drawImage(image, -image.getWidth() / 2, -image.getHeight() / 2, null);
    g.dispose();
    return target;
  }

  private static Order parse(byte[] file, String name) throws Exception {
    return PARSER.parse(new ByteArrayInputStream(file), name);
  }

  private static void assertHeader(Order order) {
    assertEquals(LocalDate.of(2020, 10, 14), order.header().date());
    assertEquals("218", order.header().number());
    assertEquals(TITLE, order.header().title());
  }

  @Test
  void anOfficeScannersOneBitG4TiffIsRead() throws Exception {
    BufferedImage grey = page(0, 300);
    byte[] tiff = TiffFiles.write(List.of(bilevel(grey, grey.getWidth(), grey.getHeight())), "CCITT T.6", 300, 300);

    assertHeader(parse(tiff, "mfp.tif"));
  }

  @Test
  void aFaxOf204By98DpiIsReadAtItsFullHeight() throws Exception {
    BufferedImage grey = page(0, 204);
    int lines = (int) Math.round(grey.getHeight() * 98 / 204.0);
    byte[] fax = TiffFiles.write(List.of(bilevel(grey, grey.getWidth(), lines)), "CCITT T.4", 204, 98);

    Order order = parse(fax, "fax.tif");

    assertEquals(LocalDate.of(2020, 10, 14), order.header().date());
    assertEquals("218", order.header().number());
    // At 98 lines an inch a few letters go («утверждепии»): most of the title's words are read whole.
    List<String> expected = List.of(TITLE.split(" "));
    long whole = java.util.Arrays.stream(order.header().title().split(" ")).filter(expected::contains).count();
    assertTrue(whole >= expected.size() * 3 / 4, order.header().title());
  }

  @Test
  void aPageFedUpsideDownIsTurnedAndRead() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(turned(page(0, 200), 180), "png", png);

    assertHeader(parse(png.toByteArray(), "upside-down.png"));
  }

  @Test
  void aPlanPageScannedSidewaysReadsAsALandscapePage() throws Exception {
    // Page 1 as fed, page 2 (the plan's items 5 to 17) turned a quarter clockwise: a landscape image.
    byte[] tiff = TiffFiles.write(List.of(page(0, 200), turned(page(1, 200), 90)), "Deflate", 200, 200);

    Order order = parse(tiff, "sideways.tif");

    assertHeader(order);
    Map<String, Item> items = order.plans().get(0).items().stream()
        .collect(Collectors.toMap(Item::number, i -> i, (a, b) -> a));
    assertEquals("Осуществление выборочной проверки работ по ВПР муниципальной комиссией", items.get("7").activity());
    assertEquals("Апрель 2021", items.get("7").deadline().text());
    assertEquals(LocalDate.of(2021, 4, 1), items.get("7").deadline().start());
    assertEquals("Анализ результатов региональных оценочных процедур", items.get("10").activity());
    for (int n = 5; n <= 17; n++) {
      assertTrue(items.containsKey(Integer.toString(n)), "item " + n + " of " + items.keySet());
    }
  }

  /** The grey image turned by a small angle (clockwise positive), white filling the corners. */
  private static BufferedImage askew(BufferedImage grey, double degrees) {
    BufferedImage target = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = target.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, target.getWidth(), target.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), target.getWidth() / 2.0, target.getHeight() / 2.0);
    g.drawImage(grey, 0, 0, null);
    g.dispose();
    return target;
  }

  /** Black specks of dust, one or two pixels each, over {@code share} of a 1-bit page (seeded). */
  private static BufferedImage dusty(BufferedImage binary, double share, long seed) {
    java.util.Random random = new java.util.Random(seed);
    long specks = Math.round(binary.getWidth() * binary.getHeight() * share);
    for (long i = 0; i < specks; i++) {
      int x = random.nextInt(binary.getWidth() - 1);
      int y = random.nextInt(binary.getHeight());
      binary.setRGB(x, y, 0xFF000000);
      if (random.nextInt(4) == 0) {
        binary.setRGB(x + 1, y, 0xFF000000);
      }
    }
    return binary;
  }

  /**
   * Page 2's items 5 to 17: all but {@code lost} of them found, items 7 and 9 as printed, or (a fax
   * at 98 lines an inch loses a letter here and there) with most of their words whole.
   */
  private static void assertPlanPageTwo(Order order, int lost, boolean exact) {
    Map<String, Item> items = order.plans().get(0).items().stream()
        .filter(i -> i.number() != null)
        .collect(Collectors.toMap(Item::number, i -> i, (a, b) -> a));
    long found = java.util.stream.IntStream.rangeClosed(5, 17).filter(n -> items.containsKey(Integer.toString(n))).count();
    assertTrue(found >= 13 - lost, found + " of items 5–17 in " + items.keySet());
    assertEquals(LocalDate.of(2021, 4, 1), items.get("7").deadline().start());
    assertActivity("Осуществление выборочной проверки работ по ВПР муниципальной комиссией", items.get("7"), exact);
    assertActivity("Организация и проведение ГИА обучающихся 9 и 11 классов", items.get("9"), exact);
  }

  private static void assertActivity(String printed, Item item, boolean exact) {
    if (exact) {
      assertEquals(printed, item.activity());
      return;
    }
    List<String> words = List.of(item.activity().split(" "));
    long whole = java.util.Arrays.stream(printed.split(" ")).filter(words::contains).count();
    assertTrue(whole * 3 >= printed.split(" ").length * 2, item.activity());
  }

  @Test
  void aOneBitScanOfAHairlineTableWithDustKeepsItsRowsAndItsHeader() throws Exception {
    // An office MFP: 300 dpi, 1 bit, turned 0.4° (the hairlines come out as dashes), dust.
    List<BufferedImage> pages = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      BufferedImage grey = askew(page(i, 300), 0.4);
      pages.add(dusty(bilevel(grey, grey.getWidth(), grey.getHeight()), 0.004, 11 + i));
    }
    Order order = parse(TiffFiles.write(pages, "CCITT T.6", 300, 300), "mfp.tif");

    assertHeader(order);
    assertEquals("г. Артем", order.header().place());
    assertPlanPageTwo(order, 0, true);
  }

  @Test
  void aFaxThatLostItsRowBordersKeepsItsRows() throws Exception {
    List<BufferedImage> pages = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      BufferedImage grey = page(i, 204);
      pages.add(bilevel(grey, grey.getWidth(), (int) Math.round(grey.getHeight() * 98 / 204.0)));
    }
    Order order = parse(TiffFiles.write(pages, "CCITT T.4", 204, 98), "fax.tif");

    // At 98 lines an inch Tesseract may pass over one short number of the «№» column («5.»).
    assertPlanPageTwo(order, 1, false);
  }

  /**
   * The sample's page 1 as a scanner's PDF: the page image, and over it an invisible text layer of
   * the scanner's own poor OCR (Latin letters inside Russian words).
   */
  private static byte[] scanWithPoorTextLayer() throws Exception {
    Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    Assumptions.assumeTrue(java.nio.file.Files.exists(font), "needs DejaVu Sans (fonts-dejavu-core) to write the layer");
    List<String> lines = java.nio.file.Files.readAllLines(SAMPLES.resolve("artem-2020-218.txt")).stream()
        .filter(l -> !l.isBlank()).limit(30).toList();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(LosslessFactory.createFromImage(document, page(0, 200)), 0, 0, PDRectangle.A4.getWidth(),
            PDRectangle.A4.getHeight());
        content.beginText();
        content.setFont(PDType0Font.load(document, font.toFile()), 9);
        content.setRenderingMode(RenderingMode.NEITHER);
        content.newLineAtOffset(60, 800);
        for (String line : lines) {
          content.showText(ScannerTextLayerTest.asAScannerReadsIt(line.strip().replaceAll("\\s+", " ")));
          content.newLineAtOffset(0, -20);
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aScannersPoorTextLayerIsReadAgainWithOcr() throws Exception {
    Order order = parse(scanWithPoorTextLayer(), "scanner.pdf");

    assertTrue(order.source().ocr());
    assertHeader(order);
    assertEquals(prikaz.parser.model.Warning.Code.TEXT_LAYER_BROKEN, order.warnings().get(0).code());
    assertTrue(order.warnings().get(0).message().matches("the PDF's text layer, a scanner's OCR, reads poorly "
        + "\\(\\d+ of \\d+ words mix Latin and Cyrillic letters\\); the pages were read with OCR instead"),
        order.warnings().get(0).message());
  }

  @Test
  void withOcrOffAScannersPoorTextLayerIsReadAndDoubted() throws Exception {
    Order order = OrderParser.builder().ocr(OcrMode.NEVER).build()
        .parse(new ByteArrayInputStream(scanWithPoorTextLayer()), "scanner.pdf");

    assertEquals(false, order.source().ocr());
    assertTrue(order.warnings().stream().anyMatch(w -> w.code() == prikaz.parser.model.Warning.Code.TEXT_LAYER_BROKEN
        && w.message().endsWith("; the result is unreliable, OCR the scan instead")), order.warnings().toString());
  }
}
