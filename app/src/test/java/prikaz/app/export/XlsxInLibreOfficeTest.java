package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.RequiredProgram;
import prikaz.app.diff.DiffXlsx;
import prikaz.parser.OrderParser;
import prikaz.diff.PlanDiff;
import prikaz.parser.model.Order;

/**
 * The workbooks printed by LibreOffice to PDF, as a clerk would print them: page size and
 * orientation, the title block, page header and footer, the columns on paper. Runs wherever
 * {@code soffice} is installed and always in CI; {@code -DexcludedGroups=libreoffice} skips it.
 */
@Tag("libreoffice")
class XlsxInLibreOfficeTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void thePlanPrintsOnA4LandscapeNamingItsOrderOnEveryPage(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    Order order = OrderParser.builder().build().parse(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"));
    Path xlsx = dir.resolve("plan.xlsx");
    try (var out = Files.newOutputStream(xlsx)) {
      new XlsxExporter().write(order, out);
    }
    Path pdf = LibreOffice.convert(soffice, xlsx, null, "pdf", dir);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int plan = 0;
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(document);
        if (!text.contains("Мероприятие")) {
          break; // the «Приказ» sheet follows
        }
        plan++;
        PDRectangle page = document.getPage(p - 1).getMediaBox();
        assertEquals(842, page.getWidth(), 2, "A4 landscape");
        assertEquals(595, page.getHeight(), 2);
        assertTrue(text.contains("Приказ от 29.06.2022 № 575"), "the order in the page header, page " + p);
        assertTrue(text.contains("Страница " + p + " из "), "page numbers, page " + p);
        assertTrue(text.contains("Подпункт"), "the header is not broken inside a word");
        assertFalse(text.contains("Результат"), "an empty column is not printed");
        assertFalse(text.contains("Файл"), "the order's own columns are not printed");
      }
      assertTrue(plan >= 1);
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      assertTrue(first.contains("Приложение 1 к приказу от 29.06.2022 № 575"), first);
      assertTrue(first.contains("Дорожная карта по формированию объективной"), first);
    }
  }

  @Test
  void theDiffPrintsOnA4LandscapeWithItsLegendAndTheSummaryOnOnePage(@TempDir Path dir) throws Exception {
    String soffice = soffice();
    OrderParser parser = OrderParser.builder().build();
    var diff = PlanDiff.compare(parser.parse(SAMPLES.resolve("artem-2020-218.txt")),
        parser.parse(SAMPLES.resolve("diff/artem-2021-305.txt")));
    Path xlsx = dir.resolve("diff.xlsx");
    try (var out = Files.newOutputStream(xlsx)) {
      DiffXlsx.write(diff, out);
    }
    Path pdf = LibreOffice.convert(soffice, xlsx, null, "pdf", dir);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 2, "the rows, then «Итоги»");
      for (int p = 0; p < document.getNumberOfPages(); p++) {
        assertEquals(842, document.getPage(p).getMediaBox().getWidth(), 2, "A4 landscape, not Letter");
        assertEquals(595, document.getPage(p).getMediaBox().getHeight(), 2);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      assertTrue(first.contains("строка есть только в новом плане"), "the legend");
      assertTrue(first.contains("Что изменилось"));
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      String summary = stripper.getText(document);
      assertTrue(summary.contains("Планы равнозначны") && summary.contains("Без изменений")
          && summary.contains("Основание добавлено"), "«Итоги» on one page: " + summary);
      stripper.setStartPage(pages - 1);
      stripper.setEndPage(pages - 1);
      assertTrue(stripper.getText(document).contains("Что изменилось"), "the rows end before «Итоги»");
    }
  }

  private static String soffice() {
    String soffice = LibreOffice.command();
    RequiredProgram.require(soffice != null, "LibreOffice (soffice)", "apt-get install libreoffice-calc-nogui");
    return soffice;
  }
}
