package prikaz.parser.internal.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells placed on a table grid with the vertical-merge flags word processors write (DOCX
 * {@code vMerge} restart/continue, RTF {@code \clvmgf}/{@code \clvmrg}), turned into layout rows:
 * a merge becomes one cell with a row span, its continuations are left out.
 */
final class MergedGrid {

  /** A cell's part in a vertical merge. */
  enum Merge {
    NONE,
    RESTART,
    CONTINUE
  }

  /** A cell starting at grid {@code column}, {@code span} columns wide. */
  record Cell(int column, int span, Merge merge, String text) {}

  private MergedGrid() {}

  static List<Layout.Row> rows(List<List<Cell>> grid) {
    List<Layout.Row> rows = new ArrayList<>(grid.size());
    for (int r = 0; r < grid.size(); r++) {
      List<Layout.Cell> cells = new ArrayList<>();
      for (Cell cell : grid.get(r)) {
        if (cell.merge() == Merge.CONTINUE && r > 0 && merged(grid.get(r - 1), cell.column())) {
          continue; // covered by the row span of the cell above
        }
        int rowSpan = 1;
        if (cell.merge() != Merge.NONE) {
          while (r + rowSpan < grid.size() && continued(grid.get(r + rowSpan), cell.column())) {
            rowSpan++;
          }
        }
        cells.add(LayoutBuilder.cell(cell.text(), rowSpan, cell.span()));
      }
      rows.add(new Layout.Row(cells));
    }
    return rows;
  }

  private static boolean merged(List<Cell> row, int column) {
    return row.stream().anyMatch(c -> c.column() == column && c.merge() != Merge.NONE);
  }

  private static boolean continued(List<Cell> row, int column) {
    return row.stream().anyMatch(c -> c.column() == column && c.merge() == Merge.CONTINUE);
  }
}
