package prikaz.parser.internal.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The RTF table being read: each row's cell definitions ({@code \trowd … \cellxN}, with the merge
 * marks {@code \clmrg}, {@code \clvmrg}, {@code \clvmgf} before each edge) and cell texts. The cell
 * edges of all rows form the table's grid, so cells of rows cut at other edges get column spans.
 */
final class RtfTable {
  /** Tolerance, in twips, for two cell edges being the same grid line. */
  private static final int EDGE_TOLERANCE = 30;

  private record CellDef(int right, boolean mergedLeft, boolean mergedUp, boolean mergeStart) {}

  private final List<List<String>> rowTexts = new ArrayList<>();
  private final List<List<CellDef>> rowDefs = new ArrayList<>();
  private final List<String> cells = new ArrayList<>();
  private List<CellDef> defs = new ArrayList<>();
  private boolean pendingMergedLeft;
  private boolean pendingMergedUp;
  private boolean pendingMergeStart;

  /** {@code \trowd}: a row's cell definitions begin. */
  void defineRow() {
    defs = new ArrayList<>();
    clearMarks();
  }

  /** {@code \clmrg}: the next cell is merged into the one on its left. */
  void mergeLeft() {
    pendingMergedLeft = true;
  }

  /** {@code \clvmrg}: the next cell is merged into the one above. */
  void mergeUp() {
    pendingMergedUp = true;
  }

  /** {@code \clvmgf}: the next cell starts a run of cells merged down. */
  void startMerge() {
    pendingMergeStart = true;
  }

  /** {@code \cellxN}: the next cell's right edge, in twips. */
  void cellEdge(int right) {
    defs.add(new CellDef(right, pendingMergedLeft, pendingMergedUp, pendingMergeStart));
    clearMarks();
  }

  /** {@code \cell}: a cell's text ends. */
  void endCell(String text) {
    cells.add(text);
  }

  /** {@code \row}: the row ends. */
  void endRow() {
    rowTexts.add(new ArrayList<>(cells));
    rowDefs.add(defs);
    cells.clear();
  }

  boolean isEmpty() {
    return rowTexts.isEmpty();
  }

  /** The rows read so far placed on the grid of all their cell edges; the table is then empty. */
  List<Layout.Row> takeRows() {
    List<Integer> edges = new ArrayList<>();
    edges.add(0);
    for (List<CellDef> row : rowDefs) {
      for (CellDef def : row) {
        edges.add(def.right());
      }
    }
    edges.sort(null);
    List<Integer> grid = new ArrayList<>();
    for (int edge : edges) {
      if (grid.isEmpty() || edge - grid.get(grid.size() - 1) > EDGE_TOLERANCE) {
        grid.add(edge);
      }
    }
    List<List<MergedGrid.Cell>> placed = new ArrayList<>();
    for (int r = 0; r < rowTexts.size(); r++) {
      List<CellDef> row = rowDefs.get(r);
      List<String> cellTexts = rowTexts.get(r);
      List<MergedGrid.Cell> cellsOfRow = new ArrayList<>();
      int left = 0;
      for (int c = 0; c < row.size(); c++) {
        CellDef def = row.get(c);
        int first = column(grid, left);
        int last = Math.max(first + 1, column(grid, def.right()));
        if (def.mergedLeft() && !cellsOfRow.isEmpty()) {
          MergedGrid.Cell previous = cellsOfRow.remove(cellsOfRow.size() - 1);
          cellsOfRow.add(new MergedGrid.Cell(previous.column(), last - previous.column(), previous.merge(), previous.text()));
        } else {
          MergedGrid.Merge merge = def.mergedUp() ? MergedGrid.Merge.CONTINUE
              : def.mergeStart() ? MergedGrid.Merge.RESTART : MergedGrid.Merge.NONE;
          cellsOfRow.add(new MergedGrid.Cell(first, last - first, merge, c < cellTexts.size() ? cellTexts.get(c) : ""));
        }
        left = def.right();
      }
      placed.add(cellsOfRow);
    }
    rowTexts.clear();
    rowDefs.clear();
    return MergedGrid.rows(placed);
  }

  private void clearMarks() {
    pendingMergedLeft = false;
    pendingMergedUp = false;
    pendingMergeStart = false;
  }

  private static int column(List<Integer> grid, int edge) {
    int best = 0;
    for (int i = 0; i < grid.size(); i++) {
      if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
        best = i;
      }
    }
    return best;
  }
}
