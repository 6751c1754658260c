package prikaz.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Point;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Warning;

/**
 * A workbook a clerk can filter and print: sheet «План» ({@link PlanSheet}; «План 1», «План 2» … when
 * the order has several plans), sheet
 * «Приказ» (the header as label/value rows and the operative points), sheet «Основания» (one row
 * per basis reference) and, when there are warnings, sheet «Замечания». Streaming (SXSSF), so memory
 * stays bounded however many items there are. Text always goes into text cells, never formulas.
 *
 * <p>Sections are a «Раздел» column rather than merged bold rows: a merged row breaks sorting and
 * filtering, and the column keeps every item's section visible after filtering.
 */
public final class XlsxExporter implements CombinedExporter {

  private static final int WINDOW = 200;

  @Override
  public String extension() {
    return "xlsx";
  }

  /**
   * Many orders in one workbook: the «План» sheet with every item of every order (the file column
   * tells them apart); the order's own sheets belong to a single order and are left out.
   */
  @Override
  public void writeAll(List<Order> orders, OutputStream out) throws IOException {
    if (orders.size() == 1) {
      write(orders.get(0), out);
      return;
    }
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      List<PlanSheet.Part> parts = new java.util.ArrayList<>();
      for (Order order : orders) {
        String issuer = order.header().issuer() == null ? "" : ", " + order.header().issuer().replace('\n', ' ');
        String file = order.source().path() != null ? order.source().path() : order.source().file();
        parts.add(new PlanSheet.Part(OrderTitle.act(order) + issuer + " (" + file + ")", ItemRow.of(order)));
      }
      PlanSheet.write(workbook, new SheetStyles(workbook), "План", List.of(), null, parts);
      workbook.write(out);
      workbook.dispose();
    }
  }

  @Override
  public void write(Order order, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      SheetStyles styles = new SheetStyles(workbook);
      // One sheet per plan, so each prints under its own title.
      List<prikaz.parser.model.Plan> plans = order.plans();
      for (int p = 0; p < Math.max(1, plans.size()); p++) {
        List<String> title = plans.isEmpty() ? List.of(OrderTitle.act(order)) : OrderTitle.lines(order, plans.get(p));
        List<ItemRow> rows = plans.isEmpty() ? List.of() : ItemRow.ofPlan(order, p);
        PlanSheet.write(workbook, styles, plans.size() > 1 ? "План " + (p + 1) : "План", title, OrderTitle.act(order),
            List.of(new PlanSheet.Part(null, rows)));
      }
      writeOrder(workbook, styles, order);
      writeBasis(workbook, styles, order.header().basis());
      if (!order.warnings().isEmpty()) {
        writeWarnings(workbook, styles, order.warnings());
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  /**
   * SXSSF cannot measure text, so the row height is estimated from the longest wrapped cell:
   * characters per line from the column width, plus the cell's own line breaks.
   */
  private static float heightOf(Row row, CellStyle ignored) {
    int lines = 1;
    for (Cell cell : row) {
      if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
          || ignored != null && cell.getCellStyle().getIndex() == ignored.getIndex()) {
        continue;
      }
      int perLine = Math.max(1, (int) (row.getSheet().getColumnWidth(cell.getColumnIndex()) / 256 * 1.15));
      int cellLines = 0;
      for (String line : cell.getStringCellValue().split("\n", -1)) {
        cellLines += Math.max(1, (line.length() + perLine - 1) / perLine);
      }
      lines = Math.max(lines, cellLines);
    }
    return Math.min(409, lines * 12.75f + 3);
  }

  /** A row's height for its wrapped text, estimated as above (for sheets other exporters write). */
  public static float estimatedHeight(Row row) {
    return heightOf(row, null);
  }

  private static void writeOrder(SXSSFWorkbook workbook, SheetStyles styles, Order order) {
    SXSSFSheet sheet = workbook.createSheet("Приказ");
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    Header h = order.header();
    int[] r = {0};
    pair(sheet, styles, r, "Файл", order.source().file());
    pair(sheet, styles, r, "Издатель", h.issuer());
    pair(sheet, styles, r, "Вид документа", h.docType());
    Row dateRow = sheet.createRow(r[0]++);
    text(dateRow, 0, "Дата", styles.label);
    date(dateRow, 1, h.date(), styles);
    pair(sheet, styles, r, "Номер", h.number());
    pair(sheet, styles, r, "Место издания", h.place());
    pair(sheet, styles, r, "Заголовок", h.title());
    for (Reference reference : h.basis()) {
      pair(sheet, styles, r, "Основание", reference.text());
    }
    pair(sheet, styles, r, "Подписал", h.signatory() == null ? null
        : (h.signatory().position() == null ? "" : h.signatory().position() + " ") + h.signatory().name());
    r[0]++;
    Row pointsHead = sheet.createRow(r[0]++);
    text(pointsHead, 0, "Пункт", styles.header);
    text(pointsHead, 1, "Текст", styles.header);
    points(sheet, styles, r, h.points());
    printSetup(sheet);
  }

  /** Sheet «Основания»: one row per act the order is based on, its date a date cell. */
  private static void writeBasis(SXSSFWorkbook workbook, SheetStyles styles, List<Reference> basis) {
    SXSSFSheet sheet = listSheet(workbook, styles, "Основания",
        new String[] {"Вид", "Издатель", "Дата", "Номер", "Название", "Текст"}, new int[] {14, 30, 11, 12, 50, 60});
    int r = 1;
    for (Reference reference : basis) {
      Row row = sheet.createRow(r++);
      text(row, 0, reference.kind(), styles.text);
      text(row, 1, reference.issuer(), styles.text);
      date(row, 2, reference.date(), styles);
      text(row, 3, reference.number(), styles.text);
      text(row, 4, reference.title(), styles.text);
      text(row, 5, reference.text(), styles.text);
      row.setHeightInPoints(heightOf(row, styles.line));
    }
    filter(sheet, r, 6);
  }

  /** Sheet «Замечания»: what a clerk should check, one warning a row. */
  private static void writeWarnings(SXSSFWorkbook workbook, SheetStyles styles, List<Warning> warnings) {
    SXSSFSheet sheet = listSheet(workbook, styles, "Замечания",
        new String[] {"Код", "Где", "Замечание"}, new int[] {26, 22, 100});
    int r = 1;
    for (Warning warning : warnings) {
      Row row = sheet.createRow(r++);
      text(row, 0, warning.code().name(), styles.text);
      text(row, 1, RussianWarnings.where(warning.where()), styles.text);
      text(row, 2, RussianWarnings.message(warning), styles.text);
      row.setHeightInPoints(heightOf(row, styles.line));
    }
    filter(sheet, r, 3);
  }

  /** An autofilter over the header and the {@code rows - 1} rows under it. */
  private static void filter(SXSSFSheet sheet, int rows, int columns) {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
  }

  /**
   * A sheet with a bold, frozen header row repeated on every printed page and the given widths in
   * characters; {@link #filter} adds the autofilter once the rows are written.
   */
  private static SXSSFSheet listSheet(SXSSFWorkbook workbook, SheetStyles styles, String name, String[] headers, int[] widths) {
    SXSSFSheet sheet = workbook.createSheet(name);
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
      text(head, c, headers[c], styles.header);
    }
    sheet.createFreezePane(0, 1);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, headers.length - 1));
    printSetup(sheet);
    return sheet;
  }

  private static void points(SXSSFSheet sheet, SheetStyles styles, int[] r, List<Point> points) {
    for (Point point : points) {
      pair(sheet, styles, r, point.number() == null ? "" : point.number(), point.text());
      points(sheet, styles, r, point.subpoints());
    }
  }

  private static void pair(SXSSFSheet sheet, SheetStyles styles, int[] r, String label, String value) {
    Row row = sheet.createRow(r[0]++);
    text(row, 0, label, styles.label);
    text(row, 1, value, styles.text);
    row.setHeightInPoints(heightOf(row, styles.line));
  }

  static void printSetup(SXSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
  }

  /** A string cell: {@code setCellValue(String)} never makes a formula, whatever the text starts with. */
  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(value);
    }
  }

  private static void date(Row row, int column, LocalDate value, SheetStyles styles) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.date);
    if (value != null) {
      cell.setCellValue(value);
    }
  }
}
