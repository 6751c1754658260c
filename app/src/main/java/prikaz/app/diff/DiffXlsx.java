package prikaz.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import prikaz.parser.diff.OrderDiff;
import prikaz.parser.diff.OrderDiff.PlanChanges;
import prikaz.parser.diff.OrderDiff.RowChanges;

/**
 * The diff as a workbook, in the spirit of daff's highlighter: «Сравнение» has the older and the
 * newer row side by side, rows coloured added (green), removed (red) and changed (yellow, the
 * changed cells of the newer side in a deeper yellow and bold), the action ({@code +++ --- ->})
 * in the first column; «Итоги» has the counts and the header's changes.
 */
public final class DiffXlsx {
  private static final byte[] GREEN = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
  private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
  private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
  private static final byte[] DEEP_YELLOW = {(byte) 0xFF, (byte) 0xD9, (byte) 0x66};

  private DiffXlsx() {}

  public static void write(OrderDiff diff, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      comparison(book.createSheet("Сравнение"), diff, styles);
      summary(book.createSheet("Итоги"), diff, styles);
      book.write(out);
    }
  }

  private static void comparison(XSSFSheet sheet, OrderDiff diff, Styles styles) {
    // The plan's title repeats on every row: a column only when there are several plans.
    boolean plans = diff.plans().size() > 1;
    List<String> header = new ArrayList<>(plans ? List.of("!", "План", "Раздел", "№ было") : List.of("!", "Раздел", "№ было"));
    DiffRows.FIELDS.forEach(f -> header.add(DiffRows.TITLES.get(f) + " (было)"));
    header.add("№ стало");
    DiffRows.FIELDS.forEach(f -> header.add(DiffRows.TITLES.get(f) + " (стало)"));
    header.add("Изменения");
    XSSFRow first = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = first.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(styles.header);
    }
    int r = 1;
    for (PlanChanges plan : diff.plans()) {
      String title = plan.after() != null ? plan.after().title() : plan.before().title();
      for (RowChanges row : plan.rows()) {
        XSSFRow line = sheet.createRow(r++);
        XSSFCellStyle base = switch (row.status()) {
          case added -> styles.added;
          case removed -> styles.removed;
          case changed -> styles.changed;
          case unchanged -> styles.plain;
        };
        int c = 0;
        set(line, c++, switch (row.status()) {
          case added -> "+++";
          case removed -> "---";
          case changed -> "->";
          case unchanged -> "";
        }, base);
        if (plans) {
          set(line, c++, title == null ? "" : title, base);
        }
        set(line, c++, DiffRows.section(row), base);
        set(line, c++, DiffRows.number(row.before()), base);
        for (String field : DiffRows.FIELDS) {
          set(line, c++, DiffRows.cell(row.before(), field), base);
        }
        set(line, c++, DiffRows.number(row.after()), base);
        for (String field : DiffRows.FIELDS) {
          set(line, c++, DiffRows.cell(row.after(), field), DiffRows.changed(row, field) ? styles.changedCell : base);
        }
        set(line, c, DiffText.describeChanges(row, true), base);
      }
    }
    List<Integer> widths = new ArrayList<>(List.of(5, 20, 7, 45, 16, 22, 18, 18, 7, 45, 16, 22, 18, 18, 36));
    if (plans) {
      widths.add(1, 24);
    }
    for (int c = 0; c < widths.size(); c++) {
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
    first.setHeightInPoints(prikaz.app.export.XlsxExporter.estimatedHeight(first));
    for (int i = 1; i < r; i++) {
      sheet.getRow(i).setHeightInPoints(prikaz.app.export.XlsxExporter.estimatedHeight(sheet.getRow(i)));
    }
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
  }

  private static void summary(XSSFSheet sheet, OrderDiff diff, Styles styles) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"Было", DiffText.describe(diff.before(), true)});
    lines.add(new String[] {"Стало", DiffText.describe(diff.after(), true)});
    lines.add(new String[] {"Без изменений", String.valueOf(diff.summary().unchanged())});
    lines.add(new String[] {"Изменено", String.valueOf(diff.summary().changed())});
    lines.add(new String[] {"Добавлено", String.valueOf(diff.summary().added())});
    lines.add(new String[] {"Удалено", String.valueOf(diff.summary().removed())});
    diff.summary().fields().forEach((field, count) ->
        lines.add(new String[] {"  изменено: " + DiffRows.TITLES.get(field).toLowerCase(java.util.Locale.ROOT), String.valueOf(count)}));
    lines.add(new String[] {"Изменений в реквизитах", String.valueOf(diff.summary().headerChanges())});
    OrderDiff.HeaderChanges header = diff.header();
    if (header.issuer() != null) {
      lines.add(new String[] {"Издатель", header.issuer().before() + " → " + header.issuer().after()});
    }
    if (header.signatory() != null) {
      lines.add(new String[] {"Подписал", header.signatory().before() + " → " + header.signatory().after()});
    }
    for (var ref : header.basisRemoved()) {
      lines.add(new String[] {"Основание убрано", ref.text()});
    }
    for (var ref : header.basisAdded()) {
      lines.add(new String[] {"Основание добавлено", ref.text()});
    }
    lines.add(new String[] {"Порог сходства", String.valueOf(diff.threshold())});
    lines.add(new String[] {"Планы равнозначны", diff.equivalent() ? "да" : "нет"});
    int r = 0;
    for (String[] line : lines) {
      XSSFRow row = sheet.createRow(r++);
      set(row, 0, line[0], styles.header);
      set(row, 1, line[1], styles.plain);
    }
    sheet.setColumnWidth(0, 26 * 256);
    sheet.setColumnWidth(1, 100 * 256);
  }

  private static void set(XSSFRow row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** The few styles the sheets use. */
  private static final class Styles {
    final XSSFCellStyle header;
    final XSSFCellStyle plain;
    final XSSFCellStyle added;
    final XSSFCellStyle removed;
    final XSSFCellStyle changed;
    final XSSFCellStyle changedCell;

    Styles(XSSFWorkbook book) {
      plain = cell(book, null, false);
      header = cell(book, new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}, true);
      added = cell(book, GREEN, false);
      removed = cell(book, RED, false);
      changed = cell(book, YELLOW, false);
      changedCell = cell(book, DEEP_YELLOW, true);
    }

    private static XSSFCellStyle cell(XSSFWorkbook book, byte[] fill, boolean bold) {
      XSSFCellStyle style = book.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      if (fill != null) {
        style.setFillForegroundColor(new XSSFColor(fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      if (bold) {
        Font font = book.createFont();
        font.setBold(true);
        style.setFont(font);
      }
      return style;
    }
  }
}
