package prikaz.app.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The cell styles of the workbook {@link XlsxExporter} writes. */
final class SheetStyles {
  final CellStyle header;
  final CellStyle text;
  final CellStyle line;
  final CellStyle date;
  final CellStyle label;
  /** The plan's title above its table: bold, larger, centred, no borders. */
  final CellStyle title;
  /** The lines under the title (appendix, issuer): centred, no borders. */
  final CellStyle subtitle;
  /** A combined workbook's row naming the order the rows under it belong to. */
  final CellStyle order;

  SheetStyles(SXSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setAlignment(HorizontalAlignment.CENTER);
    borders(header);
    text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    borders(text);
    // Wrapped (so long text is clipped to the cell, not spilled over the next column) but left
    // out of the row-height estimate.
    line = workbook.createCellStyle();
    line.cloneStyleFrom(text);
    date = workbook.createCellStyle();
    date.cloneStyleFrom(text);
    date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    label = workbook.createCellStyle();
    label.cloneStyleFrom(text);
    label.setFont(bold);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = workbook.createCellStyle();
    title.setFont(big);
    title.setWrapText(true);
    title.setAlignment(HorizontalAlignment.CENTER);
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    subtitle = workbook.createCellStyle();
    subtitle.setWrapText(true);
    subtitle.setAlignment(HorizontalAlignment.CENTER);
    subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
    order = workbook.createCellStyle();
    order.cloneStyleFrom(label);
    order.setWrapText(true);
  }

  private static void borders(CellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
  }
}
