package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** The workbook is read back with POI and its cells compared. */
class XlsxExporterTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  private static XSSFWorkbook write(Order order) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxExporter().write(order, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void planSheetHasRealDatesFilterFrozenHeaderAndPrintSetup() throws Exception {
    Order order = OrderParser.builder().build().parse(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"));
    try (XSSFWorkbook workbook = write(order)) {
      XSSFSheet plan = workbook.getSheet("План");
      assertNotNull(plan);
      assertEquals(15, plan.getLastRowNum(), "header + 12 items + 3 sub-items");
      assertEquals("Мероприятие", plan.getRow(0).getCell(8).getStringCellValue());
      assertTrue(plan.getRow(0).getCell(8).getCellStyle().getWrapText());
      assertTrue(workbook.getFontAt(plan.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
      Row sixth = plan.getRow(6);
      assertEquals("6", sixth.getCell(6).getStringCellValue());
      Cell start = sixth.getCell(10);
      assertEquals(CellType.NUMERIC, start.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(start));
      assertEquals(LocalDate.of(2022, 9, 1), start.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("dd.mm.yyyy", start.getCellStyle().getDataFormatString());
      assertEquals("Грязнова Г.А.; Анкудинова О.А.", sixth.getCell(13).getStringCellValue());
      assertNotNull(plan.getCTWorksheet().getAutoFilter(), "autofilter");
      assertEquals(1, plan.getPaneInformation().getHorizontalSplitPosition(), "frozen header row");
      assertTrue(plan.getPrintSetup().getLandscape());
      assertEquals(1, plan.getPrintSetup().getFitWidth());
      assertEquals(0, plan.getRepeatingRows().getFirstRow());
      assertEquals(0, plan.getRepeatingRows().getLastRow());

      XSSFSheet header = workbook.getSheet("Приказ");
      assertEquals("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ АНЖЕРО-СУДЖЕНСКОГО ГОРОДСКОГО ОКРУГА",
          header.getRow(1).getCell(1).getStringCellValue());
      assertEquals(LocalDate.of(2022, 6, 29), header.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate());

      XSSFSheet basis = workbook.getSheet("Основания");
      assertEquals(order.header().basis().size(), basis.getLastRowNum());
      assertEquals("приказ", basis.getRow(1).getCell(0).getStringCellValue());
      assertEquals(LocalDate.of(2022, 6, 29), basis.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
      assertEquals("1621", basis.getRow(1).getCell(3).getStringCellValue());
      assertEquals(1, basis.getPaneInformation().getHorizontalSplitPosition());

      XSSFSheet warnings = workbook.getSheet("Замечания");
      assertEquals(2, warnings.getLastRowNum());
      assertEquals("DEADLINE_OUTSIDE_PERIOD", warnings.getRow(1).getCell(0).getStringCellValue());
      assertEquals("план 1, пункт 1", warnings.getRow(1).getCell(1).getStringCellValue());
      String message = warnings.getRow(1).getCell(2).getStringCellValue();
      assertTrue(message.startsWith("срок «") && message.contains(" вне периода плана «"), message);
      assertFalse(message.matches("(?s).*[A-Za-z].*"), "no English in the Russian sheet: " + message);
    }
  }

  @Test
  void noWarningsSheetWithoutWarnings() throws Exception {
    Order order = OrderParser.builder().build().parse(SAMPLES.resolve("word/merged-cells.docx"));
    try (XSSFWorkbook workbook = write(order)) {
      assertEquals(List.of("План", "Приказ", "Основания"),
          List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
      assertEquals(3, workbook.getNumberOfSheets());
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws Exception {
    Order order = HostileOrder.parse();
    try (XSSFWorkbook workbook = write(order)) {
      Cell cell = workbook.getSheet("План").getRow(1).getCell(8);
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals(HostileOrder.HYPERLINK, cell.getStringCellValue());
    }
  }
}
