package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.PageArea;

/**
 * An item read from a scan says where on which page it was read: an order of our own drawn as a
 * two-page TIFF (the plan table begins on page 1 and goes on on page 2, which was fed sideways),
 * read with OCR; each item's area, on the page image as the file holds it, holds the ink of its
 * activity and stays within its table row. Needs Tesseract with the Russian and {@code osd}
 * models, as {@code .ci/run} installs them.
 */
@Tag("ocr")
class ScanAreasTest {
  private static final int DPI = 200;
  private static final int WIDTH = 1654;
  private static final int HEIGHT = 2339;
  /** The table's column borders and the height of a row, in pixels. */
  private static final int[] COLUMNS = {150, 260, 900, 1210, 1504};
  private static final int ROW = 110;
  /** How far OCR's word boxes may stray from the ink, in pixels. */
  private static final int SLACK = 4;

  /** Where a row was drawn: its page, the ink of its activity, the row's rectangle. */
  private record Drawn(int page, Rectangle activity, Rectangle row) {}

  private final List<Drawn> drawn = new ArrayList<>();
  private Font font;

  @Test
  void eachItemKnowsItsPageAndTheAreaItWasReadFrom() throws Exception {
    Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    Assumptions.assumeTrue(Files.exists(dejavu), "needs DejaVu Sans (fonts-dejavu-core) to draw the order");
    font = Font.createFont(Font.TRUETYPE_FONT, dejavu.toFile()).deriveFont(12f * DPI / 72);
    BufferedImage first = page1();
    BufferedImage second = page2();
    byte[] tiff = TiffFiles.write(List.of(first, quarterTurn(second)), "Deflate", DPI, DPI);

    Order order = OrderParser.builder().build().parse(new ByteArrayInputStream(tiff), "library-checks.tif");

    assertTrue(order.source().ocr());
    List<Item> items = order.plans().get(0).items();
    assertEquals(List.of("1", "2", "3", "4"), items.stream().map(Item::number).toList());
    assertEquals("Проверка учёта фонда учебников", items.get(0).activity());
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Drawn where = drawn.get(i);
      assertEquals(1, item.pageAreas().size(), item.number() + ": " + item.pageAreas());
      PageArea area = item.pageAreas().get(0);
      assertEquals(where.page(), area.page(), "page of item " + item.number());
      Rectangle ink = where.page() == 1 ? where.activity() : turned(where.activity());
      Rectangle row = where.page() == 1 ? where.row() : turned(where.row());
      int pageWidth = where.page() == 1 ? WIDTH : HEIGHT;
      int pageHeight = where.page() == 1 ? HEIGHT : WIDTH;
      Rectangle read = new Rectangle((int) Math.floor(area.x() * pageWidth), (int) Math.floor(area.y() * pageHeight),
          (int) Math.ceil(area.width() * pageWidth), (int) Math.ceil(area.height() * pageHeight));
      assertTrue(grown(read, SLACK).contains(ink), "item " + item.number() + ": " + read + " holds the ink " + ink);
      assertTrue(grown(row, SLACK).contains(read), "item " + item.number() + ": " + read + " within its row " + row);
    }
  }

  private BufferedImage page1() {
    BufferedImage page = blank();
    Graphics2D g = pen(page);
    int y = 200;
    for (String line : List.of("АДМИНИСТРАЦИЯ ЛЕСНОГОРСКОГО РАЙОНА", "ОТДЕЛ ОБРАЗОВАНИЯ", "", "ПРИКАЗ", "",
        "15.01.2024                                                   № 12", "",
        "Об утверждении плана проверок школьных библиотек на 2024 год", "", "ПРИКАЗЫВАЮ:",
        "1. Утвердить план проверок школьных библиотек на 2024 год (приложение).",
        "2. Контроль исполнения приказа оставляю за собой.", "",
        "Начальник отдела                                         О.В. Сорокина", "",
        "Приложение к приказу от 15.01.2024 № 12", "План проверок школьных библиотек на 2024 год")) {
      g.drawString(line, COLUMNS[0], y);
      y += 62;
    }
    int top = y;
    row(g, 1, top, "№ п/п", "Мероприятие", "Срок", "Ответственный", false);
    row(g, 1, top + ROW, "1.", "Проверка учёта фонда учебников", "февраль 2024", "Зайцева Н.П.", true);
    row(g, 1, top + 2 * ROW, "2.", "Сверка библиотечных каталогов", "март 2024", "Кузнецов А.С.", true);
    g.dispose();
    return page;
  }

  private BufferedImage page2() {
    BufferedImage page = blank();
    Graphics2D g = pen(page);
    row(g, 2, 200, "3.", "Отчёт о книгообеспеченности школ", "до 30.04.2024", "Зайцева Н.П.", true);
    row(g, 2, 200 + ROW, "4.", "Семинар для школьных библиотекарей", "май 2024", "Морозова Е.И.", true);
    g.dispose();
    return page;
  }

  /** One table row with its borders; an item's row is noted with where its activity's ink is. */
  private void row(Graphics2D g, int page, int top, String number, String activity, String deadline, String responsible,
      boolean item) {
    g.setStroke(new java.awt.BasicStroke(3));
    g.drawRect(COLUMNS[0], top, COLUMNS[COLUMNS.length - 1] - COLUMNS[0], ROW);
    for (int c = 1; c < COLUMNS.length - 1; c++) {
      g.drawLine(COLUMNS[c], top, COLUMNS[c], top + ROW);
    }
    String[] texts = {number, activity, deadline, responsible};
    int baseline = top + ROW / 2 + 12;
    for (int c = 0; c < texts.length; c++) {
      Font cell = c == 1 ? font.deriveFont(font.getSize2D() * 0.85f) : font.deriveFont(font.getSize2D() * 0.8f);
      g.setFont(cell);
      g.drawString(texts[c], COLUMNS[c] + 14, baseline);
    }
    if (item) {
      FontRenderContext context = g.getFontRenderContext();
      Font cell = font.deriveFont(font.getSize2D() * 0.85f);
      Rectangle ink = cell.createGlyphVector(context, activity).getPixelBounds(context, COLUMNS[1] + 14, baseline);
      drawn.add(new Drawn(page, ink, new Rectangle(COLUMNS[0], top, COLUMNS[COLUMNS.length - 1] - COLUMNS[0], ROW)));
    }
    g.setFont(font);
  }

  private static BufferedImage blank() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.dispose();
    return page;
  }

  private Graphics2D pen(BufferedImage page) {
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(font);
    return g;
  }

  /** The page turned a quarter clockwise, pixel for pixel: (x, y) goes to (height − 1 − y, x). */
  private static BufferedImage quarterTurn(BufferedImage page) {
    BufferedImage turned = new BufferedImage(HEIGHT, WIDTH, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        turned.getRaster().setSample(HEIGHT - 1 - y, x, 0, page.getRaster().getSample(x, y, 0));
      }
    }
    return turned;
  }

  /** A rectangle of the upright page where it is on the page turned a quarter clockwise. */
  private static Rectangle turned(Rectangle r) {
    return new Rectangle(HEIGHT - (r.y + r.height), r.x, r.height, r.width);
  }

  private static Rectangle grown(Rectangle r, int by) {
    return new Rectangle(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
  }
}
