package prikaz.app.diff;

import java.util.function.Function;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.Row;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.parser.model.Field;

/**
 * What the table outputs (XLSX, CSV) show of a row: its cells by {@link Field} (the compared fields
 * are {@link Field#content()}, in column order), and which fields changed.
 */
final class DiffRows {
  private DiffRows() {}

  /** The text of a field of a row, as the plan shows it; empty for a missing row or field. */
  static String cell(Row row, Field field) {
    return row == null ? "" : Field.text(row.value(field), ", ");
  }

  /** «11», or for a sub-item without a number of its own, «11↳». */
  static String number(Row row) {
    if (row == null) {
      return "";
    }
    if (row.number() != null) {
      return row.number();
    }
    return row.parent() == null ? "" : row.parent() + "↳";
  }

  static String section(RowChanges row) {
    Row side = row.after() != null ? row.after() : row.before();
    return side.section() == null ? "" : side.section();
  }

  static boolean changed(RowChanges row, Field field) {
    return row.changes().stream().anyMatch(c -> c.field() == field);
  }

  static <T> T change(RowChanges row, Field field, Function<FieldChange, T> get) {
    return row.changes().stream().filter(c -> c.field() == field).findFirst().map(get).orElse(null);
  }
}
