package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.plan.TableGrid.GridRow;
import prikaz.parser.internal.read.Layout;

/**
 * One pass over the blocks after the order's header: which tables are plans (with the text before
 * each as its heading), which tables continue the plan above on a new page, and which text is
 * left over. A page number or «Продолжение таблицы» between two parts does not cut a plan.
 */
final class TableSegmenter {
  private static final Pattern PAGE_NOISE = Pattern.compile("(?iu)^(?:\\d{1,3}|-\\s*\\d{1,3}\\s*-|продолжение( таблицы| приложения)?.*|окончание( таблицы)?.*)$");

  /** The plan tables found, in order, the text after the last of them, and tables that are no plan. */
  record Segments(List<PlanTable> tables, List<String> leftover, List<Warning> warnings) {}

  private TableSegmenter() {}

  static Segments segment(List<Layout.Block> blocks, int fromBlock) {
    List<Warning> warnings = new ArrayList<>();
    List<PlanTable> candidates = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    PlanTable open = null;
    boolean paragraphSinceTable = true;
    for (int b = Math.max(0, fromBlock); b < blocks.size(); b++) {
      Layout.Block block = blocks.get(b);
      if (block instanceof Layout.Paragraph paragraph) {
        if (open != null && PAGE_NOISE.matcher(paragraph.text().strip()).matches()) {
          continue; // a page number or «Продолжение таблицы» between two parts of one table
        }
        // Lines kept apart: a heading's title may start on a line of its own inside a paragraph.
        pending.add(String.join("\n", paragraph.lines()));
        paragraphSinceTable = true;
      } else if (block instanceof Layout.Table table) {
        List<GridRow> rows = TableGrid.of(table);
        if (open != null && !paragraphSinceTable && TableStitcher.continues(open, rows)) {
          TableStitcher.join(open, rows);
        } else {
          open = PlanTable.start(rows, pending);
          if (open == null) {
            if (!AppendixHeading.isLayoutTableOfAStamp(rows)) {
              warnings.add(new Warning(Warning.Code.TABLE_NOT_A_PLAN,
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

    return new Segments(candidates, pending.stream().map(text -> text.replace('\n', ' ')).toList(), warnings);
  }
}
