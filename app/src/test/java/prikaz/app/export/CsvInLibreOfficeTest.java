package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.RequiredProgram;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * The Excel-dialect CSV opened by LibreOffice as a Russian user's double-click does: «;», UTF-8,
 * Russian locale, special numbers (dates) detected and formulas evaluated — the settings under
 * which «1.2.10» turns into a date and «=…» into a formula. The sheet is saved as XLSX and its
 * cells read back. Runs wherever {@code soffice} is installed and always in CI ({@code CI} set),
 * where a missing LibreOffice is a failure; {@code -DexcludedGroups=libreoffice} skips it.
 */
@Tag("libreoffice")
class CsvInLibreOfficeTest {
  /** LibreOffice's CSV import options: separator ;, quote ", UTF-8, from line 1, Russian, detect numbers and dates, evaluate formulas. */
  private static final String IMPORT = "CSV:59,34,76,1,,1049,false,true,false,false,false,-1,true";

  @Test
  void numbersAndDeadlinesStayTextDatesAreDatesAndNoGuardShows(@TempDir Path dir) throws Exception {
    String soffice = LibreOffice.command();
    RequiredProgram.require(soffice != null, "LibreOffice (soffice)", "apt-get install libreoffice-calc-nogui");
    String text = """
        ШКОЛА
        ПРИКАЗ
        от 01.09.2022 № 12
        Об утверждении плана на 2022-2023 учебный год
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        Директор
        И.И. Иванов

        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1.1.1 | - организовать проверку журналов | Сентябрь 2022 | Иванов И.И. |
        | 1.2.10 | =1+1 | 15.10.2022 | Петров П.П. |
        """;
    Order order = OrderParser.builder().build()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "plan.txt");
    Path csv = dir.resolve("plan.csv");
    try (var out = Files.newOutputStream(csv)) {
      new CsvExporter(CsvExporter.Dialect.EXCEL, StandardCharsets.UTF_8).write(order, out);
    }
    Path xlsx = LibreOffice.convert(soffice, csv, IMPORT, "xlsx", dir);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("Мероприятие", shown(sheet.getRow(0).getCell(8)));
      Row first = sheet.getRow(1);
      assertEquals("1.1.1", shown(first.getCell(6)), "an item number stays text");
      assertEquals("Сентябрь 2022", shown(first.getCell(9)), "a deadline as written stays text");
      assertEquals("- организовать проверку журналов", shown(first.getCell(8)), "no apostrophe shows");
      Cell start = first.getCell(10);
      assertEquals(CellType.NUMERIC, start.getCellType(), "the start is a date");
      assertTrue(DateUtil.isCellDateFormatted(start));
      assertEquals(LocalDate.of(2022, 9, 1), start.getLocalDateTimeCellValue().toLocalDate());
      assertEquals(LocalDate.of(2022, 9, 30), first.getCell(11).getLocalDateTimeCellValue().toLocalDate());
      Row second = sheet.getRow(2);
      assertEquals("1.2.10", shown(second.getCell(6)));
      assertEquals("=1+1", shown(second.getCell(8)), "a formula-looking activity is text, not run");
      assertEquals("15.10.2022", shown(second.getCell(9)));
      assertEquals(LocalDate.of(2022, 10, 15), second.getCell(10).getLocalDateTimeCellValue().toLocalDate());
      assertEquals(LocalDate.of(2022, 9, 1), sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate(),
          "the order's date is a date");
    }
  }

  /** A text cell's text as it shows: the invisible mark left out. */
  private static String shown(Cell cell) {
    assertEquals(CellType.STRING, cell.getCellType(), "a text cell: " + cell);
    return cell.getStringCellValue().replace(String.valueOf(SpreadsheetText.MARK), "");
  }
}
