package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.model.Field;
import prikaz.parser.model.Item;
import prikaz.parser.model.PageArea;
import prikaz.parser.model.Section;

/** An item being assembled from one or more rows: the text of each field so far. */
final class ItemDraft {
  final String number;
  final Section section;
  private final Map<Field, StringBuilder> text = new EnumMap<>(Field.class);
  final Map<String, StringBuilder> extra = new LinkedHashMap<>();
  final List<ItemDraft> subitems = new ArrayList<>();
  /** field → {confidence × letters, letters}, from the OCR'd cells that went into it. */
  final Map<String, double[]> confidence = new LinkedHashMap<>();
  /** Where on the scan the rows that went into it were read, one area per page. */
  private List<PageArea> areas = List.of();

  ItemDraft(String number, Section section, Map<Field, String> cells, Map<String, String> extra) {
    this.number = number;
    this.section = section;
    continueWith(cells, extra);
  }

  /** The text gathered so far for {@code field} (not the number). */
  String text(Field field) {
    StringBuilder value = text.get(field);
    return value == null ? "" : value.toString();
  }

  /** Adds a line to the activity as it stands (a list inside the cell going on). */
  void appendLine(String line) {
    text.computeIfAbsent(Field.ACTIVITY, f -> new StringBuilder()).append('\n').append(line);
  }

  void observe(String field, String cell, double cellConfidence) {
    int letters = cell.strip().length();
    if (cellConfidence >= 0 && letters > 0) {
      double[] sum = confidence.computeIfAbsent(field, f -> new double[2]);
      sum[0] += cellConfidence * letters;
      sum[1] += letters;
    }
  }

  /** Adds a row's place on the scan (null for text not read from an image). */
  void readAt(PageArea area) {
    if (area != null) {
      areas = PageArea.including(areas, area);
    }
  }

  ItemDraft lastDescendant() {
    return subitems.isEmpty() ? this : subitems.get(subitems.size() - 1).lastDescendant();
  }

  void continueWith(Map<Field, String> cells, Map<String, String> extra) {
    cells.forEach((field, value) -> append(text.computeIfAbsent(field, f -> new StringBuilder()), value));
    extra.forEach((key, value) -> append(this.extra.computeIfAbsent(key, k -> new StringBuilder()), value));
  }

  /** Text cut mid-sentence is joined with a space; a finished sentence or list line, a new line. */
  private static void append(StringBuilder target, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (target.length() > 0) {
      char end = target.charAt(target.length() - 1);
      boolean finished = ".;:!?".indexOf(end) >= 0;
      target.append(finished ? '\n' : ' ');
    }
    target.append(text.strip());
  }

  Item build(DeadlineContext context) {
    List<Item> built = new ArrayList<>();
    for (ItemDraft sub : subitems) {
      built.add(sub.build(context));
    }
    Map<String, String> extras = new LinkedHashMap<>();
    extra.forEach((key, value) -> extras.put(key, value.toString()));
    String due = text(Field.DEADLINE).strip();
    String result = text(Field.RESULT).strip();
    return new Item(
        number,
        section,
        text(Field.ACTIVITY).strip(),
        due.isEmpty() ? null : DeadlineParser.parse(due, context),
        PartyParser.parse(text(Field.RESPONSIBLE)),
        PartyParser.parse(text(Field.PARTICIPANTS)),
        result.isEmpty() ? null : result,
        extras,
        built,
        confidences(),
        areas);
  }

  private Map<String, Double> confidences() {
    Map<String, Double> out = new LinkedHashMap<>();
    confidence.forEach((field, sum) -> out.put(field, Math.round(sum[0] / sum[1] * 100) / 100.0));
    return out;
  }
}
