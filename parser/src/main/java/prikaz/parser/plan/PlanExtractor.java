package prikaz.parser.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.deadline.DeadlineContext;
import prikaz.parser.deadline.DeadlineParser;
import prikaz.parser.header.ReferenceExtractor;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Appendix;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Header;
import prikaz.parser.model.Item;
import prikaz.parser.model.Period;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Point;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Section;
import prikaz.parser.model.Warning;
import prikaz.parser.plan.TableGrid.GridRow;
import prikaz.parser.read.Layout;

/**
 * Plan tables of an order to {@link Plan}s: finds the header row and the role of each column,
 * joins a table cut by a page break, tells items from section rows, sub-items and rows that only
 * continue the item above.
 */
public final class PlanExtractor {

  /** The plans found and the problems met. */
  public record Result(List<Plan> plans, List<Warning> warnings, List<String> leftoverText) {}

  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6})[.)]?$");
  private static final Pattern NUMBER_AND_TEXT = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*\\.?|[IVXLC]{1,6}\\.)\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");
  private static final Pattern APPENDIX = Pattern.compile("(?iu)^приложени[ея]\\s*(?:(?:№|N(?=\\s*\\d))\\s*)?(\\d+)?");
  private static final Pattern APPENDIX_MENTION = Pattern.compile("(?iu)приложени[еяи]\\s*(?:(?:№|N(?=\\s*\\d))\\s*)?(\\d+)");
  /** A stamp naming the act that approved the plan: «УТВЕРЖДЕН(А, О, Ы) приказом …». */
  private static final Pattern APPROVED = Pattern.compile("(?iu)^утвержд[её]н[аоы]?(?![\\p{L}])");
  /** Lines that go on an appendix block: «к приказу …», «от 13.11.2015 N 5976», «№ 12». */
  private static final Pattern APPENDIX_GOES_ON = Pattern.compile("(?iu)^(?:\\p{Ll}|от\\s|№|N\\s*\\d|к\\s|\\d{1,2}[.\\s])");
  private static final Pattern HAS_ACT_NUMBER = Pattern.compile("(?iu)(?:№|(?<![\\p{L}])N\\s*)\\s*\\d");
  private static final Pattern PLAN_TITLE_START = Pattern.compile("(?iu)^(?:план|дорожн|перечень|мероприяти|комплекс|программ|график|состав|порядок|положение)");
  /** A deadline inside an activity's text: «(в срок до 10 августа 2015 года)», «(до 01.10.2023)». */
  private static final Pattern INNER_DEADLINE = Pattern.compile(
      "(?iu)\\((?:\\s*(?:в\\s+)?срок(?:и)?(?:\\s+исполнения)?\\s*[:\\-–]?)?\\s*(" + DeadlineParser.DUE_IN_TEXT + ")\\s*\\)");
  private static final Pattern PAGE_NOISE = Pattern.compile("(?iu)^(?:\\d{1,3}|-\\s*\\d{1,3}\\s*-|продолжение( таблицы| приложения)?.*|окончание( таблицы)?.*)$");
  private static final Pattern UNFINISHED_END = Pattern.compile(
      "(?iu)(?:[,\\-–(]|(?<![\\p{L}])(?:и|в|во|на|с|со|по|для|к|о|об|от|до|из|у|при|за|а|или|что|не|как))$");

  /**
   * Below this OCR confidence a field gets a {@code LOW_CONFIDENCE} warning. Tesseract's confidence
   * is a hint, not a measure: on the five sample scans 14 of 345 fields fell below 0.80, most of
   * them read right («постоянно» at 0.63–0.78), and a misread word inside a long cell barely moves
   * the cell's mean. The threshold errs toward asking a person to look.
   */
  static final double LOW_CONFIDENCE = 0.80;

  private PlanExtractor() {}

  /** Whether a table's first rows hold a plan header (an activity column and one more role). */
  public static boolean isPlanTable(Layout.Table table) {
    List<GridRow> rows = TableGrid.of(table);
    for (int r = 0; r < Math.min(3, rows.size()); r++) {
      if (roles(rows.get(r)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plans from the blocks at and after {@code fromBlock}; {@code header} gives the points (for
   * appendix numbers), the order title and date (for the plan period when the plan title names none).
   */
  public static Result extract(Layout layout, int fromBlock, Header header) {
    List<Point> points = header == null ? List.of() : header.points();
    List<Warning> warnings = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    Candidate open = null;
    boolean paragraphSinceTable = true;
    List<Layout.Block> blocks = layout.blocks();
    for (int b = Math.max(0, fromBlock); b < blocks.size(); b++) {
      Layout.Block block = blocks.get(b);
      if (block instanceof Layout.Paragraph paragraph) {
        if (open != null && PAGE_NOISE.matcher(paragraph.text().strip()).matches()) {
          continue; // a page number or «Продолжение таблицы» between two parts of one table
        }
        pending.add(paragraph.text());
        paragraphSinceTable = true;
      } else if (block instanceof Layout.Table table) {
        List<GridRow> rows = TableGrid.of(table);
        if (open != null && !paragraphSinceTable && open.accepts(rows)) {
          open.join(rows);
        } else {
          open = Candidate.start(rows, pending);
          if (open == null) {
            if (!isLayoutTableOfAStamp(rows)) {
              warnings.add(new Warning("TABLE_NOT_A_PLAN",
                  "a table without a recognisable header row (№, Мероприятие, Сроки …) was kept as text", null));
            }
            for (GridRow row : rows) {
              if (!row.isBlank()) {
                // A layout table («| | УТВЕРЖДЕН приказом … |») keeps its filled cells only.
                pending.add(String.join(" | ", row.cells().stream().filter(c -> !c.isBlank()).toList()));
              }
            }
            paragraphSinceTable = true;
            continue;
          }
          candidates.add(open);
          pending = new ArrayList<>();
        }
        paragraphSinceTable = false;
      }
    }

    List<String> appendices = appendixMentions(points);
    List<Plan> plans = new ArrayList<>();
    for (int p = 0; p < candidates.size(); p++) {
      Candidate candidate = candidates.get(p);
      String appendix = candidate.appendix;
      if (appendix == null && appendices.size() == candidates.size()) {
        appendix = appendices.get(p);
      }
      Period stated = DeadlineParser.findPeriod(candidate.title);
      if (stated == null && header != null) {
        stated = DeadlineParser.findPeriod(header.title());
      }
      DeadlineContext context = new DeadlineContext(stated, header == null ? null : header.date());
      plans.add(new RowInterpreter(candidate, p + 1, warnings, context).plan(appendix, context.effectivePeriod()));
    }
    List<String> leftover = List.copyOf(pending);
    if (!plans.isEmpty() && !leftover.isEmpty()) {
      Plan last = plans.get(plans.size() - 1);
      List<String> notes = new ArrayList<>(last.notes());
      notes.addAll(leftover);
      plans.set(plans.size() - 1, new Plan(last.title(), last.appendix(), last.appendixOf(), last.period(), last.columns(), notes, last.items()));
      leftover = List.of();
    }
    return new Result(plans, warnings, leftover);
  }

  private static List<String> appendixMentions(List<Point> points) {
    Set<String> found = new LinkedHashSet<>();
    collectMentions(points, found);
    return new ArrayList<>(found);
  }

  private static void collectMentions(List<Point> points, Set<String> found) {
    for (Point point : points) {
      Matcher m = APPENDIX_MENTION.matcher(point.text());
      while (m.find()) {
        found.add("приложение " + m.group(1));
      }
      collectMentions(point.subpoints(), found);
    }
  }

  /** Column roles of a header row, or null if the row is not a plan header. */
  static Map<Integer, ColumnRole> roles(GridRow row) {
    Map<Integer, ColumnRole> roles = new LinkedHashMap<>();
    Set<ColumnRole> seen = java.util.EnumSet.noneOf(ColumnRole.class);
    for (int c = 0; c < row.cells().size(); c++) {
      ColumnRole role = ColumnRole.of(row.cells().get(c));
      if (role != null && seen.add(role)) {
        roles.put(c, role);
      } else if (role == ColumnRole.ACTIVITY && namesActivities(row.cells().get(c))) {
        // «Задачи» over «Мероприятия»: the tasks group the activities, which are the items.
        roles.entrySet().removeIf(e -> e.getValue() == ColumnRole.ACTIVITY && !namesActivities(row.cell(e.getKey())));
        roles.putIfAbsent(c, role);
      }
    }
    boolean plan = seen.contains(ColumnRole.ACTIVITY) && seen.size() >= 2 || seen.size() >= 3;
    return plan ? roles : null;
  }

  /** The role of each header cell as a plan reads it (a role named twice counts once), null where none. */
  static List<ColumnRole> columnRoles(List<String> header) {
    Map<Integer, ColumnRole> roles = roles(new GridRow(header, false, java.util.Collections.nCopies(header.size(), 1)));
    List<ColumnRole> out = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      out.add(roles == null ? ColumnRole.of(header.get(c)) : roles.get(c));
    }
    return out;
  }

  private static boolean namesActivities(String header) {
    return ColumnRole.normalize(header).contains("мероприят");
  }

  static String headerKey(GridRow row) {
    return row.cells().stream().map(ColumnRole::normalize).reduce("", (a, b) -> a + "|" + b);
  }

  /** A plan table, possibly joined from parts, with the paragraphs that came before it. */
  private static final class Candidate {
    final List<String> columns;
    final Map<Integer, ColumnRole> roles;
    final GridRow header;
    /** Grid column → index in {@link #columns}. */
    final int[] logical;
    final String headerKey;
    final List<GridRow> rows = new ArrayList<>();
    final Set<Integer> breaks = new LinkedHashSet<>();
    String title;
    String appendix;
    Appendix appendixOf;
    final List<String> notes = new ArrayList<>();

    private Candidate(GridRow header, Map<Integer, ColumnRole> roles) {
      this.roles = roles;
      this.header = header;
      this.headerKey = headerKey(header);
      // One column per header cell: grid positions covered by a wider header cell are not columns.
      List<String> columns = new ArrayList<>();
      this.logical = new int[header.cells().size()];
      for (int c = 0; c < header.cells().size(); c++) {
        if (header.spans().get(c) > 0) {
          columns.add(header.cells().get(c).replace('\n', ' ').strip());
        }
        logical[c] = columns.size() - 1;
      }
      while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
        columns.remove(columns.size() - 1);
      }
      this.columns = columns;
    }

    static Candidate start(List<GridRow> rows, List<String> before) {
      for (int r = 0; r < Math.min(3, rows.size()); r++) {
        Map<Integer, ColumnRole> roles = roles(rows.get(r));
        if (roles != null) {
          GridRow header = UnnamedNumberColumn.restore(rows.get(r), rows.subList(r + 1, rows.size()));
          Candidate candidate = new Candidate(header, header == rows.get(r) ? roles : roles(header));
          List<String> heading = new ArrayList<>(before);
          // Rows above the header inside the table (a merged title row) count as heading text.
          for (int t = 0; t < r; t++) {
            if (!rows.get(t).isBlank()) {
              heading.add(String.join(" ", rows.get(t).cells()).strip());
            }
          }
          candidate.takeHeading(heading);
          candidate.addRows(rows.subList(r + 1, rows.size()));
          return candidate;
        }
      }
      return null;
    }

    /** A following table continues this one unless it starts with a different header. */
    boolean accepts(List<GridRow> next) {
      for (GridRow row : next) {
        if (row.isBlank()) {
          continue;
        }
        Map<Integer, ColumnRole> nextRoles = roles(row);
        return nextRoles == null || headerKey(row).equals(headerKey);
      }
      return true;
    }

    void join(List<GridRow> next) {
      int first = 0;
      while (first < next.size() && next.get(first).isBlank()) {
        first++;
      }
      if (first < next.size() && headerKey(next.get(first)).equals(headerKey)) {
        first++; // the header repeated on the new page
      }
      breaks.add(rows.size());
      addRows(next.subList(Math.min(first, next.size()), next.size()));
    }

    private void addRows(List<GridRow> more) {
      for (GridRow row : more) {
        GridRow aligned = TableGrid.alignTo(row, header);
        if (!row.isBlank() && headerKey(aligned).equals(headerKey)) {
          breaks.add(rows.size()); // the header repeated where a page broke (two tables merged into one)
          continue;
        }
        if (row.isBlank() || isColumnNumbering(aligned)) {
          continue;
        }
        rows.add(aligned);
      }
    }

    /** «1 | 2 | 3 | 4 | 5» under the header: the columns' own numbers, not an item. */
    private static boolean isColumnNumbering(GridRow row) {
      int expected = 1;
      for (String cell : row.cells()) {
        if (cell.isBlank()) {
          continue;
        }
        if (!cell.strip().replaceAll("\\.$", "").equals(Integer.toString(expected))) {
          return false;
        }
        expected++;
      }
      return expected > 3;
    }

    private void takeHeading(List<String> before) {
      List<String> texts = appendixBlocksJoined(before);
      int t = texts.size() - 1;
      while (t >= 0 && isAppendixBlock(texts.get(t))) {
        readAppendix(texts.get(t));
        t--;
      }
      if (t >= 0 && !texts.get(t).endsWith(":") && texts.get(t).length() <= 1000) {
        int from = t;
        while (from - 1 >= 0 && Chars.startsLowercase(texts.get(from)) && !texts.get(from - 1).matches("(?s).*[.:;]$")
            && !isAppendixBlock(texts.get(from - 1))) {
          from--;
        }
        title = String.join(" ", texts.subList(from, t + 1)).strip();
        t = from - 1;
        // An appendix heading above the title («Приложение 1 к приказу …»).
        while (t >= 0 && isAppendixBlock(texts.get(t))) {
          readAppendix(texts.get(t));
          texts.remove(t);
          t--;
        }
      }
      notes.addAll(texts.subList(0, Math.max(0, t + 1)));
    }

    /**
     * The block closest to the plan wins; a stamp above an appendix line («Приложение 1» then
     * «УТВЕРЖДЕН приказом …») adds the act the appendix line lacks.
     */
    private void readAppendix(String written) {
      String text = written.replaceAll("\\s+", " ").strip();
      Matcher m = APPENDIX.matcher(text);
      boolean numbered = m.find();
      String number = numbered ? m.group(1) : null;
      if (numbered && appendix == null) {
        appendix = number != null ? "приложение " + number : "приложение";
      }
      Reference act = ReferenceExtractor.act(afterLabel(text));
      if (appendixOf == null) {
        appendixOf = new Appendix(number, act, text);
      } else if (appendixOf.act() == null && act != null) {
        appendixOf = new Appendix(appendixOf.number() != null ? appendixOf.number() : number, act,
            text + " " + appendixOf.text());
      } else if (appendixOf.number() == null && number != null) {
        appendixOf = new Appendix(number, appendixOf.act(), text + " " + appendixOf.text());
      }
    }

    /** The text after «Приложение N 2» or «УТВЕРЖДЕН»: where the act is named. */
    private static String afterLabel(String text) {
      Matcher label = APPENDIX.matcher(text);
      if (label.find()) {
        return text.substring(label.end());
      }
      Matcher approved = APPROVED.matcher(text);
      return approved.find() ? text.substring(approved.end()) : text;
    }
  }

  /** A borderless table that only places an appendix block or an approval stamp on the page. */
  private static boolean isLayoutTableOfAStamp(List<GridRow> rows) {
    List<String> filled = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.isBlank()).toList();
    return !filled.isEmpty() && filled.size() <= 2 && filled.stream().anyMatch(PlanExtractor::isAppendixBlock);
  }

  static boolean isAppendixBlock(String text) {
    return APPENDIX.matcher(text).find() || APPROVED.matcher(text).find();
  }

  /**
   * Paragraphs with an appendix block's lines joined into one: documents set «Приложение N 2», «к
   * приказу министерства», «образования и науки», «от 13 ноября 2015 г. N 5976» as paragraphs of
   * their own. A block goes on while its lines continue it and it has not yet given the act's
   * number; a plan title («ПЛАН …», «Дорожная карта …») ends it.
   */
  static List<String> appendixBlocksJoined(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    int p = 0;
    while (p < paragraphs.size()) {
      String text = paragraphs.get(p++);
      if (isAppendixBlock(text)) {
        StringBuilder block = new StringBuilder(text.strip());
        while (p < paragraphs.size() && goesOn(block.toString(), paragraphs.get(p).strip())) {
          block.append(' ').append(paragraphs.get(p++).strip());
        }
        text = block.toString();
      }
      out.add(text);
    }
    return out;
  }

  private static boolean goesOn(String block, String next) {
    if (next.isEmpty() || HAS_ACT_NUMBER.matcher(block).find() || isAppendixBlock(next)
        || PLAN_TITLE_START.matcher(next).find() || next.length() > 150) {
      return false;
    }
    if (APPENDIX_GOES_ON.matcher(next).find()) {
      return true;
    }
    // «Хабаровского края» under «к приказу министерства образования и науки»: the act is named but
    // its date and number are still to come; a title in capitals is not part of it.
    boolean namesAct = ReferenceExtractor.act(block) != null;
    boolean capitals = next.equals(next.toUpperCase(java.util.Locale.ROOT)) && next.chars().anyMatch(Character::isLetter);
    return namesAct && !capitals && next.length() <= 80;
  }

  /** Walks the rows of one plan and turns them into items, sections and sub-items. */
  private static final class RowInterpreter {
    private final Candidate table;
    private final int planIndex;
    private final List<Warning> warnings;
    private final Map<ColumnRole, Integer> columnOf = new EnumMap<>(ColumnRole.class);
    private final List<ItemDraft> items = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    /** The row just read opened a section (a page break right after it may cut its title). */
    private boolean sectionOpened;

    private final DeadlineContext context;
    private final Period statedPeriod;
    /** The plan's warnings until its items are known (see {@link #flushWarnings}). */
    private final List<Found> found = new ArrayList<>();

    private record Found(String code, String message, String number, Section section) {}

    /** The context's period is the one a title states; warnings compare deadlines with it. */
    RowInterpreter(Candidate table, int planIndex, List<Warning> warnings, DeadlineContext context) {
      this.table = table;
      this.planIndex = planIndex;
      this.warnings = warnings;
      this.context = context;
      this.statedPeriod = context.period();
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
        checkPeriod(item);
        checkInnerDeadline(item);
        checkConfidence(item);
        for (Item sub : item.subitems()) {
          checkPeriod(sub);
          checkInnerDeadline(sub);
          checkConfidence(sub);
        }
        built.add(item);
      }
      flushWarnings(built);
      return new Plan(table.title, appendix, table.appendixOf, period, table.columns, table.notes, built);
    }

    /** Fields OCR was unsure of, for a person to check against the paper. */
    private void checkConfidence(Item item) {
      item.confidence().forEach((field, confidence) -> {
        if (confidence < LOW_CONFIDENCE) {
          String text = fieldText(item, field);
          warn("LOW_CONFIDENCE",
              String.format(java.util.Locale.ROOT, "OCR is unsure of «%s» (confidence %.2f): check «%s» against the scan",
                  field, confidence, text.length() > 80 ? text.substring(0, 80) + "…" : text),
              item);
        }
      });
    }

    private static String fieldText(Item item, String field) {
      String text = switch (field) {
        case "number" -> item.number();
        case "activity" -> item.activity();
        case "deadline" -> item.deadline() == null ? null : item.deadline().text();
        case "responsible" -> partiesText(item.responsible());
        case "participants" -> partiesText(item.participants());
        case "result" -> item.result();
        default -> item.extra().get(field);
      };
      return text == null ? "" : text.replace('\n', ' ');
    }

    private static String partiesText(List<Party> parties) {
      return String.join("; ", parties.stream().map(Party::name).toList());
    }

    /**
     * An activity that names its own deadline («… (в срок до 10 августа 2015 года)») keeps it in its
     * text; when it falls outside the deadline column's dates the item is flagged, because one of
     * the two is wrong and only a person can tell which.
     */
    private void checkInnerDeadline(Item item) {
      Deadline column = item.deadline();
      if (column == null || column.end() == null) {
        return;
      }
      Matcher m = INNER_DEADLINE.matcher(item.activity());
      while (m.find()) {
        Deadline inner = DeadlineParser.parse(m.group(1).strip(), context);
        if (inner == null || inner.end() == null || inner.yearInferred() && column.yearInferred()) {
          continue;
        }
        LocalDate columnStart = column.start() == null ? null : column.start();
        boolean outside = inner.end().isAfter(column.end()) || columnStart != null && inner.end().isBefore(columnStart);
        if (outside) {
          warn("INNER_DEADLINE_CONFLICT",
              "the activity says «" + m.group(1).strip() + "» (" + inner.end() + ") but the deadline column says «"
                  + column.text().replace('\n', ' ') + "» (" + (column.start() == null ? "до " : column.start() + " – ")
                  + column.end() + ")",
              item);
        }
      }
    }

    /** A dated deadline outside the period the plan's title states: usually a line left from last year. */
    private void checkPeriod(Item item) {
      Deadline d = item.deadline();
      if (statedPeriod == null || d == null || d.yearInferred() || d.end() == null) {
        return;
      }
      LocalDate start = d.start() == null ? d.end() : d.start();
      if (start.isBefore(statedPeriod.start()) || d.end().isAfter(statedPeriod.end())) {
        warn("DEADLINE_OUTSIDE_PERIOD",
            "«" + d.text().replace('\n', ' ') + "» (" + (d.start() == null ? "до " : d.start() + " – ") + d.end()
                + ") is outside the plan period «" + statedPeriod.text() + "» (" + statedPeriod.start() + " – "
                + statedPeriod.end() + ")",
            item);
      }
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
      if (textOnly && !activity.isEmpty() && (number == null || isSectionNumber(number, rows, r))) {
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

  /** An item being assembled from one or more rows. */
  private static final class ItemDraft {
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

}
