package prikaz.parser.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.diff.OrderDiff.Document;
import prikaz.parser.diff.OrderDiff.FieldChange;
import prikaz.parser.diff.OrderDiff.HeaderChanges;
import prikaz.parser.diff.OrderDiff.PlanChanges;
import prikaz.parser.diff.OrderDiff.PlanSide;
import prikaz.parser.diff.OrderDiff.Row;
import prikaz.parser.diff.OrderDiff.RowChanges;
import prikaz.parser.diff.OrderDiff.Status;
import prikaz.parser.diff.OrderDiff.TextChange;
import prikaz.parser.diff.OrderDiff.WordEdit;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Field;
import prikaz.parser.model.Header;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Signatory;

/**
 * Compares two orders, typically one year's plan and the next. Rows are renumbered every year, so
 * they are never matched by «№»: each activity becomes a set of Russian stems ({@link Words}),
 * two rows are as similar as the IDF-weighted Dice coefficient of their sets, and the rows are
 * paired one to one by the assignment of greatest total similarity (the Hungarian algorithm),
 * pairs under the threshold left unmatched; section and position break ties. Plans are paired by
 * title and content first. Deadlines are compared by their place in the plan's year: «сентябрь
 * 2022» in a 2022-2023 plan and «сентябрь 2023» in the 2023-2024 plan are the same timing.
 */
public final class PlanDiff {
  /**
   * The least similarity of two activities taken as the same row, chosen from the precision and
   * recall measured on the test pairs and the unrelated samples (PlanDiffTest): recall is 1 up to
   * 0.7 and precision 0.94 from 0.6 (0.88 at 0.5, 0.68 at 0.4); the lowest of the two, to leave
   * room for rewordings heavier than the test pairs' (their least similar true pair: 0.74).
   */
  public static final double DEFAULT_THRESHOLD = 0.6;
  /** Plans are paired when their titles or contents are at least this alike. */
  private static final double PLAN_THRESHOLD = 0.3;
  /** The weight of a different section and of a different place in the plan, as tie-breakers. */
  private static final double TIE_BREAK = 0.001;

  private final double threshold;

  private PlanDiff(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** Compares {@code before} (the older order) with {@code after}, at {@link #DEFAULT_THRESHOLD}. */
  public static OrderDiff compare(Order before, Order after) {
    return compare(before, after, DEFAULT_THRESHOLD);
  }

  /** Compares with rows paired only when their activities are at least {@code threshold} alike (0–1]. */
  public static OrderDiff compare(Order before, Order after, double threshold) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    return new PlanDiff(threshold).run(before, after);
  }

  private OrderDiff run(Order before, Order after) {
    HeaderChanges header = header(before.header(), after.header());
    List<PlanChanges> plans = new ArrayList<>();
    List<Plan> left = before.plans();
    List<Plan> right = after.plans();
    int[] pairs = pairPlans(left, right);
    int yearShift = yearShift(before.header().date(), after.header().date());
    interleave(left.size(), right.size(), pairs,
        i -> plans.add(onlyOneSide(left.get(i), Status.removed)),
        (i, j) -> plans.add(i < 0 ? onlyOneSide(right.get(j), Status.added)
            : comparePlans(left.get(i), right.get(j), yearShift)));
    int unchanged = 0;
    int changed = 0;
    int added = 0;
    int removed = 0;
    Map<String, Integer> fields = new TreeMap<>();
    for (PlanChanges plan : plans) {
      for (RowChanges row : plan.rows()) {
        switch (row.status()) {
          case unchanged -> unchanged++;
          case changed -> changed++;
          case added -> added++;
          case removed -> removed++;
        }
        for (FieldChange change : row.changes()) {
          fields.merge(change.field().key(), 1, Integer::sum);
        }
      }
    }
    boolean plansSame = plans.stream().allMatch(p -> p.status() == Status.unchanged);
    OrderDiff.Summary summary = new OrderDiff.Summary(unchanged, changed, added, removed, header.count(), fields);
    return new OrderDiff(OrderDiff.SCHEMA, document(before), document(after), plansSame && header.count() == 0, threshold, summary,
        header, plans);
  }

  /**
   * Walks the newer side in its order, calling {@code after(i, j)} for each of its elements (i:
   * the older one paired with it, or -1), and {@code removed(i)} for each unpaired older element
   * just before the first newer element whose partner stands after it.
   */
  private static void interleave(int left, int right, int[] match, java.util.function.IntConsumer removed,
      java.util.function.BiConsumer<Integer, Integer> after) {
    int[] matchedBy = new int[right];
    java.util.Arrays.fill(matchedBy, -1);
    for (int i = 0; i < left; i++) {
      if (match[i] >= 0) {
        matchedBy[match[i]] = i;
      }
    }
    int next = 0;
    for (int j = 0; j <= right; j++) {
      int limit = j == right ? left : matchedBy[j];
      while (next < left && next <= limit) {
        if (match[next] < 0) {
          removed.accept(next);
        }
        next++;
      }
      if (j < right) {
        after.accept(matchedBy[j], j);
      }
    }
  }

  private static Document document(Order order) {
    Header h = order.header();
    return new Document(order.source().file(), h.docType(), h.date(), h.number(), h.title());
  }

  // ---- plans

  /** For each older plan, the newer plan paired with it or -1: one each is always a pair. */
  private int[] pairPlans(List<Plan> left, List<Plan> right) {
    int[] pairs = new int[left.size()];
    java.util.Arrays.fill(pairs, -1);
    if (left.size() == 1 && right.size() == 1) {
      pairs[0] = 0;
      return pairs;
    }
    if (left.isEmpty() || right.isEmpty()) {
      return pairs;
    }
    double[][] cost = new double[left.size()][right.size()];
    double[][] similarity = new double[left.size()][right.size()];
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        double s = planSimilarity(left.get(i), right.get(j));
        similarity[i][j] = s;
        cost[i][j] = s >= PLAN_THRESHOLD ? 1 - s + TIE_BREAK * Math.abs(i - j) : 1;
      }
    }
    int[] assigned = Assignment.solve(cost);
    for (int i = 0; i < left.size(); i++) {
      if (assigned[i] >= 0 && similarity[i][assigned[i]] >= PLAN_THRESHOLD) {
        pairs[i] = assigned[i];
      }
    }
    return pairs;
  }

  /** How alike two plans are: by title or by the stems of all their activities, whichever is more. */
  private static double planSimilarity(Plan a, Plan b) {
    return Math.max(dice(Set.copyOf(Words.stems(a.title())), Set.copyOf(Words.stems(b.title()))),
        dice(planStems(a), planStems(b)));
  }

  private static Set<String> planStems(Plan plan) {
    Set<String> stems = new HashSet<>();
    for (Row row : rows(plan)) {
      stems.addAll(Words.stems(row.activity()));
    }
    return stems;
  }

  private static PlanSide side(Plan plan) {
    return new PlanSide(plan.title(), plan.period(), rows(plan).size());
  }

  private static PlanChanges onlyOneSide(Plan plan, Status status) {
    List<RowChanges> rows = new ArrayList<>();
    for (Row row : rows(plan)) {
      rows.add(status == Status.added ? new RowChanges(status, null, row, 0, List.of())
          : new RowChanges(status, row, null, 0, List.of()));
    }
    return status == Status.added ? new PlanChanges(status, null, side(plan), 0, 0, rows)
        : new PlanChanges(status, side(plan), null, 0, 0, rows);
  }

  /** Items and their sub-items in document order, each with its section and parent. */
  static List<Row> rows(Plan plan) {
    List<Row> rows = new ArrayList<>();
    for (Item item : plan.items()) {
      rows.add(row(item, null));
      for (Item sub : item.subitems()) {
        rows.add(row(sub, item.number()));
      }
    }
    return rows;
  }

  private static Row row(Item item, String parent) {
    return new Row(item.number(), item.section() == null ? null : item.section().title(), parent, item.activity(),
        item.deadline(), item.responsible(), item.participants(), item.result());
  }

  // ---- rows

  private PlanChanges comparePlans(Plan left, Plan right, int yearShift) {
    List<Row> a = rows(left);
    List<Row> b = rows(right);
    List<Set<String>> stemsA = a.stream().map(r -> Set.copyOf(Words.stems(r.activity()))).toList();
    List<Set<String>> stemsB = b.stream().map(r -> Set.copyOf(Words.stems(r.activity()))).toList();
    Map<String, Double> idf = idf(stemsA, stemsB);
    double[][] similarity = new double[a.size()][b.size()];
    int size = Math.max(a.size(), b.size());
    double[][] cost = new double[size][size];
    for (double[] line : cost) {
      java.util.Arrays.fill(line, 1);
    }
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double s = weightedDice(stemsA.get(i), stemsB.get(j), idf);
        similarity[i][j] = s;
        if (s >= threshold) {
          double place = Math.abs(position(i, a.size()) - position(j, b.size()));
          double section = sameSection(a.get(i).section(), b.get(j).section()) ? 0 : 1;
          cost[i][j] = 1 - s + TIE_BREAK * (place + section);
        }
      }
    }
    int[] assigned = Assignment.solve(cost);
    int[] match = new int[a.size()];
    for (int i = 0; i < a.size(); i++) {
      int j = assigned[i];
      match[i] = j >= 0 && j < b.size() && similarity[i][j] >= threshold ? j : -1;
    }
    int shift = planShift(left, right, a, b, match, yearShift);
    List<RowChanges> rows = new ArrayList<>();
    interleave(a.size(), b.size(), match,
        i -> rows.add(new RowChanges(Status.removed, a.get(i), null, 0, List.of())),
        (i, j) -> {
          if (i < 0) {
            rows.add(new RowChanges(Status.added, null, b.get(j), 0, List.of()));
          } else {
            List<FieldChange> changes = changes(a.get(i), b.get(j), shift);
            rows.add(new RowChanges(changes.isEmpty() ? Status.unchanged : Status.changed, a.get(i), b.get(j),
                round(similarity[i][j]), changes));
          }
        });
    boolean same = rows.stream().allMatch(r -> r.status() == Status.unchanged);
    return new PlanChanges(same ? Status.unchanged : Status.changed, side(left), side(right),
        round(planSimilarity(left, right)), shift, rows);
  }

  private static double position(int index, int count) {
    return count <= 1 ? 0 : (double) index / (count - 1);
  }

  private static boolean sameSection(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return dice(Set.copyOf(Words.stems(a)), Set.copyOf(Words.stems(b))) >= 0.6;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** How rare each stem is among all rows of both plans: ln(1 + N / rows with the stem). */
  private static Map<String, Double> idf(List<Set<String>> a, List<Set<String>> b) {
    Map<String, Integer> frequency = new HashMap<>();
    for (List<Set<String>> side : List.of(a, b)) {
      for (Set<String> stems : side) {
        for (String stem : stems) {
          frequency.merge(stem, 1, Integer::sum);
        }
      }
    }
    int n = a.size() + b.size();
    Map<String, Double> idf = new HashMap<>();
    frequency.forEach((stem, f) -> idf.put(stem, Math.log(1 + (double) n / f)));
    return idf;
  }

  /** 2·w(A∩B) / (w(A) + w(B)) with each stem weighed by its IDF. */
  static double weightedDice(Set<String> a, Set<String> b, Map<String, Double> idf) {
    double wa = 0;
    double wb = 0;
    double common = 0;
    for (String s : a) {
      double w = idf.getOrDefault(s, 1.0);
      wa += w;
      if (b.contains(s)) {
        common += w;
      }
    }
    for (String s : b) {
      wb += idf.getOrDefault(s, 1.0);
    }
    return wa + wb == 0 ? 0 : 2 * common / (wa + wb);
  }

  static double dice(Set<String> a, Set<String> b) {
    return weightedDice(a, b, Map.of());
  }

  // ---- the plan's year

  private static int yearShift(LocalDate before, LocalDate after) {
    return before == null || after == null ? 0 : 12 * (after.getYear() - before.getYear());
  }

  /**
   * How many months the newer plan's year lies after the older one's: from the plans' periods
   * when both state one; else the median move of the paired rows' dates, to whole years; else
   * from the orders' dates.
   */
  private static int planShift(Plan left, Plan right, List<Row> a, List<Row> b, int[] match, int yearShift) {
    if (left.period() != null && right.period() != null && left.period().start() != null
        && right.period().start() != null) {
      return months(right.period().start()) - months(left.period().start());
    }
    List<Integer> moves = new ArrayList<>();
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        LocalDate x = anchor(a.get(i).deadline());
        LocalDate y = anchor(b.get(match[i]).deadline());
        if (x != null && y != null) {
          moves.add(months(y) - months(x));
        }
      }
    }
    if (moves.isEmpty()) {
      return yearShift;
    }
    moves.sort(null);
    int median = moves.get(moves.size() / 2);
    return 12 * Math.round(median / 12f);
  }

  private static LocalDate anchor(Deadline deadline) {
    if (deadline == null) {
      return null;
    }
    return deadline.start() != null ? deadline.start() : deadline.end();
  }

  private static int months(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  // ---- fields

  /** The changes of the compared fields ({@link Field#content()}), each compared as its shape asks. */
  private static List<FieldChange> changes(Row a, Row b, int shift) {
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
        : new FieldChange(field, a, b, words(a, b), null, null, null);
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
    LocalDate x = anchor(a);
    LocalDate y = anchor(b);
    if (x != null && y != null) {
      int move = months(y) - months(x) - shift;
      boolean spanChanged = a.kind() != b.kind() || a.end() != null && b.end() != null
          && months(b.end()) - months(a.end()) - shift != move;
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

  private static final Pattern YEARS = Pattern.compile("\\b(19|20)\\d\\d\\b|\\bгод(а|у)?\\b|\\bг\\b|\\bгг\\b");

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
  private static <T> List<T> onlyIn(Map<String, T> these, Map<String, T> those) {
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
      keys.putIfAbsent(partyKey(party.name()), party.name());
    }
    return keys;
  }

  private static final Pattern INITIALS_FIRST = Pattern.compile("^((?:\\p{L}\\.\\s*){1,2})\\s*(\\p{L}[\\p{L}-]+)$");
  private static final Pattern INITIALS_LAST = Pattern.compile("^(\\p{L}[\\p{L}-]+)\\s+((?:\\p{L}\\.?\\s*){1,2})$");

  /** «О.А. Анкудинова», «Анкудинова О. А.» and «анкудинова о.а.» are one person. */
  static String partyKey(String name) {
    String text = name.strip().replace('ё', 'е').replace('Ё', 'Е').replaceAll("[,;]+$", "").strip();
    Matcher first = INITIALS_FIRST.matcher(text);
    if (first.matches()) {
      return (first.group(2) + " " + first.group(1).replaceAll("[\\s.]", "")).toLowerCase(java.util.Locale.ROOT);
    }
    Matcher last = INITIALS_LAST.matcher(text);
    if (last.matches() && last.group(2).replaceAll("[\\s.]", "").length() <= 2) {
      return (last.group(1) + " " + last.group(2).replaceAll("[\\s.]", "")).toLowerCase(java.util.Locale.ROOT);
    }
    return Words.normalize(text);
  }

  /**
   * The edit from {@code a} to {@code b} word by word (Myers' diff, java-diff-utils); words equal
   * but for case, «ё» or punctuation are kept as they are in {@code a}.
   */
  static List<WordEdit> words(String a, String b) {
    List<String> from = split(a);
    List<String> to = split(b);
    List<WordEdit> edits = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to, (x, y) -> Words.normalize(x).equals(Words.normalize(y)))
        .getDeltas()) {
      int start = delta.getSource().getPosition();
      add(edits, WordEdit.Op.equal, from.subList(position, start));
      add(edits, WordEdit.Op.delete, delta.getSource().getLines());
      add(edits, WordEdit.Op.insert, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(edits, WordEdit.Op.equal, from.subList(position, from.size()));
    return edits;
  }

  private static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }

  private static void add(List<WordEdit> edits, WordEdit.Op op, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join(" ", words);
    if (!edits.isEmpty() && edits.get(edits.size() - 1).op() == op) {
      text = edits.remove(edits.size() - 1).text() + " " + text;
    }
    edits.add(new WordEdit(op, text));
  }

  // ---- header

  private static HeaderChanges header(Header a, Header b) {
    TextChange issuer = Words.normalize(a.issuer()).equals(Words.normalize(b.issuer())) ? null
        : new TextChange(a.issuer(), b.issuer());
    TextChange signatory = sameSignatory(a.signatory(), b.signatory()) ? null
        : new TextChange(signatory(a.signatory()), signatory(b.signatory()));
    Map<String, Reference> left = references(a.basis());
    Map<String, Reference> right = references(b.basis());
    return new HeaderChanges(issuer, signatory, onlyIn(right, left), onlyIn(left, right));
  }

  private static boolean sameSignatory(Signatory a, Signatory b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return partyKey(Objects.toString(a.name(), "")).equals(partyKey(Objects.toString(b.name(), "")))
        && Words.normalize(a.position()).equals(Words.normalize(b.position()));
  }

  private static String signatory(Signatory s) {
    if (s == null) {
      return null;
    }
    String text = (Objects.toString(s.position(), "") + " " + Objects.toString(s.name(), "")).strip();
    return text.isEmpty() ? null : text;
  }

  /** Acts keyed by kind, number and date; an act with neither by its name's stems. */
  private static Map<String, Reference> references(List<Reference> basis) {
    Map<String, Reference> keyed = new LinkedHashMap<>();
    for (Reference ref : basis) {
      String key = ref.number() != null || ref.date() != null
          ? ref.kind() + "|" + Words.normalize(ref.number()).replace(" ", "") + "|" + ref.date()
          : ref.kind() + "|" + String.join(" ", new java.util.TreeSet<>(Words.stems(
              ref.title() != null ? ref.title() : ref.text())));
      keyed.putIfAbsent(key, ref);
    }
    return keyed;
  }
}
