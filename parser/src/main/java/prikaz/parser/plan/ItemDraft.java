package prikaz.parser.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import prikaz.parser.deadline.DeadlineContext;
import prikaz.parser.deadline.DeadlineParser;
import prikaz.parser.model.Item;
import prikaz.parser.model.Section;

/** An item being assembled from one or more rows. */
final class ItemDraft {
  final String number;
  final Section section;
  final StringBuilder activity = new StringBuilder();
  final StringBuilder deadline = new StringBuilder();
  final StringBuilder responsible = new StringBuilder();
  final StringBuilder participants = new StringBuilder();
  final StringBuilder result = new StringBuilder();
  final Map<String, StringBuilder> extra = new LinkedHashMap<>();
  final List<ItemDraft> subitems = new ArrayList<>();
  /** field → {confidence × letters, letters}, from the OCR'd cells that went into it. */
  final Map<String, double[]> confidence = new LinkedHashMap<>();

  ItemDraft(String number, Section section, String activity, String deadline, String responsible,
      String participants, String result, Map<String, String> extra) {
    this.number = number;
    this.section = section;
    continueWith(activity, deadline, responsible, participants, result, extra);
  }

  void observe(String field, String text, double cellConfidence) {
    int letters = text.strip().length();
    if (cellConfidence >= 0 && letters > 0) {
      double[] sum = confidence.computeIfAbsent(field, f -> new double[2]);
      sum[0] += cellConfidence * letters;
      sum[1] += letters;
    }
  }

  ItemDraft lastDescendant() {
    return subitems.isEmpty() ? this : subitems.get(subitems.size() - 1).lastDescendant();
  }

  void continueWith(String activity, String deadline, String responsible, String participants,
      String result, Map<String, String> extra) {
    append(this.activity, activity);
    append(this.deadline, deadline);
    append(this.responsible, responsible);
    append(this.participants, participants);
    append(this.result, result);
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
    String due = deadline.toString().strip();
    return new Item(
        number,
        section,
        activity.toString().strip(),
        due.isEmpty() ? null : DeadlineParser.parse(due, context),
        PartyParser.parse(responsible.toString()),
        PartyParser.parse(participants.toString()),
        result.length() == 0 ? null : result.toString().strip(),
        extras,
        built,
        confidences());
  }

  private Map<String, Double> confidences() {
    Map<String, Double> out = new LinkedHashMap<>();
    confidence.forEach((field, sum) -> out.put(field, Math.round(sum[0] / sum[1] * 100) / 100.0));
    return out;
  }
}

