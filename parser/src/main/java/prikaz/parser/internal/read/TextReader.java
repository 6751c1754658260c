package prikaz.parser.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.read.Layout.Block;
import prikaz.parser.internal.read.Layout.Cell;
import prikaz.parser.internal.read.Layout.Paragraph;
import prikaz.parser.internal.read.Layout.Row;
import prikaz.parser.internal.read.Layout.Table;
import prikaz.parser.internal.read.positional.TextGrid;

/**
 * Plain text (UTF-8 or windows-1251, any line ending) to a {@link Layout}. Paragraphs are runs of
 * non-blank lines; tables are Markdown pipe tables or tab-separated lines. A table cut by blank
 * lines or a page break comes out as several tables; joining them is the plan stage's job, because
 * office formats split tables the same way.
 */
public final class TextReader implements LayoutReader {
  private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-+:?\\s*");
  /** «||||»: bars that end empty cells of a table copied one cell per line, not a row of their own. */
  private static final Pattern PIPES_ONLY = Pattern.compile("\\|{2,}");

  private enum Kind {
    BLANK,
    TEXT,
    PIPE,
    GRID,
    TAB
  }

  @Override
  public Result read(byte[] content) throws DocumentException {
    // No encoding takes more than four bytes a character: a file this long is refused before it is decoded.
    if (content.length / 4 > Limits.MAX_DOCUMENT_CHARS) {
      throw Limits.documentChars();
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(content);
    if (decoded.text().length() > Limits.MAX_DOCUMENT_CHARS) {
      throw Limits.documentChars();
    }
    return new Result(parse(decoded.text()), decoded.charset().name());
  }

  /** Reads already decoded text; handy for tests and for text that comes from other readers. */
  public static Layout parse(String text) {
    String normalized = LayoutBuilder.INVISIBLE.matcher(text).replaceAll("")
        .replace("\r\n", "\n").replace('\r', '\n').replace("\f", "\n\n");
    String[] lines = normalized.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    Kind[] kinds = new Kind[lines.length];
    for (int k = 0; k < lines.length; k++) {
      kinds[k] = kindOf(lines[k]);
    }
    while (i < lines.length) {
      Kind kind = kinds[i];
      int end = i;
      boolean grid = false;
      while (end < lines.length && tabular(kinds[end]) == tabular(kind)) {
        grid |= kinds[end] == Kind.GRID;
        end++;
      }
      if (kind == Kind.PIPE && !grid) {
        // Markdown rows, each from a pipe line to the next one (a row may break its cells over lines).
        List<String> rows = new ArrayList<>();
        end = markdownRows(lines, kinds, i, rows);
        addTable(blocks, pipeTable(rows));
        i = end;
        continue;
      }
      List<String> run = List.of(lines).subList(i, end);
      if (grid) {
        // A table drawn with border characters (a legal database's text export); bar-separated
        // rows between «+----+» borders belong to it.
        Table table = TextGrid.read(run);
        if (table != null) {
          blocks.add(table);
          i = end;
          continue;
        }
        kind = Kind.TEXT; // borders that draw no table («----------» under a heading) are text
      }
      switch (kind) {
        case BLANK -> { }
        case TEXT -> {
          // Lines of nothing but markup or invisible characters leave no text: no paragraph then.
          List<String> plain = indentedParagraphs(run).stream().map(InlineMarkup::toPlain).filter(s -> !s.isEmpty()).toList();
          if (!plain.isEmpty()) {
            blocks.add(new Paragraph(plain));
          }
        }
        case TAB -> {
          // One tab line alone is a paragraph with a tab in it («Директор\t\tИ.И. Иванов»), unless
          // it continues a tab table across a blank line or a page break.
          if (run.size() > 1 || lastBlockIsTable(blocks)) {
            addTable(blocks, tabTable(run));
          } else {
            String line = InlineMarkup.toPlain(run.get(0).replace('\t', ' '));
            if (!line.isEmpty()) {
              blocks.add(new Paragraph(List.of(line)));
            }
          }
        }
      }
      i = end;
    }
    blocks.removeIf(b -> b instanceof Paragraph p && p.lines().isEmpty());
    return new Layout(blocks);
  }

  /**
   * Fixed-width text marks a paragraph by indenting its first line and wraps the rest at the left
   * edge («····1. Утвердить прилагаемый план … / Концепции в 2015 - 2016 годах.»): such a paragraph
   * becomes one line. Lines that are all indented (centred titles, an appendix block set right)
   * stay as they are.
   */
  static List<String> indentedParagraphs(List<String> run) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < run.size()) {
      String line = run.get(i);
      int j = i + 1;
      if (indent(line) >= 2) {
        StringBuilder joined = new StringBuilder(line.strip());
        while (j < run.size() && indent(run.get(j)) == 0 && !run.get(j).isBlank()) {
          joined.append(' ').append(run.get(j).strip());
          j++;
        }
        if (j > i + 1) {
          out.add(joined.toString());
          i = j;
          continue;
        }
      }
      out.add(line);
      i++;
    }
    return out;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** Pipe rows and drawn borders read as one run; every other kind is a run of its own. */
  private static Kind tabular(Kind kind) {
    return kind == Kind.GRID ? Kind.PIPE : kind;
  }

  private static boolean lastBlockIsTable(List<Block> blocks) {
    return !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Table;
  }

  private static void addTable(List<Block> blocks, Table table) {
    if (!table.rows().isEmpty()) {
      blocks.add(table);
    }
  }

  private static Kind kindOf(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return Kind.BLANK;
    }
    if (TextGrid.isGridLine(line)) {
      return Kind.GRID;
    }
    if (trimmed.startsWith("|") && trimmed.indexOf('|', 1) > 0 && !PIPES_ONLY.matcher(trimmed).matches()) {
      return Kind.PIPE;
    }
    if (line.indexOf('\t') >= 0 && !line.strip().replace('\t', ' ').isBlank()) {
      return Kind.TAB;
    }
    return Kind.TEXT;
  }

  /**
   * Markdown rows from line {@code from} on, into {@code rows}; returns the line after them. Web
   * pages copy a row whose cells hold line breaks over several lines («| 1 | Выставка «Осень» / в
   * читальном зале | / книжная выставка | МБ |»): a row goes on over the following
   * non-blank lines until the next line that starts a row of its own (unless that line only
   * completes the row, see {@link #completion}), or, once it ends with a pipe, until it has as many
   * cells as the first row.
   */
  private static int markdownRows(String[] lines, Kind[] kinds, int from, List<String> rows) {
    int width = -1;
    int k = from;
    while (k < lines.length && kinds[k] == Kind.PIPE) {
      StringBuilder row = new StringBuilder(lines[k].strip());
      int next = k + 1;
      while (next < lines.length && kinds[next] != Kind.BLANK && kinds[next] != Kind.GRID) {
        if (kinds[next] == Kind.PIPE) {
          int end = completion(lines, kinds, row.toString(), next, width);
          if (end < 0) {
            break;
          }
          for (; next < end; next++) {
            row.append('\n').append(lines[next].strip());
          }
          continue;
        }
        if (rowEnds(row.toString(), width)) {
          break;
        }
        row.append('\n').append(lines[next].strip());
        next++;
      }
      rows.add(row.toString());
      if (width < 0) {
        width = splitPipes(row.toString()).size();
      }
      k = next;
    }
    return k;
  }

  private static boolean rowEnds(String row, int width) {
    return width >= 0 && row.endsWith("|") && splitPipes(row).size() >= width;
  }

  /**
   * The line after the pipe lines from {@code next} on that complete a row of several cells which
   * stopped short of the header's width, or -1: an empty cell holding a line break splits
   * «| 2 | 12.12 | Игра | ¶ | Школа, 13-30 |» over pipe lines that together give the row exactly
   * its width.
   */
  private static int completion(String[] lines, Kind[] kinds, String row, int next, int width) {
    if (width < 0 || !row.endsWith("|")) {
      return -1;
    }
    int cells = splitPipes(row).size();
    if (cells <= 1 || cells >= width) {
      return -1;
    }
    StringBuilder joined = new StringBuilder(row);
    for (int m = next; m < lines.length && kinds[m] == Kind.PIPE; m++) {
      joined.append('\n').append(lines[m].strip());
      int now = splitPipes(joined.toString()).size();
      if (now == width) {
        return m + 1;
      }
      if (now > width) {
        return -1;
      }
    }
    return -1;
  }

  private static Table pipeTable(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = splitPipes(line.strip());
      if (cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
        continue; // |---|:--:| separator row
      }
      rows.add(row(cells));
    }
    return new Table(rows);
  }

  private static List<String> splitPipes(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    // The leading and trailing pipes leave an empty piece at each end.
    if (!cells.isEmpty() && cells.get(0).isBlank()) {
      cells.remove(0);
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank() && line.endsWith("|")) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static Table tabTable(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      rows.add(row(List.of(line.split("\t", -1))));
    }
    return new Table(rows);
  }

  private static Row row(List<String> rawCells) {
    List<Cell> cells = new ArrayList<>(rawCells.size());
    for (String raw : rawCells) {
      cells.add(new Cell(InlineMarkup.toPlain(raw)));
    }
    return new Row(cells);
  }
}
