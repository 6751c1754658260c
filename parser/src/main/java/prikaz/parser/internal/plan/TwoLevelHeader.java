package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.model.Field;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * A deadline header over two columns: «Срок» (merged over two cells, or followed by an empty
 * header cell) with «начало | окончание» («дата начала | дата окончания», «с | по») in the row
 * under it. The two cells of each row are one deadline, «01.02.2024 – 15.03.2024»; the header
 * becomes one «Срок» column over both, and the row of start and end words is not an item.
 */
final class TwoLevelHeader {
  private static final Pattern PART = Pattern.compile(
      "^(?:дата |срок )?(?:начал[оа]|окончани[ея]|завершени[ея]|нач\\.?|оконч\\.?)(?: \\p{L}+)?\\.?$|^(?:с|по|от|до)$");

  /** The header with the deadline cell spanning {@code first}..{@code last}, and the start/end row's key. */
  record Split(GridRow header, int first, int last, String subHeaderKey) {
    /** A data row with its start and end cells joined into the first: «начало – окончание». */
    GridRow join(GridRow row) {
      if (row.spanning() || row.cells().size() != header.cells().size()) {
        return row;
      }
      List<String> texts = new ArrayList<>(row.cells());
      List<Double> confidences = new ArrayList<>(row.confidences());
      List<String> parts = new ArrayList<>();
      for (int c = first; c <= last; c++) {
        String text = row.cell(c).strip();
        if (!text.isEmpty()) {
          parts.add(text);
        }
        if (c > first) {
          texts.set(c, "");
        }
      }
      texts.set(first, String.join(" – ", parts));
      return new GridRow(texts, false, header.spans(), confidences, row.area());
    }
  }

  private TwoLevelHeader() {}

  /** The split when {@code below} names the start and end under the header's deadline cell, else null. */
  static Split of(GridRow header, GridRow below) {
    if (below == null || below.spanning() || below.cells().size() != header.cells().size()) {
      return null;
    }
    int first = -1;
    for (int c = 0; c < header.cells().size(); c++) {
      if (header.spans().get(c) > 0 && FieldWords.of(header.cell(c)) == Field.DEADLINE) {
        first = c;
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    int last = first + Math.max(1, header.spans().get(first)) - 1;
    while (last + 1 < header.cells().size() && header.cell(last + 1).isBlank() && !below.cell(last + 1).isBlank()
        && PART.matcher(FieldWords.normalize(below.cell(last + 1))).matches()) {
      last++; // a text table: the header cell after «Срок» left empty over «окончание»
    }
    if (last == first) {
      return null;
    }
    for (int c = 0; c < header.cells().size(); c++) {
      String text = FieldWords.normalize(below.cell(c));
      boolean inside = c >= first && c <= last;
      if (inside ? !PART.matcher(text).matches()
          : !text.isEmpty() && !text.equals(FieldWords.normalize(header.cell(c)))) {
        return null;
      }
    }
    List<String> cells = new ArrayList<>(header.cells());
    List<Integer> spans = new ArrayList<>(header.spans());
    for (int c = first + 1; c <= last; c++) {
      cells.set(c, "");
      spans.set(c, 0);
    }
    spans.set(first, last - first + 1);
    GridRow merged = new GridRow(cells, false, spans, header.confidences());
    return new Split(merged, first, last, ColumnMap.headerKey(below));
  }
}
