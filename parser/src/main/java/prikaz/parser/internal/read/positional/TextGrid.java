package prikaz.parser.internal.read.positional;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.internal.read.Layout;

/**
 * A table drawn with characters in fixed-width text, as legal databases and «save as text» export
 * it: box-drawing borders («┌──┬──┐ │ │ ├──┼──┤»), their windows-1251 stand-ins («+--T--¬ ¦ ¦
 * L--+--») or ASCII («+----+ | |»). Each character is one cell of a page grid; the borders become
 * {@link Ruling}s and the text {@link Word}s, so merged cells, wrapped lines and justified spacing
 * are read by the same code as a PDF's drawn table.
 */
public final class TextGrid {
  /** Width and height of one character on the imagined page, in points. */
  private static final double W = 6;
  private static final double H = 12;
  private static final double SIZE = 10;

  private static final String VERTICAL = "│┃║|¦";
  /** Box-drawing characters: borders wherever they stand. */
  private static final String BOX_HORIZONTAL = "─━═";
  private static final String BOX_JUNCTION = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫";
  /** ASCII and windows-1251 stand-ins: borders only in a line of nothing but borders. */
  private static final String HORIZONTAL = BOX_HORIZONTAL + "-=";
  private static final String JUNCTION = BOX_JUNCTION + "+T¬L";
  /** A row number in the first column: where an undivided block of text lines starts a new row. */
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*+\\.?");

  private TextGrid() {}

  /** Whether a line looks like part of a character-drawn table (a border or a bar-separated row). */
  public static boolean isGridLine(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    // «|---|---|» under a Markdown header is that table's separator, not a border.
    return first != '|' && (isRule(s) || (VERTICAL.indexOf(first) >= 0 || BOX_JUNCTION.indexOf(first) >= 0) && s.length() > 1);
  }

  /** A border line: only border characters and spaces, with a horizontal run in it. */
  static boolean isRule(String line) {
    int horizontal = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (HORIZONTAL.indexOf(c) >= 0) {
        horizontal++;
      } else if (c != ' ' && VERTICAL.indexOf(c) < 0 && JUNCTION.indexOf(c) < 0) {
        return false;
      }
    }
    return horizontal >= 3;
  }

  /**
   * The table drawn by these lines, or null when they draw none (fewer than two rows and two
   * columns of borders).
   */
  public static Layout.Table read(List<String> lines) {
    List<Ruling> rulings = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    boolean[] rule = new boolean[lines.size()];
    for (int l = 0; l < lines.size(); l++) {
      rule[l] = isRule(lines.get(l).strip());
    }
    // Horizontal borders: runs of horizontal and junction characters in border lines.
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      // In a line with text only box-drawing characters draw: «├───┤2022 │» under a merged cell.
      String horizontal = rule[l] ? HORIZONTAL + JUNCTION : BOX_HORIZONTAL + BOX_JUNCTION;
      int c = 0;
      while (c < line.length()) {
        if (horizontal.indexOf(line.charAt(c)) < 0) {
          c++;
          continue;
        }
        int start = c;
        while (c < line.length() && horizontal.indexOf(line.charAt(c)) >= 0) {
          c++;
        }
        if (c - start >= 2) {
          // Half a character beyond each end, so a corner drawn as «-» still meets its vertical.
          rulings.add(new Ruling(0, start * W, centre(l), c * W, centre(l)));
        }
      }
    }
    // Vertical borders: runs of lines with a bar (or a junction in a border line) at one column.
    for (int c = 0; c < width; c++) {
      int l = 0;
      while (l < lines.size()) {
        if (!vertical(lines.get(l), c, rule[l])) {
          l++;
          continue;
        }
        int start = l;
        while (l < lines.size() && vertical(lines.get(l), c, rule[l])) {
          l++;
        }
        // Reach the border lines above and below, whose corner may be drawn as «-».
        double top = start > 0 && rule[start - 1] ? centre(start - 1) : centre(start);
        double bottom = l < lines.size() && rule[l] ? centre(l) : centre(l - 1);
        if (bottom - top >= H) {
          rulings.add(new Ruling(0, x(c), top, x(c), bottom));
        }
      }
    }
    List<Ruling> verticals = rulings.stream().filter(r -> !r.horizontal()).toList();
    if (verticals.size() < 2) {
      return null;
    }
    double left = verticals.stream().mapToDouble(Ruling::position).min().orElse(0);
    double right = verticals.stream().mapToDouble(Ruling::position).max().orElse(0);
    double firstColumnEnd = verticals.stream().mapToDouble(Ruling::position).filter(x -> x > left + W).min().orElse(right);
    // Text: words split at spaces and bars; a numbered line inside an undivided block starts a row.
    for (int l = 0; l < lines.size(); l++) {
      if (rule[l]) {
        continue;
      }
      String line = lines.get(l);
      int c = 0;
      boolean newRow = false;
      while (c < line.length()) {
        if (separates(line.charAt(c))) {
          c++;
          continue;
        }
        int start = c;
        while (c < line.length() && !separates(line.charAt(c))) {
          c++;
        }
        String text = line.substring(start, c);
        if (text.isBlank()) {
          // Characters Java counts as white space but that are not the space (control separators).
          continue;
        }
        words.add(new Word(text, 0, start * W, l * H + 1, c * W, l * H + SIZE, SIZE));
        if (x(start) > left && x(c - 1) < firstColumnEnd && ROW_NUMBER.matcher(text).matches()) {
          newRow = true;
        }
      }
      if (newRow && l > 0 && !rule[l - 1] && !lines.get(l - 1).chars().anyMatch(ch -> BOX_HORIZONTAL.indexOf(ch) >= 0)) {
        rulings.add(new Ruling(0, left, l * H, right, l * H));
      }
    }
    List<RuledTable> tables = RuledTable.find(rulings);
    if (tables.isEmpty()) {
      return null;
    }
    // The drawing is one table; should the borders fall apart, the largest part is it.
    RuledTable table = tables.stream()
        .max(java.util.Comparator.comparingDouble(t -> (t.right - t.left) * (t.bottom - t.top)))
        .orElseThrow();
    Layout.Table read = PositionalLayout.table(table, words.stream().filter(table::contains).toList(), true);
    return read.rows().isEmpty() ? null : read;
  }

  /** Spaces and border characters end a word; ASCII «-» and «+» inside text are text. */
  private static boolean separates(char c) {
    return c == ' ' || VERTICAL.indexOf(c) >= 0 || BOX_HORIZONTAL.indexOf(c) >= 0 || BOX_JUNCTION.indexOf(c) >= 0;
  }

  private static boolean vertical(String line, int c, boolean rule) {
    if (c >= line.length()) {
      return false;
    }
    char ch = line.charAt(c);
    return VERTICAL.indexOf(ch) >= 0 || BOX_JUNCTION.indexOf(ch) >= 0 || rule && JUNCTION.indexOf(ch) >= 0;
  }

  private static double x(int column) {
    return column * W + W / 2;
  }

  private static double centre(int line) {
    return line * H + H / 2;
  }
}
