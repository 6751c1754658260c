package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import prikaz.parser.internal.read.positional.Page;
import prikaz.parser.internal.read.positional.Ruling;
import prikaz.parser.internal.read.positional.Word;

/** Words, ruling lines and images of PDF pages drawn here with PDFBox, read back in one pass. */
class PdfPageCollectorTest {
  private static final float HEIGHT = PDRectangle.A4.getHeight(); // 841.89

  @Test
  void linesAreFoundInEveryWayTheyAreDrawnAndOnlyStraightOnes() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDFormXObject form = new PDFormXObject(document);
      form.setBBox(new PDRectangle(0, 0, 595, 842));
      try (PDFormContentStream content = new PDFormContentStream(form)) {
        content.moveTo(100, 50);
        content.lineTo(300, 50);
        content.stroke();
      }
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        // A rectangle under a transformation: stroked, it gives its four sides in page space.
        content.saveGraphicsState();
        content.transform(new Matrix(2, 0, 0, 2, 50, 100));
        content.addRect(0, 0, 100, 50);
        content.stroke();
        content.restoreGraphicsState();
        // A thin filled rectangle is a line; a thick one is not.
        content.addRect(300, 400, 200, 1);
        content.fill();
        content.addRect(300, 300, 200, 40);
        content.fill();
        // An open path with a closing diagonal: the two straight sides only.
        content.moveTo(300, 600);
        content.lineTo(400, 600);
        content.lineTo(400, 700);
        content.closePath();
        content.stroke();
        // A diagonal, a curve and a clipping path draw no ruling.
        content.moveTo(100, 700);
        content.lineTo(200, 800);
        content.curveTo(210, 800, 220, 810, 230, 800);
        content.stroke();
        content.addRect(10, 10, 500, 500);
        content.clip();
        content.drawForm(form);
      }
      PdfPageCollector collected = PdfPageCollector.collect(document);
      Page read = collected.pages.get(0);
      List<String> rulings = read.rulings().stream().sorted(Comparator.comparingDouble(Ruling::y0)
          .thenComparingDouble(Ruling::x0)).map(PdfPageCollectorTest::describe).toList();
      assertEquals(List.of(
          "400 @ 141.9-241.9",   // the polyline's vertical side (841.9 - 700 .. 841.9 - 600); its diagonal is left out
          "300-400 @ 241.9",     // and its horizontal side
          "300-500 @ 441.4",     // the thin filled rectangle, at its middle (400.5 up)
          "50-250 @ 641.9",      // the rectangle drawn 0,0,100,50 under «2 0 0 2 50 100 cm»
          "50 @ 641.9-741.9",
          "250 @ 641.9-741.9",
          "50-250 @ 741.9",
          "100-300 @ 791.9"),    // the line inside the form XObject
          rulings);
      assertFalse(collected.images.get(0));
    }
  }

  @Test
  void overprintedTextIsReadOnceAndImagesAreNoticed() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage text = new PDPage(PDRectangle.A4);
      PDPage scan = new PDPage(PDRectangle.A4);
      document.addPage(text);
      document.addPage(scan);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, text)) {
        // Fake bold: the same words drawn twice, 0.3 pt apart.
        for (float dx : new float[] {0, 0.3f}) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(100 + dx, 300);
          content.showText("Order 575");
          content.endText();
        }
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(100, 280);
        content.showText("Order again");
        content.endText();
      }
      try (PDPageContentStream content = new PDPageContentStream(document, scan)) {
        content.drawImage(LosslessFactory.createFromImage(document, new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY)),
            0, 0, 595, 842);
      }
      PdfPageCollector collected = PdfPageCollector.collect(document);
      List<Word> words = collected.pages.get(0).words();
      assertEquals(List.of("Order", "575", "Order", "again"), words.stream().map(Word::text).toList());
      Word first = words.get(0);
      assertEquals(100, first.x0(), 0.01);
      assertEquals(HEIGHT - 300, first.baseline(), 0.01);
      assertEquals(12, first.size(), 0.01);
      assertEquals(List.of(false, true), collected.images);
      assertTrue(collected.pages.get(1).words().isEmpty());
      assertEquals(2, collected.pages.get(1).number());
    }
  }

  /** A text matrix that stretches a glyph a million times (found by fuzzing): read at once. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aGlyphStretchedBeyondAnyPageIsReadAtOnce() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.setTextMatrix(new Matrix(1_000_000f, 0, 0, 1, 100, 300));
        content.showText("AAAA");
        content.endText();
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(100, 280);
        content.showText("Order");
        content.endText();
      }
      PdfPageCollector collected = PdfPageCollector.collect(document);
      assertTrue(collected.pages.get(0).words().stream().anyMatch(w -> w.text().equals("Order")));
    }
  }

  /** «x0-x1 @ y» for a horizontal line, «x @ y0-y1» for a vertical one, to 0.1 pt. */
  private static String describe(Ruling r) {
    if (Math.abs(r.y1() - r.y0()) < 1) {
      return fmt(r.x0()) + "-" + fmt(r.x1()) + " @ " + fmt(r.y0());
    }
    return fmt(r.x0()) + " @ " + fmt(r.y0()) + "-" + fmt(r.y1());
  }

  private static String fmt(double v) {
    String s = String.format(java.util.Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
