package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.OcrMode;

/**
 * Item numbers of a narrow «№» column on a fax (204 × 98 dpi, 1 bit): each row's number with its
 * dot wrapped onto the line below, the rows' borders lost, so the column is one tall cell. Needs
 * Tesseract with the Russian and English models, as {@code .ci/run} installs them.
 */
class NumberCellsTest {
  private static final double FAX_X_DPI = 204;
  private static final double FAX_Y_DPI = 98;
  private static final String[] NUMBERS = {"12", "13", "14", "15"};

  /**
   * A column 0.4 inch wide, each number at a row's top and its dot on the next line, as a fax sends
   * it (half the lines, thresholded to black and white), then stretched back to square pixels and
   * brought to 300 dpi as {@link Ocr} reads it.
   */
  private static GrayImage faxedNumberColumn() {
    int width = (int) Math.round(0.4 * FAX_X_DPI);
    int height = (int) Math.round(NUMBERS.length * 0.9 * FAX_X_DPI);
    BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    int size = (int) Math.round(12 / 72.0 * FAX_X_DPI); // 12 pt
    g.setFont(new Font(Font.SERIF, Font.PLAIN, size));
    for (int i = 0; i < NUMBERS.length; i++) {
      int top = (int) Math.round(i * 0.9 * FAX_X_DPI) + size;
      g.drawString(NUMBERS[i], 12, top);
      g.drawString(".", 12, top + size * 6 / 5);
    }
    g.dispose();
    int faxHeight = (int) Math.round(height * FAX_Y_DPI / FAX_X_DPI);
    BufferedImage fax = scaled(page, width, faxHeight);
    byte[] lines = ((DataBufferByte) fax.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (byte) ((lines[i] & 0xFF) < 153 ? 0 : 255); // a fax machine's 60 % threshold
    }
    return GrayImage.of(scaled(fax, width, height), FAX_X_DPI).scaleTo(Ocr.DPI);
  }

  private static BufferedImage scaled(BufferedImage image, int width, int height) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return target;
  }

  @Test
  void theNumbersOfATallFaxedColumnAreReadAgainWordByWordAsBlocks() throws Exception {
    Tesseract.check("tesseract", "rus+eng");
    GrayImage column = faxedNumberColumn();
    Ocr ocr = new Ocr(OcrMode.AUTO, "rus", "tesseract", 1, null);
    List<Path> files = new ArrayList<>();
    try {
      Ocr.CellReader reader = ocr.new CellReader(column, column.inkThreshold(), files, 1);
      List<CellFinder.Box> cells = List.of(new CellFinder.Box(reader.pad, reader.pad,
          column.width - reader.pad, column.height - reader.pad));
      List<List<Hocr.PixelWord>> read = reader.read(cells, "rus", 6);

      NumberCells.reread(reader, cells, read);
      NumberCells.rereadLines(reader, cells, read);
      NumberCells.dots(cells, read, column.dpi);

      List<String> numbers = read.get(0).stream().map(Hocr.PixelWord::text).filter(t -> t.matches("[0-9]+\\.?"))
          .map(t -> t.replace(".", "")).toList();
      assertEquals(List.of(NUMBERS), numbers, "read: " + read.get(0).stream().map(Hocr.PixelWord::text).toList());
    } finally {
      files.forEach(Tesseract::deleteQuietly);
    }
  }
}
