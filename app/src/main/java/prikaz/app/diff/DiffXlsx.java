package prikaz.app.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import prikaz.diff.OrderDiff;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.PlanChanges;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.diff.OrderDiff.WordEdit;
import prikaz.parser.model.Field;

/**
 * The diff as a workbook to read on screen and on paper. «Сравнение»: the two orders named above a
 * legend, then one row per plan row — what became of it in words («добавлена», «удалена»,
 * «изменена»), its old and new number, and its fields as they are now with the changes marked
 * inside the cell (words taken out struck through in red, words put in bold green; a moved
 * deadline and replaced names the same way), the row coloured by what became of it (green, red,
 * yellow; a changed cell deeper yellow), and «Что изменилось» in a sentence. A4 landscape, fit to
 * the page width, the header on every page. «Итоги»: the counts and the header's changes, on one
 * page.
 */
public final class DiffXlsx {
  private static final byte[] GREEN = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
  private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
  private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
  private static final byte[] DEEP_YELLOW = {(byte) 0xFF, (byte) 0xD9, (byte) 0x66};
  private static final byte[] GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
  private static final byte[] INK_RED = {(byte) 0xC0, 0, 0};
  private static final byte[] INK_GREEN = {0, (byte) 0x70, 0x20};

  private DiffXlsx() {}

  public static void write(OrderDiff diff, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      new Comparison(book.createSheet("Сравнение"), diff, styles).write();
      summary(book.createSheet("Итоги"), diff, styles);
      book.write(out);
    }
  }

  /** The «Сравнение» sheet. */
  private static final class Comparison {
    private final XSSFSheet sheet;
    private final OrderDiff diff;
    private final Styles styles;
    private final boolean plans;
    private final List<String> header = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();

    Comparison(XSSFSheet sheet, OrderDiff diff, Styles styles) {
      this.sheet = sheet;
      this.diff = diff;
      this.styles = styles;
      // The plan's title repeats on every row: a column only when there are several plans.
      this.plans = diff.plans().size() > 1;
      column("Изменение", 12);
      if (plans) {
        column("План", 22);
      }
      column("Раздел", 14);
      column("№ было", 8);
      column("№ стало", 8);
      for (Field field : Field.content()) {
        column(field.title(), switch (field) {
          case ACTIVITY -> 52;
          case RESPONSIBLE -> 26;
          default -> 20;
        });
      }
      column("Что изменилось", 34);
    }

    private void column(String title, int width) {
      header.add(title);
      widths.add(width);
    }

    void write() {
      int last = header.size() - 1;
      for (int c = 0; c <= last; c++) {
        sheet.setColumnWidth(c, widths.get(c) * 256);
      }
      int r = 0;
      wide(r++, "Было: " + DiffText.describe(diff.before(), true), styles.title, last);
      wide(r++, "Стало: " + DiffText.describe(diff.after(), true), styles.title, last);
      r = legend(r);
      r++;
      int headerRow = r;
      XSSFRow head = sheet.createRow(r++);
      for (int c = 0; c <= last; c++) {
        set(head, c, header.get(c), styles.header);
      }
      head.setHeightInPoints(prikaz.app.export.XlsxExporter.estimatedHeight(head));
      for (PlanChanges plan : diff.plans()) {
        String title = plan.after() != null ? plan.after().title() : plan.before().title();
        for (RowChanges row : plan.rows()) {
          r = row(r, row, title);
        }
      }
      // A field empty in both plans (no participants, no results) only takes room.
      int first = header.size() - 1 - Field.content().size();
      for (int f = 0; f < Field.content().size(); f++) {
        Field field = Field.content().get(f);
        boolean empty = diff.plans().stream().flatMap(p -> p.rows().stream())
            .allMatch(row -> DiffRows.cell(row.before(), field).isBlank() && DiffRows.cell(row.after(), field).isBlank());
        sheet.setColumnHidden(first + f, empty);
      }
      sheet.createFreezePane(0, headerRow + 1);
      sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, last));
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
      pageSetup(sheet, false);
    }

    /** What the colours and marks mean: a sample in the first column, its meaning beside it. */
    private int legend(int r) {
      r = legendRow(r, "добавлена", styles.added, plain("строка есть только в новом плане"));
      r = legendRow(r, "удалена", styles.removed, plain("строка есть только в прежнем плане"));
      r = legendRow(r, "изменена", styles.changed, plain("строка есть в обоих планах, её графы изменились"));
      XSSFRichTextString words = new XSSFRichTextString();
      words.append("изменённая графа: ", styles.normalFont);
      words.append("убранные слова", styles.deletedFont);
      words.append(" зачёркнуты, ", styles.normalFont);
      words.append("новые слова", styles.insertedFont);
      words.append(" выделены; «№ было» и «№ стало» — номера строки в прежнем и в новом плане", styles.normalFont);
      return legendRow(r, "графа", styles.changedCell, words);
    }

    private XSSFRichTextString plain(String text) {
      XSSFRichTextString rich = new XSSFRichTextString();
      rich.append(text, styles.normalFont);
      return rich;
    }

    private int legendRow(int r, String sample, XSSFCellStyle style, XSSFRichTextString meaning) {
      XSSFRow row = sheet.createRow(r);
      set(row, 0, sample, style);
      XSSFCell cell = row.createCell(1);
      cell.setCellValue(meaning);
      cell.setCellStyle(styles.plainNoBorder);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 1, header.size() - 1));
      return r + 1;
    }

    private int row(int r, RowChanges row, String planTitle) {
      XSSFRow line = sheet.createRow(r);
      XSSFCellStyle base = switch (row.status()) {
        case added -> styles.added;
        case removed -> styles.removed;
        case changed -> styles.changed;
        case unchanged -> styles.plain;
      };
      int c = 0;
      set(line, c++, switch (row.status()) {
        case added -> "добавлена";
        case removed -> "удалена";
        case changed -> "изменена";
        case unchanged -> "без изменений";
      }, base);
      if (plans) {
        set(line, c++, planTitle == null ? "" : planTitle, base);
      }
      set(line, c++, DiffRows.section(row), base);
      set(line, c++, DiffRows.number(row.before()), base);
      set(line, c++, DiffRows.number(row.after()), base);
      for (Field field : Field.content()) {
        FieldChange change = row.changes().stream().filter(f -> f.field() == field).findFirst().orElse(null);
        XSSFCell cell = line.createCell(c++);
        if (change == null) {
          cell.setCellValue(DiffRows.cell(row.after() != null ? row.after() : row.before(), field));
          cell.setCellStyle(base);
        } else {
          cell.setCellValue(marked(change, row, field));
          cell.setCellStyle(styles.changedCell);
        }
      }
      set(line, c, DiffText.describeChanges(row, true), base);
      line.setHeightInPoints(prikaz.app.export.XlsxExporter.estimatedHeight(line));
      return r + 1;
    }

    /** A changed field with its changes marked: words out struck in red, words in bold green. */
    private XSSFRichTextString marked(FieldChange change, RowChanges row, Field field) {
      XSSFRichTextString text = new XSSFRichTextString();
      if (change.words() != null) {
        boolean first = true;
        for (WordEdit edit : change.words()) {
          if (!first) {
            text.append(" ", styles.normalFont);
          }
          first = false;
          text.append(edit.text(), switch (edit.op()) {
            case equal -> styles.normalFont;
            case delete -> styles.deletedFont;
            case insert -> styles.insertedFont;
          });
        }
      } else if (change.added() != null) {
        List<String> kept = new ArrayList<>(List.of(DiffRows.cell(row.after(), field).split(", ")));
        kept.removeAll(change.added());
        boolean first = true;
        for (List<String> names : List.of(kept, change.removed(), change.added())) {
          for (String name : names) {
            if (name.isBlank()) {
              continue;
            }
            if (!first) {
              text.append(", ", styles.normalFont);
            }
            text.append(name, names == kept ? styles.normalFont
                : names == change.removed() ? styles.deletedFont : styles.insertedFont);
            first = false;
          }
        }
      } else {
        text.append(String.valueOf(change.before() == null ? "—" : change.before()), styles.deletedFont);
        text.append(" → ", styles.normalFont);
        text.append(String.valueOf(change.after() == null ? "—" : change.after()), styles.insertedFont);
      }
      return text;
    }

    private void wide(int r, String value, XSSFCellStyle style, int last) {
      XSSFRow row = sheet.createRow(r);
      set(row, 0, value, style);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
      row.setHeightInPoints(18);
    }
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
        lines.add(new String[] {"  изменено: " + DiffText.name(Field.ofKey(field), true), String.valueOf(count)}));
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
    sheet.setColumnWidth(0, 26 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    int r = 0;
    for (String[] line : lines) {
      XSSFRow row = sheet.createRow(r++);
      set(row, 0, line[0], styles.header);
      set(row, 1, line[1], styles.plain);
      row.setHeightInPoints(prikaz.app.export.XlsxExporter.estimatedHeight(row));
    }
    pageSetup(sheet, true);
  }

  /** A4 landscape, fit to the page width (and, for «Итоги», to one page), with page numbers. */
  private static void pageSetup(XSSFSheet sheet, boolean onePage) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) (onePage ? 1 : 0));
    sheet.setAutobreaks(true);
    sheet.getFooter().setCenter("Страница &P из &N");
  }

  private static void set(XSSFRow row, int column, String value, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** The few styles and fonts the sheets use. */
  private static final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle plain;
    final XSSFCellStyle plainNoBorder;
    final XSSFCellStyle added;
    final XSSFCellStyle removed;
    final XSSFCellStyle changed;
    final XSSFCellStyle changedCell;
    final XSSFFont normalFont;
    final XSSFFont deletedFont;
    final XSSFFont insertedFont;
    private final String fontName;
    private final short fontPoints;

    Styles(XSSFWorkbook book) {
      // The marked runs in the workbook's own font, so a changed cell reads like the others.
      XSSFFont standard = book.getFontAt(0);
      fontName = standard.getFontName();
      fontPoints = standard.getFontHeightInPoints();
      normalFont = font(book, null, false);
      deletedFont = font(book, INK_RED, false);
      deletedFont.setStrikeout(true);
      insertedFont = font(book, INK_GREEN, true);
      plain = cell(book, null, false);
      header = cell(book, GREY, true);
      added = cell(book, GREEN, false);
      removed = cell(book, RED, false);
      changed = cell(book, YELLOW, false);
      changedCell = cell(book, DEEP_YELLOW, false);
      plainNoBorder = book.createCellStyle();
      plainNoBorder.setWrapText(true);
      plainNoBorder.setVerticalAlignment(VerticalAlignment.CENTER);
      title = book.createCellStyle();
      title.setFont(font(book, null, true));
    }

    private XSSFFont font(XSSFWorkbook book, byte[] color, boolean bold) {
      XSSFFont font = book.createFont();
      font.setFontName(fontName);
      font.setFontHeightInPoints(fontPoints);
      font.setBold(bold);
      if (color != null) {
        font.setColor(new XSSFColor(color, null));
      }
      return font;
    }

    private XSSFCellStyle cell(XSSFWorkbook book, byte[] fill, boolean bold) {
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
        style.setFont(font(book, null, true));
      }
      return style;
    }
  }
}
