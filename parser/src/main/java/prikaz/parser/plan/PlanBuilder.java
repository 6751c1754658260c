package prikaz.parser.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.deadline.DeadlineContext;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Item;
import prikaz.parser.model.Period;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Section;
import prikaz.parser.model.Warning;
import prikaz.parser.plan.TableGrid.GridRow;

/** Walks the rows of one plan and turns them into items, sections and sub-items. */
final class PlanBuilder {
  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*+|[IVXLC]{1,6})[.)]?$");
  private static final Pattern NUMBER_AND_TEXT = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*+\\.?|[IVXLC]{1,6}\\.)\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");
  private static final Pattern UNFINISHED_END = Pattern.compile(
      "(?iu)(?:[,\\-–(]|(?<![\\p{L}])(?:и|в|во|на|с|со|по|для|к|о|об|от|до|из|у|при|за|а|или|что|не|как))$");


  private final PlanTable table;
  private final int planIndex;
  private final List<Warning> warnings;
  private final Map<ColumnRole, Integer> columnOf = new EnumMap<>(ColumnRole.class);
  private final List<ItemDraft> items = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  /** The row just read opened a section (a page break right after it may cut its title). */
  private boolean sectionOpened;

  private final DeadlineContext context;
  private final PlanChecks checks;
  /** The plan's warnings until its items are known (see {@link #flushWarnings}). */
  private final List<Found> found = new ArrayList<>();

  private record Found(String code, String message, String number, Section section) {}

  /** The context's period is the one a title states; warnings compare deadlines with it. */
  PlanBuilder(PlanTable table, int planIndex, List<Warning> warnings, DeadlineContext context) {
    this.table = table;
    this.planIndex = planIndex;
    this.warnings = warnings;
    this.context = context;
    this.checks = new PlanChecks(context);
    table.roles.forEach((column, role) -> columnOf.put(role, column));
  }

  Plan plan(String appendix, Period period) {
    List<GridRow> rows = table.rows;
    for (int r = 0; r < rows.size(); r++) {
      interpret(rows, r);
    }
    List<Item> built = new ArrayList<>();
    for (ItemDraft draft : items) {
      Item item = draft.build(context);
      for (PlanChecks.Finding finding : checks.of(item)) {
        warn(finding.code(), finding.message(), finding.item());
      }
      built.add(item);
    }
    flushWarnings(built);
    return new Plan(table.heading.title, appendix, table.heading.appendixOf, period, table.columns, table.heading.notes, built);
  }

  private String cell(GridRow row, ColumnRole role) {
    Integer column = columnOf.get(role);
    return column == null ? "" : row.cell(column).strip();
  }

  /** Notes OCR's confidence in the row's cells for the item they went into (scans only). */
  private void observe(ItemDraft draft, GridRow row) {
    columnOf.forEach((role, column) -> draft.observe(role.field(), row.cell(column), row.confidence(column)));
    for (int c = 0; c < row.cells().size(); c++) {
      if (!table.roles.containsKey(c) && row.confidence(c) >= 0) {
        draft.observe(extraHeader(c), row.cell(c), row.confidence(c));
      }
    }
  }

  private Map<String, String> extras(GridRow row) {
    Map<String, String> extra = new LinkedHashMap<>();
    for (int c = 0; c < row.cells().size(); c++) {
      String text = row.cells().get(c).strip();
      if (text.isEmpty() || table.roles.containsKey(c)) {
        continue;
      }
      extra.merge(extraHeader(c), text, (a, b) -> a + "\n" + b);
    }
    return extra;
  }

  /** The header text of grid column {@code c} (a column without a role), or «column N». */
  private String extraHeader(int c) {
    int column = c < table.logical.length ? table.logical[c] : table.columns.size() + c - table.logical.length;
    return column >= 0 && column < table.columns.size() && !table.columns.get(column).isEmpty()
        ? table.columns.get(column) : "column " + (column + 1);
  }

  private void interpret(List<GridRow> rows, int r) {
    GridRow row = rows.get(r);
    String numberCell = cell(row, ColumnRole.NUMBER);
    String activity = cell(row, ColumnRole.ACTIVITY);
    String number = null;
    if (!numberCell.isEmpty()) {
      Matcher plain = ITEM_NUMBER.matcher(numberCell);
      Matcher withText = NUMBER_AND_TEXT.matcher(numberCell);
      if (plain.matches()) {
        number = plain.group(1);
      } else if (withText.matches() && activity.isEmpty()) {
        number = withText.group(1).replaceAll("\\.$", "");
        activity = withText.group(2).strip();
      } else if (activity.isEmpty()) {
        activity = numberCell;
      } else {
        activity = numberCell + "\n" + activity;
      }
    } else if (row.spanning() && activity.isEmpty()) {
      activity = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("").strip();
      Matcher withText = NUMBER_AND_TEXT.matcher(activity);
      if (withText.matches()) {
        number = withText.group(1).replaceAll("\\.$", "");
        activity = withText.group(2).strip();
      }
    }
    String deadline = cell(row, ColumnRole.DEADLINE);
    String responsible = cell(row, ColumnRole.RESPONSIBLE);
    String participants = cell(row, ColumnRole.PARTICIPANTS);
    String result = cell(row, ColumnRole.RESULT);
    Map<String, String> extra = row.spanning() ? Map.of() : extras(row);
    boolean textOnly = deadline.isEmpty() && responsible.isEmpty() && participants.isEmpty()
        && result.isEmpty() && extra.isEmpty();
    ItemDraft current = items.isEmpty() ? null : items.get(items.size() - 1);
    ItemDraft last = current == null ? null : current.lastDescendant();
    boolean numbered = columnOf.containsKey(ColumnRole.NUMBER);

    if (number == null && sectionOpened && table.breaks.contains(r) && textOnly && !activity.isEmpty()) {
      // A section row cut by a page break: the rest of its title.
      Section cut = sections.remove(sections.size() - 1);
      sections.add(new Section(cut.number(), cut.title() + " " + activity.replace('\n', ' ').strip(), cut.parent()));
      warn("ROW_CONTINUED", "a section row cut by a page break was joined to the section above", (ItemDraft) null);
      return;
    }
    sectionOpened = false;
    if (number == null && last != null && table.breaks.contains(r) && numbered) {
      last.continueWith(activity, deadline, responsible, participants, result, extra);
      observe(last, row);
      warn("ROW_CONTINUED", "a row cut by a page break was joined to the item above", last);
      return;
    }
    if (textOnly && last != null && number != null && continuesList(last.activity.toString(), number)) {
      last.activity.append('\n').append(number).append(number.matches("\\d+") ? ". " : " ").append(activity);
      observe(last, row);
      warn("LIST_CONTINUED", "a numbered list inside a cell continued over rows " + number + ".", last);
      return;
    }
    if (textOnly && number == null && last != null
        && (Chars.startsLowercase(activity) || looksUnfinished(last.activity.toString()))) {
      last.continueWith(activity, deadline, responsible, participants, result, extra);
      observe(last, row);
      warn("ROW_CONTINUED", "a row without a number that continues the text above was joined to it", last);
      return;
    }
    if (textOnly && !activity.isEmpty() && (number == null || row.spanning() || isSectionNumber(number, rows, r))) {
      openSection(number, activity);
      sectionOpened = true;
      return;
    }
    if (number == null && numbered && current != null
        && (!deadline.isEmpty() && current.deadline.length() == 0 || !current.subitems.isEmpty())) {
      ItemDraft sub = new ItemDraft(null, current.section, activity, deadline, responsible, participants, result, extra);
      current.subitems.add(sub);
      observe(sub, row);
      return;
    }
    ItemDraft item = new ItemDraft(number, currentSection(), activity, deadline, responsible, participants, result, extra);
    items.add(item);
    observe(item, row);
    if (number == null && numbered) {
      warn("ITEM_UNNUMBERED", "a plan row without a number was kept as an item of its own", item);
    }
  }

  private void warn(String code, String message, ItemDraft item) {
    found.add(new Found(code, message, item == null ? null : item.number, item == null ? null : item.section));
  }

  private void warn(String code, String message, Item item) {
    found.add(new Found(code, message, item.number(), item.section()));
  }

  /**
   * The plan's warnings, placed once all items are known: «plan 1, item 2», or «plan 1, section
   * II, item 2» when numbering starts again in each section and the number alone is not the item.
   */
  private void flushWarnings(List<Item> built) {
    for (Found f : found) {
      warnings.add(new Warning(f.code(), f.message(), Where.of(planIndex, built, f.number(), f.section())));
    }
  }


  /** «2.» right after a cell that ends a list at «1. …» continues that list. */
  private static boolean continuesList(String text, String number) {
    if (!number.matches("\\d{1,2}") || Integer.parseInt(number) < 2) {
      return false;
    }
    int previous = Integer.parseInt(number) - 1;
    return Pattern.compile("(?:^|\\s)" + previous + "[.)]\\s").matcher(text).find()
        && !Pattern.compile("(?:^|\\s)" + number + "[.)]\\s").matcher(text).find();
  }

  /** A numbered text-only row is a section when the next item's number lies inside it. */
  private static boolean isSectionNumber(String number, List<GridRow> rows, int r) {
    if (ROMAN.matcher(number).matches()) {
      return true;
    }
    for (int k = r + 1; k < rows.size(); k++) {
      String next = firstNumber(rows.get(k));
      if (next != null) {
        if (next.equals(number)) {
          return false;
        }
        if (next.startsWith(number + ".")) {
          return true;
        }
        if (!next.contains(".") || next.split("\\.").length <= number.split("\\.").length) {
          return false;
        }
      }
    }
    return false;
  }

  private static String firstNumber(GridRow row) {
    for (String cell : row.cells()) {
      String text = cell.strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher plain = ITEM_NUMBER.matcher(text);
      if (plain.matches()) {
        return plain.group(1);
      }
      Matcher withText = NUMBER_AND_TEXT.matcher(text);
      return withText.matches() ? withText.group(1).replaceAll("\\.$", "") : null;
    }
    return null;
  }

  private void openSection(String number, String title) {
    String key = arabic(number);
    while (!sections.isEmpty()) {
      Section top = sections.get(sections.size() - 1);
      String topKey = arabic(top.number());
      if (key != null && topKey != null && key.startsWith(topKey + ".")) {
        break;
      }
      sections.remove(sections.size() - 1);
    }
    Section parent = sections.isEmpty() ? null : sections.get(sections.size() - 1);
    sections.add(new Section(number, title.replace('\n', ' ').strip(), parent));
  }

  private Section currentSection() {
    return sections.isEmpty() ? null : sections.get(sections.size() - 1);
  }

  private static String arabic(String number) {
    if (number == null) {
      return null;
    }
    if (!ROMAN.matcher(number).matches()) {
      return number;
    }
    int total = 0;
    int previous = 0;
    for (int i = number.length() - 1; i >= 0; i--) {
      int value = switch (number.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        default -> 100;
      };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return Integer.toString(total);
  }

  private static boolean looksUnfinished(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    return Chars.count(t, '«') > Chars.count(t, '»') || Chars.count(t, '(') > Chars.count(t, ')') || UNFINISHED_END.matcher(t).find();
  }
}
