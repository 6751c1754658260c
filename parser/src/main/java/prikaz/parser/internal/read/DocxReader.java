package prikaz.parser.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import prikaz.parser.DocumentException;

/**
 * DOCX through POI's XWPF, because Tika's XHTML for DOCX loses merged cells. The table grid is
 * rebuilt from {@code gridBefore}, {@code gridSpan} and {@code vMerge} (restart/continue, not a
 * count): a vertically merged cell becomes one cell with a row span, so its text applies to every
 * row it covers. Word's automatic numbers, which are not in the text, are recovered from
 * {@code numPr} ({@link WordNumbering}). A table inside a cell becomes lines of that cell.
 */
final class DocxReader implements LayoutReader {

  @Override
  public Result read(byte[] content) throws DocumentException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      LayoutBuilder layout = new LayoutBuilder();
      WordNumbering numbering = new WordNumbering(document);
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          layout.paragraph(List.of(numbering.label(paragraph) + paragraph.getText()));
        } else if (element instanceof XWPFTable table) {
          layout.table(rows(table, numbering, 1));
        } else if (element instanceof XWPFSDT sdt) {
          layout.paragraph(List.of(sdt.getContent().getText()));
        }
      }
      return new Result(layout.build(), null);
    } catch (StackOverflowError e) {
      throw Limits.stackDepth(e);
    } catch (LinkageError e) {
      throw Readers.unknownCompression(e);
    } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
      throw new DocumentException(DocumentException.Reason.ENCRYPTED, "the file is password-protected", e);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, Readers.describe(e), e);
    }
  }

  /**
   * The rows of a table with spans: continued vertical merges folded into the cell that starts them.
   * {@code depth} is 1 for a table in the body, 2 for a table in one of its cells, and so on.
   */
  private static List<Layout.Row> rows(XWPFTable table, WordNumbering numbering, int depth) throws DocumentException {
    if (depth > Limits.MAX_TABLE_NESTING) {
      throw Limits.tableNesting();
    }
    if (table.getRows().size() > Limits.MAX_TABLE_ROWS) {
      throw Limits.tableRows();
    }
    List<List<MergedGrid.Cell>> grid = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<MergedGrid.Cell> cells = new ArrayList<>();
      int column = gridBefore(row);
      if (column > 0) {
        cells.add(new MergedGrid.Cell(0, column, MergedGrid.Merge.NONE, ""));
      }
      if (row.getTableCells().size() > Limits.MAX_CELLS_PER_ROW) {
        throw Limits.cellsPerRow();
      }
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        long span = 1;
        MergedGrid.Merge merge = MergedGrid.Merge.NONE;
        if (properties != null) {
          if (properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
            BigInteger value = properties.getGridSpan().getVal();
            span = value.bitLength() > 31 ? Long.MAX_VALUE : Math.max(1, value.longValue());
          }
          if (properties.isSetVMerge()) {
            STMerge.Enum value = properties.getVMerge().getVal();
            merge = value == STMerge.RESTART ? MergedGrid.Merge.RESTART : MergedGrid.Merge.CONTINUE;
          }
        }
        if (span > Limits.MAX_GRID_COLUMNS - column) {
          throw Limits.gridColumns();
        }
        cells.add(new MergedGrid.Cell(column, (int) span, merge, cellText(cell, numbering, depth)));
        column += (int) span;
      }
      grid.add(cells);
    }

    return MergedGrid.rows(grid);
  }

  /** {@code w:gridBefore} of a row: grid columns left empty before its first cell. */
  private static int gridBefore(XWPFTableRow row) {
    CTTrPr properties = row.getCtRow().getTrPr();
    if (properties == null) {
      return 0;
    }
    List<CTDecimalNumber> values = properties.getGridBeforeList();
    if (values.isEmpty() || values.get(0).getVal() == null) {
      return 0;
    }
    BigInteger value = values.get(0).getVal();
    return Math.max(0, Math.min(Limits.MAX_GRID_COLUMNS, value.intValue()));
  }

  private static String cellText(XWPFTableCell cell, WordNumbering numbering, int depth) throws DocumentException {
    StringBuilder text = new StringBuilder();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        text.append(numbering.label(paragraph)).append(paragraph.getText()).append('\n');
      } else if (element instanceof XWPFTable nested) {
        for (Layout.Row row : rows(nested, numbering, depth + 1)) {
          text.append(row.text()).append('\n');
        }
      } else if (element instanceof XWPFSDT sdt) {
        text.append(sdt.getContent().getText()).append('\n');
      }
    }
    return text.toString();
  }

  /** Counters of Word's automatic numbering, per list, in document order. */
  static final class WordNumbering {
    private final XWPFDocument document;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
      this.document = document;
    }

    /** The number Word shows before the paragraph («1.», «2.3.», «а)»), with a space; or "". */
    String label(XWPFParagraph paragraph) {
      if (document.getNumbering() == null) {
        return "";
      }
      BigInteger numId = paragraph.getNumID();
      BigInteger ilvl = paragraph.getNumIlvl();
      if (numId == null) {
        // Numbering may come from the paragraph's style («Нумерованный список»), or a style it is based on.
        CTNumPr fromStyle = styleNumbering(paragraph.getStyle());
        if (fromStyle != null && fromStyle.getNumId() != null) {
          numId = fromStyle.getNumId().getVal();
          ilvl = fromStyle.getIlvl() == null ? ilvl : fromStyle.getIlvl().getVal();
        }
      }
      if (numId == null || numId.signum() == 0) {
        return "";
      }
      int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl.intValue()));
      NumberingLevels levels = NumberingLevels.of(document.getNumbering(), numId);
      if (levels == null) {
        return "";
      }
      int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
      for (int l = 0; l < 9; l++) {
        if (l < level && count[l] == 0) {
          count[l] = levels.start(l);
        }
      }
      count[level] = count[level] == 0 ? levels.start(level) : count[level] + 1;
      for (int l = level + 1; l < 9; l++) {
        count[l] = 0;
      }
      return levels.render(level, count);
    }

    private CTNumPr styleNumbering(String styleId) {
      XWPFStyles styles = document.getStyles();
      String id = styleId;
      for (int depth = 0; styles != null && id != null && depth < 10; depth++) {
        XWPFStyle style = styles.getStyle(id);
        if (style == null) {
          return null;
        }
        CTPPrGeneral properties = style.getCTStyle().getPPr();
        if (properties != null && properties.isSetNumPr()) {
          return properties.getNumPr();
        }
        id = style.getBasisStyleID();
      }
      return null;
    }
  }
}
