package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

final class PlanTable {
  final List<String> columns;
  final Map<Integer, Field> roles;
  final GridRow header;
  /** Grid column → index in {@link #columns}. */
  final int[] logical;
  final String headerKey;
  final List<GridRow> rows = new ArrayList<>();
  final Set<Integer> breaks = new LinkedHashSet<>();
  AppendixHeading heading;
  /** A deadline header over start and end columns, or null. */
  private TwoLevelHeader.Split split;

  private PlanTable(GridRow header, Map<Integer, Field> roles) {
    this.roles = roles;
    this.header = header;
    this.headerKey = ColumnMap.headerKey(header);
    // One column per header cell: grid positions covered by a wider header cell are not columns.
    List<String> columns = new ArrayList<>();
    this.logical = new int[header.cells().size()];
    for (int c = 0; c < header.cells().size(); c++) {
      if (header.spans().get(c) > 0) {
        columns.add(header.cells().get(c).replace('\n', ' ').strip());
      }
      logical[c] = columns.size() - 1;
    }
    while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
      columns.remove(columns.size() - 1);
    }
    this.columns = columns;
  }

  static PlanTable start(List<GridRow> rows, List<String> before) {
    for (int r = 0; r < Math.min(3, rows.size()); r++) {
      Map<Integer, Field> roles = ColumnMap.roles(rows.get(r));
      if (roles != null) {
        GridRow header = UnnamedNumberColumn.restore(rows.get(r), rows.subList(r + 1, rows.size()));
        TwoLevelHeader.Split split = TwoLevelHeader.of(header, r + 1 < rows.size() ? rows.get(r + 1) : null);
        Map<Integer, Field> named = header == rows.get(r) ? roles : ColumnMap.roles(header);
        PlanTable table = new PlanTable(split == null ? header : split.header(), named);
        table.split = split;
        List<String> heading = new ArrayList<>(before);
        // Rows above the header inside the table (a merged title row) count as heading text.
        for (int t = 0; t < r; t++) {
          if (!rows.get(t).isBlank()) {
            heading.add(String.join(" ", rows.get(t).cells()).strip());
          }
        }
        table.heading = AppendixHeading.of(heading);
        table.addRows(rows.subList(split == null ? r + 1 : r + 2, rows.size()));
        return table;
      }
    }
    return null;
  }

  void addRows(List<GridRow> more) {
    for (GridRow row : more) {
      if (split != null && ColumnMap.headerKey(row).equals(split.subHeaderKey())) {
        continue; // the start/end row under a header repeated on the next page
      }
      GridRow aligned = TableGrid.alignTo(split == null ? row : split.join(row), header);
      if (!row.isBlank() && ColumnMap.headerKey(aligned).equals(headerKey)) {
        breaks.add(rows.size()); // the header repeated where a page broke (two tables merged into one)
        continue;
      }
      if (row.isBlank() || isColumnNumbering(aligned)) {
        continue;
      }
      rows.add(aligned);
    }
  }

  /** «1 | 2 | 3 | 4 | 5» under the header: the columns' own numbers, not an item. */
  private static boolean isColumnNumbering(GridRow row) {
    int expected = 1;
    for (String cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      if (!cell.strip().replaceAll("\\.$", "").equals(Integer.toString(expected))) {
        return false;
      }
      expected++;
    }
    return expected > 3;
  }
}
