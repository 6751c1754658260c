package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Table borders as scans break them, on drawn pages at 300 dpi: hairlines thresholded to 1 bit
 * after a slight turn (dashes), columns leaning against the rows (a copier's feed), a fax's lost
 * row borders; and the dust of a 1-bit scan.
 */
class BrokenBordersTest {
  private static final int DPI = 300;
  private static final int[] XS = {250, 400, 1400, 1800, 2230};
  private static final int[] YS = {1400, 1500, 1700, 1900, 2100};

  /** Lines of «words» (dark bars with gaps) inside the table's cells. */
  private static void words(Graphics2D g) {
    g.setColor(Color.BLACK);
    Random random = new Random(5);
    for (int r = 0; r + 1 < YS.length; r++) {
      for (int c = 0; c + 1 < XS.length; c++) {
        for (int y = YS[r] + 25; y + 30 < YS[r + 1]; y += 55) {
          int x = XS[c] + 20;
          while (x + 60 < XS[c + 1] - 20) {
            int w = Math.min(20 + random.nextInt(90), XS[c + 1] - 20 - x);
            g.fillRect(x, y, w, 28);
            x += w + 18;
          }
        }
      }
    }
  }

  /** Grey page with a hairline table turned by {@code degrees}, thresholded to black and white. */
  private static GrayImage hairlineTableInOneBit(double degrees) {
    BufferedImage grey = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 2480, 3508);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.rotate(Math.toRadians(degrees), 1240, 1754);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.2f)); // a hairline: a pixel and a bit, grey where it straddles two
    for (int y : YS) {
      g.draw(new Line2D.Double(XS[0], y + 0.5, XS[XS.length - 1], y + 0.5));
    }
    for (int x : XS) {
      g.draw(new Line2D.Double(x + 0.5, YS[0], x + 0.5, YS[YS.length - 1]));
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    words(g);
    g.dispose();
    byte[] pixels = new byte[2480 * 3508];
    for (int i = 0; i < pixels.length; i++) {
      int v = grey.getRaster().getDataBuffer().getElem(i);
      pixels[i] = (byte) (v < 140 ? 0 : 255);
    }
    return GrayImage.of(2480, 3508, pixels, DPI);
  }

  private static long count(List<LineFinder.Line> lines, boolean horizontal) {
    return lines.stream().filter(l -> l.horizontal() == horizontal).count();
  }

  @Test
  void hairlinesBrokenIntoDashesByAOneBitScanAreBordersAgain() {
    GrayImage image = hairlineTableInOneBit(0.4);
    GrayImage straight = image.rotate(-Deskew.angle(image));
    straight.binarize(128);

    List<LineFinder.Line> lines = LineFinder.find(straight);

    assertEquals(YS.length, count(lines, true), lines.toString());
    assertEquals(XS.length, count(lines, false), lines.toString());
    assertTrue(lines.stream().filter(LineFinder.Line::horizontal).anyMatch(LineFinder.Line::dashed), lines.toString());
    assertEquals(16, CellFinder.cells(straight.width, straight.height, DPI, lines).size());
  }

  @Test
  void theRowsOfWordsInsideTheCellsAreNotDashedBorders() {
    GrayImage image = hairlineTableInOneBit(0);

    List<LineFinder.Line> lines = LineFinder.find(image);

    assertEquals(List.of(1400.0, 1500.0, 1700.0, 1900.0, 2100.0),
        lines.stream().filter(LineFinder.Line::horizontal).map(l -> (double) Math.round(l.position())).sorted().toList());
  }

  @Test
  void columnBordersLeaningAgainstTheRowsAreFoundAsThinAsDrawnAndErasedAlongTheirLean() {
    BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 2480, 3508);
    g.setColor(Color.BLACK);
    int lean = 12; // pixels over the table's 700: about 1°
    for (int y : YS) {
      g.fillRect(XS[0], y, XS[XS.length - 1] - XS[0] + lean + 3, 3);
    }
    for (int x : XS) {
      g.fill(new java.awt.Polygon(new int[] {x, x + 3, x + 3 + lean, x + lean},
          new int[] {YS[0], YS[0], YS[YS.length - 1] + 3, YS[YS.length - 1] + 3}, 4));
    }
    words(g);
    g.dispose();
    GrayImage image = GrayImage.of(page, DPI);

    List<LineFinder.Line> lines = LineFinder.find(image);

    assertEquals(YS.length, count(lines, true), lines.toString());
    assertEquals(XS.length, count(lines, false), lines.toString());
    for (LineFinder.Line line : lines.stream().filter(l -> !l.horizontal()).toList()) {
      assertTrue(line.thickness() <= 5, line.toString());
      assertEquals(lean / 700.0, line.slope(), 0.004, line.toString());
    }
    LineFinder.erase(image, lines);
    assertEquals(255, image.get(XS[2] + 1, YS[0] + 20));
    assertEquals(255, image.get(XS[2] + lean + 1, YS[YS.length - 1] - 5));
  }

  @Test
  void aTableThatLostItsRowBordersKeepsItsColumnsAsCells() {
    BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 2480, 3508);
    g.setColor(Color.BLACK);
    for (int x : XS) {
      g.fillRect(x, YS[0], 3, YS[YS.length - 1] - YS[0]);
    }
    words(g);
    g.dispose();
    GrayImage image = GrayImage.of(page, DPI);

    List<LineFinder.Line> lines = LineFinder.find(image);

    assertEquals(List.of((double) YS[0], (double) YS[YS.length - 1] - 1),
        lines.stream().filter(LineFinder.Line::horizontal).map(LineFinder.Line::position).sorted().toList());
    assertEquals(XS.length - 1, CellFinder.cells(image.width, image.height, DPI, lines).size());
  }

  @Test
  void aLoneUnderlineOrThreeShortRulesMakeNoTable() {
    BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 2480, 3508);
    g.setColor(Color.BLACK);
    g.fillRect(300, 3200, 700, 3); // a signature line
    for (int x : new int[] {300, 900, 1500}) {
      g.fillRect(x, 500, 3, 120); // short rules, under half an inch: a column's borders are longer
    }
    g.dispose();

    assertEquals(List.of(), LineFinder.find(GrayImage.of(page, DPI)));
  }

  @Test
  void theDustOfAOneBitScanGoesAndItsFullStopsStay() {
    byte[] pixels = new byte[600 * 400];
    java.util.Arrays.fill(pixels, (byte) 0xFF);
    GrayImage image = GrayImage.of(600, 400, pixels, DPI);
    int[][] specks = {{50, 50}, {120, 80}, {300, 300}, {301, 300}, {450, 200}};
    for (int[] s : specks) {
      pixels[s[1] * 600 + s[0]] = 0;
    }
    for (int y = 100; y < 106; y++) {
      for (int x = 200; x < 206; x++) {
        pixels[y * 600 + x] = 0; // a full stop: 6 × 6
      }
    }

    assertTrue(Specks.isBilevel(image));
    assertEquals(4, Specks.remove(image));
    assertEquals(255, image.get(50, 50));
    assertEquals(255, image.get(301, 300));
    assertEquals(0, image.get(203, 103));
    pixels[0] = (byte) 200;
    java.util.Arrays.fill(pixels, 1000, 8000, (byte) 180); // grey: a grey scan, left alone
    assertTrue(!Specks.isBilevel(image));
  }
}
