package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
public class XlsxExporterTest {
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
      int h = headerRow(plan);
      assertEquals(4, h, "three lines of title and a blank line above the table");
      assertEquals(h + 15, plan.getLastRowNum(), "header + 12 items + 3 sub-items");
      assertTrue(plan.getRow(h).getCell(8).getCellStyle().getWrapText());
      assertTrue(workbook.getFontAt(plan.getRow(h).getCell(0).getCellStyle().getFontIndex()).getBold());
      Row sixth = plan.getRow(h + 6);
      assertEquals("6", sixth.getCell(6).getStringCellValue());
      Cell start = sixth.getCell(10);
      assertEquals(CellType.NUMERIC, start.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(start));
      assertEquals(LocalDate.of(2022, 9, 1), start.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("dd.mm.yyyy", start.getCellStyle().getDataFormatString());
      assertEquals("Грязнова Г.А.; Анкудинова О.А.", sixth.getCell(13).getStringCellValue());
      assertNotNull(plan.getCTWorksheet().getAutoFilter(), "autofilter");
      assertEquals(h + 1, plan.getPaneInformation().getHorizontalSplitPosition(), "frozen header row");
      assertTrue(plan.getPrintSetup().getLandscape());
      assertEquals(1, plan.getPrintSetup().getFitWidth());
      assertEquals(h, plan.getRepeatingRows().getFirstRow());
      assertEquals(h, plan.getRepeatingRows().getLastRow());

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

  /** The row of the table's header: the title block stands above it. */
  public static int headerRow(org.apache.poi.ss.usermodel.Sheet sheet) {
    for (Row row : sheet) {
      Cell cell = row.getCell(8);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("Мероприятие")) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no header row");
  }

  @Test
  void printedPlanSaysWhichOrderItIs() throws Exception {
    Order order = OrderParser.builder().build().parse(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"));
    try (XSSFWorkbook workbook = write(order)) {
      XSSFSheet plan = workbook.getSheet("План");
      assertTrue(plan.getRow(0).getCell(5).getStringCellValue().startsWith("Дорожная карта по формированию объективной"));
      assertEquals("Приложение 1 к приказу от 29.06.2022 № 575", plan.getRow(1).getCell(5).getStringCellValue());
      assertEquals("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ АНЖЕРО-СУДЖЕНСКОГО ГОРОДСКОГО ОКРУГА",
          plan.getRow(2).getCell(5).getStringCellValue());
      assertTrue(plan.getMergedRegions().stream().anyMatch(m -> m.isInRange(0, 5) && m.isInRange(0, 15)),
          "the title spans the printed columns");
      assertTrue(plan.getRow(0).getHeightInPoints() > 2 * 14, "a two-line title gets two lines");
      assertEquals("Приказ от 29.06.2022 № 575", plan.getHeader().getCenter());
      assertEquals("Страница &P из &N", plan.getFooter().getCenter());
      assertEquals("План!$F$1:$P$20", workbook.getPrintArea(0));
      assertTrue(plan.isColumnHidden(15), "«Результат» is empty in this plan: not printed");
      assertFalse(plan.isColumnHidden(7), "«Подпункт» has sub-items here");
      assertTrue(plan.getColumnWidth(7) >= 11 * 256, "«Подпункт» fits its column unbroken");
      int h = headerRow(plan);
      Row first = plan.getRow(h + 1); // one line of activity, two of participants at most
      assertTrue(first.getHeightInPoints() <= 3 * 14.5f + 3, "height " + first.getHeightInPoints());
      Row withWarning = plan.getRow(h + 1);
      assertTrue(withWarning.getCell(16).getStringCellValue().startsWith("DEADLINE_OUTSIDE_PERIOD: "),
          "the warnings column (not printed) does not make the row taller");
    }
  }

  @Test
  void eachPlanOfAnOrderHasASheetOfItsOwn() throws Exception {
    String text = """
        ШКОЛА
        ПРИКАЗ
        от 01.09.2023 № 7
        Об утверждении планов
        ПРИКАЗЫВАЮ:
        1. Утвердить план работы (приложение 1) и план проверок (приложение 2).
        Директор
        И.И. Иванов

        Приложение 1
        План работы на 2023-2024 учебный год
        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1 | Педагогический совет | август 2023 | Иванов И.И. |

        Приложение 2
        План проверок на 2023-2024 учебный год
        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1 | Проверка журналов | октябрь 2023 | Петров П.П. |
        | 2 | Проверка тетрадей | ноябрь 2023 | Петров П.П. |
        """;
    Order order = OrderParser.builder().build().parse(
        new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "plans.txt");
    assertEquals(2, order.plans().size());
    try (XSSFWorkbook workbook = write(order)) {
      assertEquals(List.of("План 1", "План 2", "Приказ", "Основания"),
          List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)));
      XSSFSheet second = workbook.getSheet("План 2");
      assertTrue(second.getRow(0).getCell(5).getStringCellValue().endsWith("План проверок на 2023-2024 учебный год"));
      int h = headerRow(second);
      assertEquals(h + 2, second.getLastRowNum());
      assertEquals("Проверка тетрадей", second.getRow(h + 2).getCell(8).getStringCellValue());
    }
  }

  @Test
  void combinedOrdersEachStartOnANewPageUnderTheirName() throws Exception {
    OrderParser parser = OrderParser.builder().build();
    List<Order> orders = List.of(parser.parse(SAMPLES.resolve("artem-2020-218.txt")),
        parser.parse(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxExporter().writeAll(orders, out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet plan = workbook.getSheet("План");
      assertEquals(0, headerRow(plan));
      assertTrue(plan.getRow(1).getCell(5).getStringCellValue().startsWith("Приказ от 14.10.2020 № 218, "),
          plan.getRow(1).getCell(5).getStringCellValue());
      int second = 1 + 1 + 18; // header, artem's heading, its 18 items
      assertTrue(plan.getRow(second).getCell(5).getStringCellValue().startsWith("Приказ от 29.06.2022 № 575, "));
      assertTrue(plan.getRow(second).getCell(5).getStringCellValue().endsWith("(anzhero-sudzhensk-2022-575.txt)"));
      assertArrayEquals(new int[] {second - 1}, plan.getRowBreaks(), "the second order starts a page");
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
      XSSFSheet plan = workbook.getSheet("План");
      Cell cell = plan.getRow(headerRow(plan) + 1).getCell(8);
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals(HostileOrder.HYPERLINK, cell.getStringCellValue());
    }
  }
}
