package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The image work before OCR, on drawn pages: the turn of a page found and undone, table borders
 * found (and nothing else), the cells they enclose.
 */
class PageImageTest {
  private static final int DPI = 300;

  /** An A4 page at 300 dpi: lines of «words» (short dark bars) and, if asked, a ruled table. */
  private static BufferedImage page(boolean table, boolean mergeFirstRow) {
    BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(244, 244, 244));
    g.fillRect(0, 0, 2480, 3508);
    g.setColor(new Color(30, 30, 30));
    java.util.Random random = new java.util.Random(7);
    for (int y = 300; y < 1200; y += 60) {
      int x = 250;
      while (x < 2200) {
        int w = 40 + random.nextInt(160);
        g.fillRect(x, y, w, 30);
        x += w + 20;
      }
    }
    if (table) {
      int[] xs = {250, 400, 1400, 1800, 2230};
      int[] ys = {1400, 1500, 1700, 1900};
      g.setColor(new Color(170, 170, 170)); // a thin, light scanned border
      for (int y : ys) {
        g.fillRect(xs[0], y, xs[xs.length - 1] - xs[0] + 2, 2);
      }
      for (int i = 0; i < xs.length; i++) {
        for (int r = 0; r + 1 < ys.length; r++) {
          if (mergeFirstRow && r == 0 && i > 0 && i < xs.length - 1) {
            continue; // the header row is one cell across the table
          }
          g.fillRect(xs[i], ys[r], 2, ys[r + 1] - ys[r] + 2);
        }
      }
      g.setColor(new Color(30, 30, 30));
      g.fillRect(270, 1530, 40, 30); // «1.»
      g.fillRect(420, 1530, 600, 30); // words in the cells
      g.fillRect(1420, 1530, 300, 30);
    }
    // An underline for a signature: a line, but no table.
    g.fillRect(300, 3200, 700, 3);
    g.dispose();
    return image;
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.1, -0.9, 2.0, -0.5})
  void aTurnedPageIsFoundTurnedByItsAngle(double degrees) {
    GrayImage turned = GrayImage.of(page(true, false), DPI).rotate(degrees);

    assertEquals(degrees, Deskew.angle(turned), 0.06);
  }

  @Test
  void aStraightPageAndABlankPageAreLeftAsTheyAre() {
    assertEquals(0, Deskew.angle(GrayImage.of(page(true, false), DPI)));
    BufferedImage blank = new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY);
    assertEquals(0, Deskew.angle(GrayImage.of(blank, 100)));
  }

  @Test
  void theBordersOfATableAreFoundAndNotTheTextOrALoneUnderline() {
    GrayImage image = GrayImage.of(page(true, false), DPI);

    List<LineFinder.Line> lines = LineFinder.find(image);

    List<LineFinder.Line> horizontal = lines.stream().filter(LineFinder.Line::horizontal).toList();
    List<LineFinder.Line> vertical = lines.stream().filter(l -> !l.horizontal()).toList();
    assertEquals(List.of(1400.5, 1500.5, 1700.5, 1900.5), horizontal.stream().map(LineFinder.Line::position).sorted().toList());
    assertEquals(List.of(250.5, 400.5, 1400.5, 1800.5, 2230.5), vertical.stream().map(LineFinder.Line::position).sorted().toList());
    for (LineFinder.Line line : horizontal) {
      assertTrue(line.from() <= 251 && line.to() >= 2230, line.toString());
    }
  }

  @Test
  void aStraightenedPageStillHasItsBorders() {
    GrayImage image = GrayImage.of(page(true, false), DPI).rotate(1.2);
    GrayImage straight = image.rotate(-Deskew.angle(image));

    List<LineFinder.Line> lines = LineFinder.find(straight);

    assertEquals(4, lines.stream().filter(LineFinder.Line::horizontal).count());
    assertEquals(5, lines.stream().filter(l -> !l.horizontal()).count());
  }

  @Test
  void theCellsAreTheAreasTheBordersEnclose() {
    GrayImage image = GrayImage.of(page(true, false), DPI);

    List<CellFinder.Box> cells = CellFinder.cells(image.width, image.height, DPI, LineFinder.find(image));

    assertEquals(12, cells.size());
    CellFinder.Box first = cells.stream().filter(c -> c.x0() < 300 && c.y0() > 1450 && c.y0() < 1550).findFirst().orElseThrow();
    assertTrue(first.x0() >= 250 && first.x1() <= 403 && first.y0() >= 1500 && first.y1() <= 1703, first.toString());
    assertTrue(first.width() > 120 && first.height() > 170, first.toString());
  }

  @Test
  void aMissingBorderMakesOneCellOfTheCellsBesideIt() {
    GrayImage image = GrayImage.of(page(true, true), DPI);

    List<CellFinder.Box> cells = CellFinder.cells(image.width, image.height, DPI, LineFinder.find(image));

    assertEquals(9, cells.size());
    assertTrue(cells.stream().anyMatch(c -> c.width() > 1900 && c.y1() <= 1503), cells.toString());
  }

  @Test
  void aPageOfPaperGrainIsBlankAndAPageWithAFewWordsIsNot() {
    BufferedImage grain = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
    java.util.Random random = new java.util.Random(3);
    for (int y = 0; y < grain.getHeight(); y++) {
      for (int x = 0; x < grain.getWidth(); x++) {
        int v = 244 + (int) Math.round(random.nextGaussian() * 4);
        grain.getRaster().setSample(x, y, 0, Math.max(225, Math.min(255, v)));
      }
    }
    assertTrue(GrayImage.of(grain, 150).isBlank());

    Graphics2D g = grain.createGraphics();
    g.setColor(new Color(40, 40, 40));
    g.fillRect(200, 300, 300, 12); // a signature line's worth of print
    g.dispose();
    assertFalse(GrayImage.of(grain, 150).isBlank());
    assertFalse(GrayImage.of(page(false, false), DPI).isBlank());
  }

  @Test
  void erasedBordersLeaveTheTextAndBinarizingLeavesBlackAndWhite() {
    GrayImage image = GrayImage.of(page(true, false), DPI);
    List<LineFinder.Line> lines = LineFinder.find(image);

    LineFinder.erase(image, lines);

    assertEquals(255, image.get(1000, 1400));
    assertEquals(255, image.get(400, 1600));
    assertEquals(30, image.get(280, 1540)); // «1.» is still there
    image.binarize(image.inkThreshold());
    assertEquals(0, image.get(280, 1540));
    assertEquals(255, image.get(100, 100));
  }
}
