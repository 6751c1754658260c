package prikaz.parser.internal.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.tika.parser.microsoft.OfficeParser;
import prikaz.parser.DocumentException;

/**
 * Word 97–2003 (.doc): text, tables and list numbers through Tika, whose output has no vertical
 * merges; the merges are then read from the same file with POI's HWPF and laid onto Tika's tables,
 * so a «Ответственные» cell merged down three rows applies to each of them, as in DOCX. When the
 * two readings do not line up (table, row or cell counts differ), Tika's table is kept as it is.
 */
final class DocReader implements LayoutReader {
  private final XhtmlReader tika = new XhtmlReader(new OfficeParser());

  @Override
  public Result read(byte[] content) throws DocumentException {
    Result read = tika.read(content);
    List<boolean[][][]> merges;
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
      merges = merges(document.getRange());
    } catch (Exception | LinkageError e) {
      return read; // Tika read it; the merges are a refinement, not a condition
    }
    List<Layout.Block> blocks = new ArrayList<>();
    int t = 0;
    for (Layout.Block block : read.layout().blocks()) {
      if (block instanceof Layout.Table table && t < merges.size()) {
        blocks.add(apply(table, merges.get(t++)));
      } else {
        blocks.add(block);
      }
    }
    return new Result(new Layout(blocks), read.encoding(), read.warnings());
  }

  /** For each top-level table, per row and cell: {vertically merged, first of the merge}. */
  private static List<boolean[][][]> merges(Range range) {
    List<boolean[][][]> tables = new ArrayList<>();
    int end = -1;
    for (int p = 0; p < range.numParagraphs(); p++) {
      Paragraph paragraph = range.getParagraph(p);
      if (!paragraph.isInTable() || paragraph.getTableLevel() != 1 || paragraph.getStartOffset() < end) {
        continue;
      }
      Table table = range.getTable(paragraph);
      end = table.getEndOffset();
      boolean[][][] flags = new boolean[table.numRows()][][];
      for (int r = 0; r < table.numRows(); r++) {
        TableRow row = table.getRow(r);
        flags[r] = new boolean[row.numCells()][];
        for (int c = 0; c < row.numCells(); c++) {
          TableCell cell = row.getCell(c);
          flags[r][c] = new boolean[] {cell.isVerticallyMerged(), cell.isFirstVerticallyMerged()};
        }
      }
      tables.add(flags);
    }
    return tables;
  }

  private static Layout.Table apply(Layout.Table table, boolean[][][] flags) {
    if (flags.length != table.rows().size()) {
      return table;
    }
    List<List<MergedGrid.Cell>> grid = new ArrayList<>();
    boolean any = false;
    for (int r = 0; r < flags.length; r++) {
      List<Layout.Cell> cells = table.rows().get(r).cells();
      if (flags[r].length != cells.size()) {
        return table;
      }
      List<MergedGrid.Cell> row = new ArrayList<>();
      int column = 0;
      for (int c = 0; c < cells.size(); c++) {
        Layout.Cell cell = cells.get(c);
        MergedGrid.Merge merge = !flags[r][c][0] ? MergedGrid.Merge.NONE
            : flags[r][c][1] ? MergedGrid.Merge.RESTART : MergedGrid.Merge.CONTINUE;
        any |= merge != MergedGrid.Merge.NONE;
        row.add(new MergedGrid.Cell(column, cell.colSpan(), merge, cell.text()));
        column += cell.colSpan();
      }
      grid.add(row);
    }
    return any ? new Layout.Table(MergedGrid.rows(grid)) : table;
  }
}
