package prikaz.parser.internal.plan;

import java.util.List;
import java.util.Map;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * One table row as the row rules see it: the number read from the number column (or from the
 * start of a full-width row), the activity, each field's cell, the extra columns, and where the
 * row stands — after a page break, among the table's rows.
 */
record PlanRow(String number, Map<Field, String> cells, Map<String, String> extra, boolean spanning,
    boolean afterBreak, List<GridRow> rows, int index) {

  String activity() {
    return cells.getOrDefault(Field.ACTIVITY, "");
  }

  String cell(Field field) {
    return cells.getOrDefault(field, "");
  }

  /** Nothing but the activity (a section title, a line of text cut from the row above). */
  boolean textOnly() {
    return extra.isEmpty() && Field.content().stream().allMatch(f -> f == Field.ACTIVITY || cell(f).isEmpty());
  }
}
