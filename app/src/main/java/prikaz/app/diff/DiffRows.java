package prikaz.app.diff;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import prikaz.parser.diff.OrderDiff.FieldChange;
import prikaz.parser.diff.OrderDiff.Row;
import prikaz.parser.diff.OrderDiff.RowChanges;
import prikaz.parser.model.Party;

/** What the table outputs (XLSX, CSV) show of a row: its cells by field, and which fields changed. */
final class DiffRows {
  /** The compared fields, in column order, with the Russian column names. */
  static final List<String> FIELDS = List.of("activity", "deadline", "responsible", "participants", "result");
  static final Map<String, String> TITLES = Map.of("activity", "Мероприятие", "deadline", "Срок", "responsible",
      "Ответственные", "participants", "Участники", "result", "Результат");

  private DiffRows() {}

  /** The text of a field of a row, as the plan shows it; empty for a missing row or field. */
  static String cell(Row row, String field) {
    if (row == null) {
      return "";
    }
    return switch (field) {
      case "activity" -> row.activity();
      case "deadline" -> row.deadline() == null ? "" : row.deadline().text();
      case "responsible" -> names(row.responsible());
      case "participants" -> names(row.participants());
      case "result" -> row.result() == null ? "" : row.result();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static String names(List<Party> parties) {
    return String.join(", ", parties.stream().map(Party::name).toList());
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

  static boolean changed(RowChanges row, String field) {
    return row.changes().stream().anyMatch(c -> c.field().equals(field));
  }

  static <T> T change(RowChanges row, String field, Function<FieldChange, T> get) {
    return row.changes().stream().filter(c -> c.field().equals(field)).findFirst().map(get).orElse(null);
  }
}
