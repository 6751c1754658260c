package prikaz.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Field;

/**
 * The columns of the item tables, CSV and the XLSX plan sheet alike: the order's columns, then
 * the columns of each {@link Field} in the field's order, then the row's warnings. A new field
 * gets its columns in {@link #of(Field)}, which the compiler makes every new field go through.
 */
final class ItemColumns {
  /**
   * One column: its Russian and English headers, its width in characters on the sheet, whether it
   * is printed, and its value for a row (text, a date or null) in a Russian run or not.
   */
  record Column(String russian, String english, int width, boolean printed,
      BiFunction<ItemRow, Boolean, Object> value) {
    Object valueOf(ItemRow row, boolean russian) {
      return value.apply(row, russian);
    }
  }

  /** Every column, in order. */
  static final List<Column> ALL = build();

  private ItemColumns() {}

  private static List<Column> build() {
    List<Column> columns = new ArrayList<>();
    columns.add(order("Файл", "file", 18, (r, ru) -> r.file()));
    columns.add(order("Издатель", "issuer", 30, (r, ru) -> r.issuer()));
    columns.add(order("Дата приказа", "order_date", 12, (r, ru) -> r.orderDate()));
    columns.add(order("Номер приказа", "order_number", 10, (r, ru) -> r.orderNumber()));
    columns.add(order("План", "plan_title", 40, (r, ru) -> r.planTitle()));
    columns.add(printed("Раздел", "section", 18, (r, ru) -> r.section()));
    for (Field field : Field.values()) {
      columns.addAll(of(field));
    }
    columns.add(order("Предупреждения", "warnings", 30, (r, ru) -> r.warningsText(ru)));
    return List.copyOf(columns);
  }

  /** The columns of a field, all printed. */
  private static List<Column> of(Field field) {
    return switch (field) {
      case NUMBER -> List.of(printed("№", "number", 7, (r, ru) -> r.number()),
          printed("Подпункт", "subitem", 11, (r, ru) -> r.subitem()));
      case ACTIVITY -> List.of(printed(field.title(), field.key(), 50, (r, ru) -> r.item().activity()));
      case DEADLINE -> List.of(
          printed("Срок (как в документе)", field.key(), 16, (r, ru) -> deadline(r) == null ? null : deadline(r).text()),
          printed("Начало", "start", 11, (r, ru) -> deadline(r) == null ? null : deadline(r).start()),
          printed("Окончание", "end", 11, (r, ru) -> deadline(r) == null ? null : deadline(r).end()),
          printed("Вид срока", "deadline_kind", 11, (r, ru) -> deadline(r) == null ? null
              : ru ? ItemRow.kindInRussian(deadline(r).kind().name()) : deadline(r).kind().name()));
      case RESPONSIBLE, PARTICIPANTS -> List.of(printed(field.title(), field.key(), 22,
          (r, ru) -> Field.text(field.of(r.item()), ItemRow.JOIN)));
      case RESULT -> List.of(printed(field.title(), field.key(), 22, (r, ru) -> r.item().result()));
      case EXTRA -> List.of(); // columns of no role differ from plan to plan: the JSON keeps them
    };
  }

  private static Deadline deadline(ItemRow row) {
    return row.item().deadline();
  }

  private static Column order(String russian, String english, int width, BiFunction<ItemRow, Boolean, Object> value) {
    return new Column(russian, english, width, false, value);
  }

  private static Column printed(String russian, String english, int width, BiFunction<ItemRow, Boolean, Object> value) {
    return new Column(russian, english, width, true, value);
  }

  /** The headers, Russian or English. */
  static List<String> headers(boolean russian) {
    return ALL.stream().map(c -> russian ? c.russian() : c.english()).toList();
  }

  /** Whether column {@code c} holds dates (written as date cells, dd.MM.yyyy or ISO in CSV). */
  static boolean isDate(int c) {
    return List.of("order_date", "start", "end").contains(ALL.get(c).english());
  }
}
