package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.model.Header;
import prikaz.parser.model.Location;
import prikaz.parser.model.Period;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Point;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.plan.TableGrid.GridRow;
import prikaz.parser.internal.read.Layout;

/**
 * Plan tables of an order to {@link Plan}s, in stages that do not call back into each other:
 * {@link TableSegmenter} finds the plan tables with their headings ({@link AppendixHeading}) and
 * joins parts cut by page breaks ({@link TableStitcher}); {@link ColumnMap} reads each header row;
 * {@link PlanBuilder} turns the rows into items, sections and sub-items; {@link PlanChecks} flags
 * what a person should look at. Tables whose grid was lost in text are made explicit beforehand
 * by {@link ImplicitTables}.
 */
public final class PlanExtractor {

  /** The plans found and the problems met. */
  public record Result(List<Plan> plans, List<Warning> warnings, List<String> leftoverText) {}

  private static final Pattern APPENDIX_MENTION = Pattern.compile("(?iu)приложени[еяи]\\s*(?:(?:№|N(?=\\s*\\d))\\s*)?(\\d+)");

  private PlanExtractor() {}

  /** Whether a table's first rows hold a plan header (an activity column and one more role). */
  public static boolean isPlanTable(Layout.Table table) {
    List<GridRow> rows = TableGrid.of(table);
    for (int r = 0; r < Math.min(3, rows.size()); r++) {
      if (ColumnMap.roles(rows.get(r)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a document's first line opens a plan or its appendix heading rather than an act:
   * «Приложение N 2 …», «УТВЕРЖДЕН …», «ПЛАН мероприятий …».
   */
  public static boolean opensAPlan(String firstLine) {
    return AppendixHeading.isAppendixBlock(firstLine) || TitleLines.startsWithPlanWord(firstLine);
  }

  /**
   * Plans from the blocks at and after {@code fromBlock}; {@code header} gives the points (for
   * appendix numbers), the order title and date (for the plan period when the plan title names none).
   */
  public static Result extract(Layout layout, int fromBlock, Header header) {
    List<Point> points = header == null ? List.of() : header.points();
    TableSegmenter.Segments segments = TableSegmenter.segment(layout.blocks(), fromBlock);
    List<PlanTable> candidates = segments.tables();
    List<Warning> warnings = new ArrayList<>(segments.warnings());
    List<String> pending = segments.leftover();
    List<String> appendices = appendixMentions(points);
    List<Plan> plans = new ArrayList<>();
    for (int p = 0; p < candidates.size(); p++) {
      PlanTable candidate = candidates.get(p);
      String appendix = candidate.heading.appendix;
      if (appendix == null && appendices.size() == candidates.size()) {
        appendix = appendices.get(p);
      }
      String mistyped = TitleYears.mistyped(candidate.heading.title);
      String repaired = mistyped == null ? null : TitleYears.repaired(candidate.heading.title);
      Period stated = mistyped == null ? DeadlineParser.findPeriod(candidate.heading.title)
          : repaired != null ? DeadlineParser.findPeriod(repaired) : null;
      stated = NewYearSeason.of(candidate.heading.title, stated);
      if (mistyped != null && stated != null) {
        warnings.add(new Warning(Warning.Code.PERIOD_MISTYPED, "the year «" + mistyped
            + "» in the plan title is mistyped: the title is kept as written, the period is read as «"
            + stated.text() + "» from the other year of the pair", Location.plan(p + 1)));
      } else if (mistyped != null) {
        warnings.add(new Warning(Warning.Code.PERIOD_MISTYPED, "the year «" + mistyped
            + "» in the plan title is mistyped: the title is kept as written, the period is not read from it",
            Location.plan(p + 1)));
      }
      if (stated == null && header != null) {
        stated = DeadlineParser.findPeriod(header.title());
      }
      DeadlineContext context = new DeadlineContext(stated, actDate(header, candidate.heading));
      UnreadableColumns.resolve(candidate, p + 1, warnings);
      plans.add(new PlanBuilder(candidate, p + 1, warnings, context).plan(appendix, context.effectivePeriod()));
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

  /** The order's date, or else the date of the act an appendix block names («к постановлению от …»). */
  private static java.time.LocalDate actDate(Header header, AppendixHeading heading) {
    if (header != null && header.date() != null) {
      return header.date();
    }
    return heading.appendixOf == null || heading.appendixOf.act() == null ? null : heading.appendixOf.act().date();
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
}
