package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * A header printed one cell to the left: the number column has no header cell, so the names stand
 * over the wrong columns and an empty header cell is left at the end («| Название мероприятия | …
 * | Ответственный | |» over «| 1 | «Мы разные» | … |»). When most rows start with an item number
 * and the header's first cell names something else, the header is moved right under «№».
 */
final class UnnamedNumberColumn {
  private UnnamedNumberColumn() {}

  static GridRow restore(GridRow header, List<GridRow> rows) {
    List<String> cells = header.cells();
    int width = cells.size();
    if (width < 3 || !cells.get(width - 1).isBlank() || cells.get(0).isBlank()
        || FieldWords.of(cells.get(0)) == Field.NUMBER || !header.spans().stream().allMatch(s -> s == 1)) {
      return header;
    }
    int filled = 0;
    int numbered = 0;
    for (GridRow row : rows) {
      if (row.isBlank() || row.cells().stream().filter(c -> !c.isBlank()).count() < 3) {
        continue;
      }
      filled++;
      if (CellKinds.number(row.cell(0)) != null) {
        numbered++;
      }
    }
    if (filled < 2 || numbered * 3 < filled * 2) {
      return header;
    }
    List<String> shifted = new ArrayList<>();
    shifted.add("№");
    shifted.addAll(cells.subList(0, width - 1));
    return new GridRow(shifted, false, header.spans(), header.confidences());
  }
}
