package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.model.Field;

/**
 * A table copied column by column (a page that keeps its cells in column order): all the numbered
 * texts of the first column, then all the values of the second, then of the third. The numbered
 * rows then hold only their text, and the last one the values of every other column, N to a
 * column, in row order. Taken as such only when every run of N values is of one kind (amounts, or
 * deadlines under a deadline column) and no row before the last holds a value.
 */
final class ColumnMajor {
  private static final Pattern AMOUNT = Pattern.compile("^[\\d\\s]{1,9}(?:[.,]\\d{1,3})?$");
  private static final int MAX_VALUE = 40;

  /** The rows with their values given back: each row's text and then its other columns' cells. */
  record Rows(List<List<String>> cells, List<String> after) {}

  private ColumnMajor() {}

  /**
   * {@code rows}: each row's pieces (the number taken off); {@code roles}: the columns after the
   * number, the first being the rows' text. Null when the pieces are not a column-major dump.
   */
  static Rows of(List<List<String>> rows, List<Field> roles) {
    int n = rows.size();
    int m = roles.size() - 1;
    if (n < 2 || m < 1) {
      return null;
    }
    for (List<String> row : rows.subList(0, n - 1)) {
      if (row.stream().anyMatch(ColumnMajor::isValue)) {
        return null;
      }
    }
    List<String> last = rows.get(n - 1);
    for (int start = 1; start + n * m <= last.size(); start++) {
      if (isValue(last.get(start - 1)) || !fits(last.subList(start, start + n * m), n, roles)) {
        continue;
      }
      List<List<String>> cells = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        List<String> own = r < n - 1 ? rows.get(r) : last.subList(0, start);
        List<String> row = new ArrayList<>();
        row.add(String.join("\n", own));
        for (int c = 0; c < m; c++) {
          row.add(last.get(start + c * n + r));
        }
        cells.add(row);
      }
      return new Rows(cells, List.copyOf(last.subList(start + n * m, last.size())));
    }
    return null;
  }

  /** Each run of {@code n} values is of one kind, deadlines under a deadline column. */
  private static boolean fits(List<String> values, int n, List<Field> roles) {
    for (int c = 0; c < values.size() / n; c++) {
      List<String> run = values.subList(c * n, (c + 1) * n);
      boolean deadlines = run.stream().allMatch(CellKinds::isDeadline);
      boolean amounts = run.stream().allMatch(v -> AMOUNT.matcher(v).matches());
      Field role = roles.get(c + 1);
      if (role == Field.DEADLINE ? !deadlines : !amounts || deadlines) {
        return false;
      }
    }
    return true;
  }

  private static boolean isValue(String piece) {
    return piece.length() <= MAX_VALUE && (AMOUNT.matcher(piece).matches() || CellKinds.isDeadline(piece));
  }
}
