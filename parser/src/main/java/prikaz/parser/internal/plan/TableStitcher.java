package prikaz.parser.internal.plan;

import java.util.List;
import java.util.Map;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * Joins the parts of a plan table cut by page breaks: a table right after a plan continues it
 * unless it starts with a header of its own; the header repeated on the new page is dropped and
 * the place of the break is kept (a row cut there may go on in the next part).
 */
final class TableStitcher {
  private TableStitcher() {}

  /** A following table continues this one unless it starts with a different header. */
  static boolean continues(PlanTable table, List<GridRow> next) {
    for (GridRow row : next) {
      if (row.isBlank()) {
        continue;
      }
      Map<Integer, Field> nextRoles = ColumnMap.roles(row);
      return nextRoles == null || ColumnMap.headerKey(row).equals(table.headerKey);
    }
    return true;
  }

  static void join(PlanTable table, List<GridRow> next) {
    int first = 0;
    while (first < next.size() && next.get(first).isBlank()) {
      first++;
    }
    if (first < next.size() && ColumnMap.headerKey(next.get(first)).equals(table.headerKey)) {
      first++; // the header repeated on the new page
    }
    table.breaks.add(table.rows.size());
    table.addRows(next.subList(Math.min(first, next.size()), next.size()));
  }
}
