package prikaz.app.export;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A «План» sheet: a title block naming the plan and its order, then one row per item with the
 * CSV's columns, real date cells, a bold frozen header and an autofilter. On paper: A4 landscape,
 * fit to the page width, the header row on every page, the order in the page header and «Страница
 * N из M» in the footer, only «Раздел» … «Результат» in the print area (the order's own columns
 * repeat on every row and stay for filtering on screen), columns with nothing in them hidden, and
 * each row as high as its wrapped text. In a combined workbook each order starts on a new page
 * under a row that names it.
 */
final class PlanSheet {
  /** The columns of {@link ItemColumns}; the printed run (Раздел … Результат) fits an A4 landscape page at ~60 %. */
  private static final List<ItemColumns.Column> COLUMNS = ItemColumns.ALL;
  static final int FIRST_PRINTED = printedEnd(true);
  static final int LAST_PRINTED = printedEnd(false);
  /** Characters of Calibri 11 (Carlito in LibreOffice) that fit one unit of column width, Cyrillic text on average, measured on printed pages. */
  private static final double CHARS_PER_UNIT = 1.3;
  private static final float LINE_POINTS = 14.5f;

  /** Rows of one order; {@code heading} names the order above them in a combined workbook, else null. */
  record Part(String heading, List<ItemRow> rows) {}

  private PlanSheet() {}

  /**
   * Writes the sheet: the {@code title} lines (none in a combined workbook), the table of the
   * parts, and the page setup with {@code pageHeader} at the top of every printed page.
   */
  static SXSSFSheet write(SXSSFWorkbook workbook, SheetStyles styles, String name, List<String> title,
      String pageHeader, List<Part> parts) {
    SXSSFSheet sheet = workbook.createSheet(name);
    for (int c = 0; c < COLUMNS.size(); c++) {
      sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
      if (c >= FIRST_PRINTED && c <= LAST_PRINTED && isEmpty(parts, c)) {
        sheet.setColumnHidden(c, true);
      }
    }
    int r = 0;
    for (int i = 0; i < title.size(); i++) {
      wide(sheet, r++, title.get(i), i == 0 ? styles.title : styles.subtitle, i == 0 ? 13f / 11 : 1f);
    }
    if (!title.isEmpty()) {
      r++;
    }
    int headerRow = r;
    Row head = sheet.createRow(r++);
    List<String> headers = ItemColumns.headers(true);
    for (int c = 0; c < headers.size(); c++) {
      set(head, c, headers.get(c), styles.header);
    }
    head.setHeightInPoints(2 * LINE_POINTS + 2); // two lines: «Срок (как в документе)», «Вид срока»
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      if (part.heading() != null) {
        if (p > 0) {
          sheet.setRowBreak(r - 1); // each order on a page of its own
        }
        wide(sheet, r++, part.heading(), styles.order, 1f);
      }
      for (ItemRow item : part.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) {
          Object value = value(item, c);
          // The order's columns repeat on every row: one line each, so they do not set the row height.
          CellStyle style = value instanceof LocalDate || ItemColumns.isDate(c) ? styles.date
              : c < FIRST_PRINTED || c > LAST_PRINTED ? styles.line : styles.text;
          set(row, c, value, style);
        }
        row.setHeightInPoints(height(sheet, row));
      }
    }
    int last = Math.max(headerRow, r - 1);
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, headers.size() - 1));
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, headers.size() - 1));
    workbook.setPrintArea(workbook.getSheetIndex(sheet), FIRST_PRINTED, LAST_PRINTED, 0, last);
    XlsxExporter.printSetup(sheet);
    if (pageHeader != null) {
      sheet.getHeader().setCenter(escaped(pageHeader));
    }
    sheet.getFooter().setCenter("Страница &P из &N");
    return sheet;
  }

  /** A cell value of the table: text, a date, or null. */
  private static Object value(ItemRow item, int column) {
    return COLUMNS.get(column).valueOf(item, true);
  }

  /** The first printed column, or (first = false) the last. */
  private static int printedEnd(boolean first) {
    int found = -1;
    for (int c = 0; c < COLUMNS.size(); c++) {
      if (COLUMNS.get(c).printed() && (found < 0 || !first)) {
        found = c;
      }
    }
    return found;
  }

  private static boolean isEmpty(List<Part> parts, int column) {
    return parts.stream().flatMap(p -> p.rows().stream())
        .map(item -> value(item, column))
        .allMatch(v -> v == null || v instanceof String s && s.isBlank());
  }

  /** A row of text across the printed columns (the title block, an order's heading). */
  private static void wide(SXSSFSheet sheet, int r, String text, CellStyle style, float scale) {
    Row row = sheet.createRow(r);
    for (int c = FIRST_PRINTED; c <= LAST_PRINTED; c++) {
      set(row, c, c == FIRST_PRINTED ? text : null, style);
    }
    sheet.addMergedRegion(new CellRangeAddress(r, r, FIRST_PRINTED, LAST_PRINTED));
    int units = 0;
    for (int c = FIRST_PRINTED; c <= LAST_PRINTED; c++) {
      units += sheet.isColumnHidden(c) ? 0 : COLUMNS.get(c).width();
    }
    int perLine = Math.max(1, (int) (units * CHARS_PER_UNIT / scale));
    row.setHeightInPoints(Math.min(409, lines(text, perLine) * LINE_POINTS * scale + 4));
  }

  /**
   * SXSSF cannot measure text, so a row's height is estimated from its tallest printed cell:
   * characters per line from the column width, plus the cell's own line breaks.
   */
  private static float height(SXSSFSheet sheet, Row row) {
    int lines = 1;
    for (int c = FIRST_PRINTED; c <= LAST_PRINTED; c++) {
      Cell cell = row.getCell(c);
      if (cell == null || sheet.isColumnHidden(c)
          || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
        continue;
      }
      lines = Math.max(lines, lines(cell.getStringCellValue(), (int) Math.max(1, COLUMNS.get(c).width() * CHARS_PER_UNIT)));
    }
    return Math.min(409, lines * LINE_POINTS + 3);
  }

  /** Lines a text takes wrapped at {@code perLine} characters, by words. */
  static int lines(String text, int perLine) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int used = 0;
      lines++;
      for (String word : paragraph.split(" ")) {
        int length = word.length();
        if (used > 0 && used + 1 + length > perLine) {
          lines++;
          used = 0;
        }
        used += (used > 0 ? 1 : 0) + length;
        while (used > perLine) { // a word longer than the line is broken
          lines++;
          used -= perLine;
        }
      }
    }
    return Math.max(1, lines);
  }

  /** «&» starts a code in a page header: written twice to mean itself. */
  private static String escaped(String text) {
    return text.replace("&", "&&");
  }

  /** A string cell never holds a formula, whatever the text starts with; a date a date cell. */
  private static void set(Row row, int column, Object value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
    } else if (value instanceof String text && !text.isEmpty()) {
      cell.setCellValue(text);
    }
  }
}
