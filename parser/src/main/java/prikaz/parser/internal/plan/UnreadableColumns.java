package prikaz.parser.internal.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import prikaz.parser.model.Field;
import prikaz.parser.model.Location;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * A plan's header cell OCR could not read (a stamp over «Сроки», a smudge): recognised from the
 * cells under it, or flagged. A header cell without a role, read from an image with less than
 * {@value #DOUBTFUL} confidence or without a word in it, takes the role its column's cells show
 * when that role is not in the header yet: item numbers, deadlines, long activity texts, people
 * and bodies responsible. A column that shows none keeps its cells under the header as read
 * ({@code extra}) with a {@code COLUMN_UNREADABLE} warning, so that a lost column is never silent.
 */
final class UnreadableColumns {
  static final double DOUBTFUL = 0.80;
  /** Share of a column's filled cells that must show a kind for the column to take its role. */
  private static final double MOST = 0.6;
  /** An activity cell is this long on average, at least. */
  private static final int ACTIVITY_LENGTH = 40;

  private UnreadableColumns() {}

  static void resolve(PlanTable table, int planIndex, List<Warning> warnings) {
    GridRow header = table.header;
    for (int c = 0; c < header.cells().size(); c++) {
      if (table.roles.containsKey(c) || header.spans().get(c) == 0 || !unreadable(header, c)) {
        continue;
      }
      Field role = shownBy(table, c);
      if (role != null) {
        table.roles.put(c, role);
        continue;
      }
      int column = c;
      if (table.rows.stream().anyMatch(r -> !r.cell(column).isBlank())) {
        String read = header.cell(c).replace('\n', ' ').strip();
        warnings.add(new Warning(Warning.Code.COLUMN_UNREADABLE, "the header of column " + (table.logical[c] + 1)
            + " could not be read («" + read + "»): its cells are kept under «"
            + (read.isEmpty() ? "column " + (table.logical[c] + 1) : read) + "»; check the scan", Location.plan(planIndex)));
      }
    }
  }

  private static boolean unreadable(GridRow header, int c) {
    double confidence = header.confidence(c);
    if (confidence < 0) {
      return false; // not from an image: a header as written
    }
    String text = header.cell(c).toLowerCase(Locale.ROOT);
    return confidence < DOUBTFUL || !text.matches("(?s).*\\p{L}{3,}.*");
  }

  /** The role the column's cells show and the header lacks, or null. */
  private static Field shownBy(PlanTable table, int c) {
    int filled = 0;
    int numbers = 0;
    int deadlines = 0;
    int people = 0;
    long length = 0;
    for (GridRow row : table.rows) {
      String cell = row.cell(c).strip();
      if (cell.isEmpty()) {
        continue;
      }
      filled++;
      length += cell.length();
      numbers += CellKinds.number(cell) != null ? 1 : 0;
      deadlines += CellKinds.isDeadline(cell) ? 1 : 0;
      people += CellKinds.isPerson(cell) ? 1 : 0;
    }
    if (filled == 0) {
      return null;
    }
    Map<Field, Boolean> shown = new java.util.LinkedHashMap<>();
    shown.put(Field.NUMBER, numbers >= MOST * filled);
    shown.put(Field.DEADLINE, deadlines >= MOST * filled);
    shown.put(Field.ACTIVITY, length / filled >= ACTIVITY_LENGTH && numbers == 0 && deadlines < MOST * filled);
    shown.put(Field.RESPONSIBLE, people >= MOST * filled);
    for (Map.Entry<Field, Boolean> e : shown.entrySet()) {
      if (e.getValue() && !table.roles.containsValue(e.getKey())) {
        return e.getKey();
      }
    }
    return null;
  }
}
