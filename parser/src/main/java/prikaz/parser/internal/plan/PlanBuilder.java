package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.model.Field;
import prikaz.parser.model.Item;
import prikaz.parser.model.Period;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Section;
import prikaz.parser.model.Warning.Code;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.plan.TableGrid.GridRow;

/**
 * Walks the rows of one plan, asks {@link RowRules} what each row is, and turns them into items,
 * sections and sub-items.
 */
final class PlanBuilder {
  private static final Pattern ROMAN = RowRules.ItemNumber.ROMAN;

  private final PlanTable table;
  private final int planIndex;
  private final List<Warning> warnings;
  private final Map<Field, Integer> columnOf = new EnumMap<>(Field.class);
  private final List<ItemDraft> items = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  /** The row just read opened a section (a page break right after it may cut its title). */
  private boolean sectionOpened;

  /** What the row rules see of the plan so far. */
  private final RowRules.Built built = new RowRules.Built() {
    @Override
    public ItemDraft current() {
      return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    @Override
    public boolean sectionOpened() {
      return sectionOpened;
    }

    @Override
    public boolean numbered() {
      return columnOf.containsKey(Field.NUMBER);
    }
  };

  private final DeadlineContext context;
  private final PlanChecks checks;
  /** The plan's warnings until its items are known (see {@link #flushWarnings}). */
  private final List<Found> found = new ArrayList<>();

  private record Found(Code code, String message, String number, Section section) {}

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

  private String cell(GridRow row, Field role) {
    Integer column = columnOf.get(role);
    return column == null ? "" : row.cell(column).strip();
  }

  /** Notes OCR's confidence in the row's cells and where it was read, for the item it went into (scans only). */
  private void observe(ItemDraft draft, GridRow row) {
    draft.readAt(row.area());
    columnOf.forEach((role, column) -> draft.observe(role.key(), row.cell(column), row.confidence(column)));
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
    PlanRow row = read(rows, r);
    RowRules.Kind kind = RowRules.classify(row, built);
    sectionOpened = kind == RowRules.Kind.SECTION;
    ItemDraft last = built.last();
    switch (kind) {
      case SECTION_CONTINUED -> {
        Section cut = sections.remove(sections.size() - 1);
        sections.add(new Section(cut.number(), cut.title() + " " + row.activity().replace('\n', ' ').strip(), cut.parent()));
        sectionOpened = true;
        warn(Code.ROW_CONTINUED, "a section row cut by a page break was joined to the section above", (ItemDraft) null);
      }
      case PAGE_CONTINUATION -> {
        last.continueWith(row.cells(), row.extra());
        observe(last, rows.get(r));
        warn(Code.ROW_CONTINUED, "a row cut by a page break was joined to the item above", last);
      }
      case LIST_CONTINUATION -> {
        String number = row.number();
        last.appendLine(number + (number.matches("\\d+") ? ". " : " ") + row.activity());
        observe(last, rows.get(r));
        warn(Code.LIST_CONTINUED, "a numbered list inside a cell continued over rows " + number + ".", last);
      }
      case TEXT_CONTINUATION -> {
        last.continueWith(row.cells(), row.extra());
        observe(last, rows.get(r));
        warn(Code.ROW_CONTINUED, "a row without a number that continues the text above was joined to it", last);
      }
      case SECTION -> openSection(row.number(), row.activity());
      case SUB_ITEM -> {
        ItemDraft current = built.current();
        ItemDraft sub = new ItemDraft(null, current.section, row.cells(), row.extra());
        current.subitems.add(sub);
        observe(sub, rows.get(r));
      }
      case ITEM -> {
        ItemDraft item = new ItemDraft(row.number(), currentSection(), row.cells(), row.extra());
        items.add(item);
        observe(item, rows.get(r));
        if (row.number() == null && built.numbered()) {
          warn(Code.ITEM_UNNUMBERED, "a plan row without a number was kept as an item of its own", item);
        }
      }
    }
  }

  /** The row's number (from the number column, or from the start of a full-width row) and its cells. */
  private PlanRow read(List<GridRow> rows, int r) {
    GridRow row = rows.get(r);
    String numberCell = cell(row, Field.NUMBER);
    String activity = cell(row, Field.ACTIVITY);
    String number = null;
    if (!numberCell.isEmpty()) {
      Matcher plain = RowRules.ItemNumber.PLAIN.matcher(numberCell);
      Matcher withText = RowRules.ItemNumber.WITH_TEXT.matcher(numberCell);
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
      Matcher withText = RowRules.ItemNumber.WITH_TEXT.matcher(activity);
      if (withText.matches()) {
        number = withText.group(1).replaceAll("\\.$", "");
        activity = withText.group(2).strip();
      }
    }
    Map<Field, String> cells = new EnumMap<>(Field.class);
    cells.put(Field.ACTIVITY, activity);
    for (Field field : Field.content()) {
      if (field != Field.ACTIVITY) {
        cells.put(field, cell(row, field));
      }
    }
    Map<String, String> extra = row.spanning() ? Map.of() : extras(row);
    return new PlanRow(number, cells, extra, row.spanning(), table.breaks.contains(r), rows, r);
  }

  private void warn(Code code, String message, ItemDraft item) {
    found.add(new Found(code, message, item == null ? null : item.number, item == null ? null : item.section));
  }

  private void warn(Code code, String message, Item item) {
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

}
