package prikaz.parser.internal.read.positional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.model.PageArea;

/**
 * Rebuilds paragraphs and tables from positioned words and ruling lines, whatever produced them: a
 * PDF's text layer or an OCR engine.
 *
 * <ul>
 *   <li>Tables: the rulings that meet form a grid ({@link RuledTable}); missing borders give column
 *       and row spans; each page's part of a table is a table of its own, joined again by the plan
 *       stage as any table cut by a page break. Tables drawn without lines are found from the
 *       columns of their header line ({@link AlignedTable}).
 *   <li>Lines: words on one base line, left to right.
 *   <li>Paragraphs: lines closer than the document's usual line pitch × 1.25 belong together.
 *   <li>Wrapped lines are joined into one: a line continues the one above when its first word
 *       would not have fitted at the end of it (the text ran to the margin); a line whose first
 *       word would have fitted, or that starts with a list mark, was broken on purpose and stays a
 *       line of its own. Inside a cell the margin is the cell's border less its padding.
 * </ul>
 */
public final class PositionalLayout {
  private static final Pattern LIST_MARK = Pattern.compile("^(?:[-–—•·▪]|\\d{1,2}(?:\\.\\d{1,2})*+[.)]|[а-яa-z]\\))(?:\\s|$).*");
  private static final Pattern DASH_MARK = Pattern.compile("^[-–—](?:\\s|$).*");
  private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[:;.!?]$");
  private static final double PARAGRAPH_PITCH = 1.25;

  private PositionalLayout() {}

  /** The layout of the pages, in page order. */
  public static Layout build(List<Page> pages) {
    List<Placed> placed = new ArrayList<>();
    List<Line> bodyLines = new ArrayList<>();
    double[] carried = null;
    double[] carriedColumns = null; // the columns of the ruled table the last page ended with
    for (Page page : pages) {
      List<RuledTable> tables = RuledTable.find(page.rulings());
      Map<RuledTable, List<Word>> inTables = new HashMap<>();
      List<Word> body = new ArrayList<>();
      for (Word word : page.words()) {
        RuledTable table = tables.stream().filter(t -> t.contains(word)).findFirst().orElse(null);
        if (table == null) {
          body.add(word);
        } else {
          inTables.computeIfAbsent(table, t -> new ArrayList<>()).add(word);
        }
      }
      double[] ended = null;
      for (RuledTable table : tables) {
        double[] columns = table.columns();
        boolean goesOn = table == tables.get(0) && ContinuedColumns.continues(columns, carriedColumns);
        double[] readIn = goesOn && !ContinuedColumns.same(columns, carriedColumns) ? carriedColumns : null;
        placed.add(new Placed(page.number(), table.top,
            table(table, inTables.getOrDefault(table, List.of()), false, readIn), null));
        ended = goesOn ? carriedColumns : columns;
      }
      carriedColumns = ended;
      List<Line> lines = lines(body);
      // A table without lines that ran to the bottom of the last page goes on at the top of this one.
      double[] carry = null;
      List<AlignedTable.Found> aligned = AlignedTable.find(lines, tables.isEmpty() ? carried : null);
      for (AlignedTable.Found found : aligned) {
        placed.add(new Placed(page.number(), found.top(), found.table(), null));
        boolean last = found.lines().get(found.lines().size() - 1) == lines.get(lines.size() - 1);
        carry = last ? found.starts() : null;
      }
      for (AlignedTable.Found found : aligned) {
        lines.removeAll(found.lines());
      }
      carried = carry;
      for (Line line : lines) {
        bodyLines.add(line);
        placed.add(new Placed(page.number(), line.top, null, line));
      }
    }
    placed.sort(Comparator.comparingInt(Placed::page).thenComparingDouble(Placed::top));

    double left = bodyLines.stream().mapToDouble(l -> l.x0).min().orElse(0);
    double margin = bodyLines.stream().mapToDouble(l -> l.x1).max().orElse(0);
    double pitch = usualPitch(bodyLines);
    List<Layout.Block> blocks = new ArrayList<>();
    List<Line> paragraph = new ArrayList<>();
    Placed previous = null;
    for (Placed item : placed) {
      if (item.table != null) {
        flush(paragraph, left, margin, blocks);
        if (!item.table.rows().isEmpty()) {
          blocks.add(item.table);
        }
      } else {
        Line line = item.line;
        Line last = paragraph.isEmpty() ? null : paragraph.get(paragraph.size() - 1);
        boolean together = last != null && previous != null && previous.line == last
            && (last.page == line.page
                ? line.baseline - last.baseline <= pitch * PARAGRAPH_PITCH
                : wraps(last, line, left, margin, last.text()));
        if (!together) {
          flush(paragraph, left, margin, blocks);
        }
        paragraph.add(line);
      }
      previous = item;
    }
    flush(paragraph, left, margin, blocks);
    return new Layout(blocks);
  }

  private static void flush(List<Line> paragraph, double left, double margin, List<Layout.Block> blocks) {
    if (!paragraph.isEmpty()) {
      List<List<Word>> words = new ArrayList<>();
      List<String> lines = join(paragraph, left, margin, false, words);
      blocks.add(new Layout.Paragraph(lines, words.stream().map(PositionalLayout::confidence).toList()));
      paragraph.clear();
    }
  }

  static Layout.Table table(RuledTable table, List<Word> words) {
    return table(table, words, false);
  }

  /**
   * The table's cells with their text; {@code typed} when the text was typed in fixed-width
   * columns, where the writer's line ends are the column's edge and every line but a list entry
   * goes on the one above.
   */
  static Layout.Table table(RuledTable table, List<Word> words, boolean typed) {
    return table(table, words, typed, null);
  }

  /** {@link #table(RuledTable, List, boolean)}, read in the given column borders when not null. */
  private static Layout.Table table(RuledTable table, List<Word> words, boolean typed, double[] columns) {
    List<List<RuledTable.GridCell>> grid = NumberedRows.split(table.cells(words));
    if (columns != null) {
      grid = ContinuedColumns.place(grid, columns);
    }
    List<Layout.Row> rows = new ArrayList<>();
    for (List<RuledTable.GridCell> row : grid) {
      List<Layout.Cell> cells = new ArrayList<>();
      List<Word> ownWords = new ArrayList<>();
      for (RuledTable.GridCell cell : row) {
        if (cell.rowSpan() == 1) {
          ownWords.addAll(cell.words);
        }
        List<Line> lines = lines(cell.words);
        double padding = lines.stream().mapToDouble(l -> l.x0).min().orElse(cell.left) - cell.left;
        double margin = cell.right - Math.max(0, padding);
        double left = lines.stream().mapToDouble(l -> l.x0).min().orElse(cell.left);
        cells.add(new Layout.Cell(String.join("\n", join(lines, left, margin, typed)), cell.rowSpan(), cell.colSpan(),
            confidence(cell.words)));
      }
      // A cell spanning rows below says nothing of where this row is; it counts when no other does.
      PageArea area = area(ownWords);
      rows.add(new Layout.Row(cells, area != null ? area
          : area(row.stream().flatMap(cell -> cell.words.stream()).toList())));
    }
    boolean blank = rows.stream().allMatch(Layout.Row::isBlank);
    return new Layout.Table(blank ? List.of() : rows);
  }

  /**
   * OCR's confidence in a cell's text, 0–1: its words' confidences weighted by their length, so a
   * misread long word counts for more than a doubtful comma. None for text from a text layer.
   */
  static double confidence(List<Word> words) {
    double sum = 0;
    int letters = 0;
    for (Word word : words) {
      if (word.confidence() >= 0) {
        sum += Math.min(100, word.confidence()) * word.text().length();
        letters += word.text().length();
      }
    }
    return letters == 0 ? Layout.Cell.NO_CONFIDENCE : Math.round(sum / letters) / 100.0;
  }

  /** The area holding the words where OCR read them, null when none was read from an image. */
  static PageArea area(List<Word> words) {
    PageArea area = null;
    for (Word word : words) {
      if (word.area() != null) {
        area = area == null || area.page() != word.area().page() ? word.area() : area.union(word.area());
      }
    }
    return area;
  }

  /** Visual lines joined into the lines the writer typed. */
  static List<String> join(List<Line> lines, double left, double margin) {
    return join(lines, left, margin, false);
  }

  private static List<String> join(List<Line> lines, double left, double margin, boolean typed) {
    return join(lines, left, margin, typed, new ArrayList<>());
  }

  /** {@link #join}, with the words of each line written put in {@code words}. */
  private static List<String> join(List<Line> lines, double left, double margin, boolean typed, List<List<Word>> words) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    Line previous = null;
    for (Line line : lines) {
      boolean goesOn = current != null
          && (typed ? !startsListEntry(line.text(), current.toString()) : wraps(previous, line, left, margin, current.toString()));
      if (goesOn) {
        // «области-» at the end of a line and «Кузбасса» on the next are one word.
        // Likewise «п/» and «п»: a line broken after a slash inside a word.
        char end = current.charAt(current.length() - 1);
        boolean hyphen = current.length() > 1 && (end == '-' || end == '/')
            && Character.isLetter(current.charAt(current.length() - 2));
        String text = line.text();
        boolean punctuation = ".,;:)]»!?".indexOf(text.charAt(0)) >= 0;
        current.append(hyphen || punctuation ? "" : " ").append(text);
        words.get(words.size() - 1).addAll(line.words);
      } else {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(line.text());
        words.add(new ArrayList<>(line.words));
      }
      previous = line;
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * Whether {@code next} continues {@code line}: it starts at the left edge (a centred line does
   * not) and its first word did not fit before the margin.
   */
  static boolean wraps(Line line, Line next, double left, double margin, String soFar) {
    String text = next.text();
    if (next.x0 > left + Math.max(next.size, 1)) {
      return false;
    }
    if (startsListEntry(text, soFar)) {
      return false;
    }
    Word first = next.words.get(0);
    double width = first.x1() - first.x0();
    if (DASH_MARK.matcher(first.text()).matches() && next.words.size() > 1) {
      // Line breakers keep a dash with the word after it: «– декабрь» moves down as one.
      width = next.words.get(1).x1() - first.x0();
    }
    double space = Math.max(first.size() * 0.25, 1);
    double room = margin - line.x1;
    return width + space > room - first.size() * 0.1;
  }

  /**
   * Whether a line opens a list entry. A dash is a list mark after a clause or another list entry;
   * elsewhere it is the dash of «январь 2022 года – декабрь 2023 года» carried to the next line.
   */
  private static boolean startsListEntry(String text, String soFar) {
    if (!LIST_MARK.matcher(text).matches()) {
      return false;
    }
    boolean dash = DASH_MARK.matcher(text).matches();
    return !dash || LIST_MARK.matcher(soFar).matches() || ENDS_CLAUSE.matcher(soFar).matches();
  }

  /** The most common distance between the base lines of neighbouring lines of one page. */
  private static double usualPitch(List<Line> lines) {
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      Line a = lines.get(i - 1);
      Line b = lines.get(i);
      double pitch = b.baseline - a.baseline;
      // Only pitches a line of this size can have without spacing between paragraphs.
      if (a.page == b.page && pitch > a.size * 0.8 && pitch < a.size * 1.4) {
        counts.merge(Math.round(pitch * 2), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> e.getKey() / 2.0)
        .orElse(lines.isEmpty() ? 14 : lines.get(0).size * 1.2);
  }

  /** Words grouped into lines by base line, top to bottom, each left to right. */
  static List<Line> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
    List<List<Word>> groups = new ArrayList<>();
    for (Word word : sorted) {
      List<Word> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && Math.abs(word.baseline() - last.get(0).baseline()) <= Math.max(word.size(), 1) * 0.4) {
        last.add(word);
      } else {
        List<Word> group = new ArrayList<>();
        group.add(word);
        groups.add(group);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (List<Word> group : groups) {
      group.sort(Comparator.comparingDouble(Word::x0));
      lines.add(new Line(group));
    }
    return lines;
  }

  /** A visual line: its words left to right. */
  static final class Line {
    final List<Word> words;
    final int page;
    final double x0;
    final double x1;
    final double top;
    final double baseline;
    final double size;

    Line(List<Word> words) {
      this.words = List.copyOf(words);
      this.page = words.get(0).page();
      this.x0 = words.stream().mapToDouble(Word::x0).min().orElse(0);
      this.x1 = words.stream().mapToDouble(Word::x1).max().orElse(0);
      this.top = words.stream().mapToDouble(Word::top).min().orElse(0);
      this.baseline = words.stream().mapToDouble(Word::baseline).max().orElse(0);
      this.size = words.stream().mapToDouble(Word::size).max().orElse(0);
    }

    /** The words with a space where there is a gap, none where two pieces touch. */
    String text() {
      StringBuilder text = new StringBuilder(words.get(0).text());
      for (int i = 1; i < words.size(); i++) {
        Word previous = words.get(i - 1);
        Word word = words.get(i);
        if (word.x0() - previous.x1() > Math.max(previous.size(), 1) * 0.1) {
          text.append(' ');
        }
        text.append(word.text());
      }
      return text.toString();
    }
  }

  private record Placed(int page, double top, Layout.Table table, Line line) {}
}
