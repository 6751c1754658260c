package prikaz.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.Row;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Field;
import prikaz.parser.model.Party;

/** The changes between two paired rows, field by field, each compared as its shape asks. */
final class FieldComparison {
  /** Years and the words for them; {@code (?U)}: Cyrillic letters are word characters for {@code \b} on every Java. */
  private static final Pattern YEARS = Pattern.compile("(?U)\\b(19|20)\\d\\d\\b|\\bгод(а|у)?\\b|\\bг\\b|\\bгг\\b");

  private FieldComparison() {}

  /** The changes of the compared fields ({@link Field#content()}), each compared as its shape asks. */
  static List<FieldChange> changes(Row a, Row b, int shift) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field field : Field.content()) {
      FieldChange change = switch (field.shape()) {
        case TEXT -> text(field, (String) a.value(field), (String) b.value(field));
        case DEADLINE -> deadline((Deadline) a.value(field), (Deadline) b.value(field), shift);
        case PARTIES -> parties(field, parties(a.value(field)), parties(b.value(field)));
        case NUMBER, EXTRA -> null;
      };
      if (change != null) {
        changes.add(change);
      }
    }
    return changes;
  }

  private static FieldChange text(Field field, String a, String b) {
    return Words.normalize(a).equals(Words.normalize(b)) ? null
        : new FieldChange(field, a, b, WordEdits.between(a, b), null, null, null);
  }

  @SuppressWarnings("unchecked")
  private static List<Party> parties(Object value) {
    return (List<Party>) value;
  }

  /**
   * A deadline change, or null: dated deadlines are compared by their place in the plan's year
   * (start, else end, less the plan's shift); others by their text, years and «г.» aside.
   */
  static FieldChange deadline(Deadline a, Deadline b, int shift) {
    String textA = a == null ? null : a.text();
    String textB = b == null ? null : b.text();
    if (a == null && b == null) {
      return null;
    }
    if (a == null || b == null) {
      return new FieldChange(Field.DEADLINE, textA, textB, null, null, null, null);
    }
    LocalDate x = PlanYear.anchor(a);
    LocalDate y = PlanYear.anchor(b);
    if (x != null && y != null) {
      int move = PlanYear.months(y) - PlanYear.months(x) - shift;
      boolean spanChanged = a.kind() != b.kind() || a.end() != null && b.end() != null
          && PlanYear.months(b.end()) - PlanYear.months(a.end()) - shift != move;
      if (move != 0 || spanChanged) {
        return new FieldChange(Field.DEADLINE, textA, textB, null, move, null, null);
      }
      return null;
    }
    if (a.kind() != b.kind() || !withoutYears(textA).equals(withoutYears(textB))) {
      return new FieldChange(Field.DEADLINE, textA, textB, null, null, null, null);
    }
    return null;
  }

  private static String withoutYears(String text) {
    return Words.normalize(YEARS.matcher(Words.normalize(text)).replaceAll(" ")).replaceAll("\\s+", " ").strip();
  }

  private static FieldChange parties(Field field, List<Party> a, List<Party> b) {
    Map<String, String> left = partyKeys(a);
    Map<String, String> right = partyKeys(b);
    List<String> added = onlyIn(right, left);
    List<String> removed = onlyIn(left, right);
    return added.isEmpty() && removed.isEmpty() ? null
        : new FieldChange(field, names(a), names(b), null, null, added, removed);
  }

  /** The values of {@code these} whose keys {@code those} lacks, in order. */
  static <T> List<T> onlyIn(Map<String, T> these, Map<String, T> those) {
    List<T> values = new ArrayList<>();
    these.forEach((key, value) -> {
      if (!those.containsKey(key)) {
        values.add(value);
      }
    });
    return values;
  }

  private static String names(List<Party> parties) {
    return parties.isEmpty() ? null : String.join(", ", parties.stream().map(Party::name).toList());
  }

  private static Map<String, String> partyKeys(List<Party> parties) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Party party : parties) {
      keys.putIfAbsent(PersonKeys.of(party.name()), party.name());
    }
    return keys;
  }
}
