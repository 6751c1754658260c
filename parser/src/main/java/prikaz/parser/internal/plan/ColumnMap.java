package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * A header row read as plan columns: the role of each cell ({@link Field}), one cell per
 * role, the activity column preferred where «Задачи» and «Мероприятия» both claim it; and the key
 * by which a header repeated on the next page is known again.
 */
final class ColumnMap {
  private ColumnMap() {}

  /** Column roles of a header row, or null if the row is not a plan header. */
  static Map<Integer, Field> roles(GridRow row) {
    Map<Integer, Field> roles = new LinkedHashMap<>();
    Set<Field> seen = java.util.EnumSet.noneOf(Field.class);
    for (int c = 0; c < row.cells().size(); c++) {
      Field role = FieldWords.of(row.cells().get(c));
      if (role != null && seen.add(role)) {
        roles.put(c, role);
      } else if (role == Field.ACTIVITY && namesActivities(row.cells().get(c))) {
        // «Задачи» over «Мероприятия»: the tasks group the activities, which are the items.
        roles.entrySet().removeIf(e -> e.getValue() == Field.ACTIVITY && !namesActivities(row.cell(e.getKey())));
        roles.putIfAbsent(c, role);
      }
    }
    if (!seen.contains(Field.RESPONSIBLE)) {
      // «Место проведения, ответственный»: a column of places that also names who answers for them.
      for (int c = 0; c < row.cells().size(); c++) {
        if (!roles.containsKey(c) && FieldWords.namesResponsibleAfterComma(row.cells().get(c))) {
          roles.put(c, Field.RESPONSIBLE);
          seen.add(Field.RESPONSIBLE);
          break;
        }
      }
    }
    boolean plan = seen.contains(Field.ACTIVITY) && seen.size() >= 2 || seen.size() >= 3;
    return plan ? roles : null;
  }

  /** The role of each header cell as a plan reads it (a role named twice counts once), null where none. */
  static List<Field> columnRoles(List<String> header) {
    Map<Integer, Field> roles = roles(new GridRow(header, false, java.util.Collections.nCopies(header.size(), 1)));
    List<Field> out = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      out.add(roles == null ? FieldWords.of(header.get(c)) : roles.get(c));
    }
    return out;
  }

  private static boolean namesActivities(String header) {
    return FieldWords.normalize(header).contains("мероприят");
  }

  static String headerKey(GridRow row) {
    return row.cells().stream().map(FieldWords::normalize).reduce("", (a, b) -> a + "|" + b);
  }
}
