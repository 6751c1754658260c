package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Field;
import prikaz.parser.internal.read.Layout;

/**
 * A table flattened to one line per row, cells run together with spaces as a site's text export
 * gives them: «N п/п Мероприятия Сроки исполнения Ответственные» over «1 Разработка макетов …
 * май - июнь УАГ». The header line is cut where a word names a new column; a row is a line that
 * goes on with the numbering (or, in a plan without numbers, a line that holds a due date); its
 * due date is the last run of dates and months (the first, when the date column comes before the
 * activity), the activity the text before it and the responsible the text after it. A line of
 * capitals or a Roman-numbered line between rows is a section.
 */
final class FlatRows {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern COLUMN_NUMBERS = Pattern.compile("^1\\s+2\\s+3(?:\\s+\\d+)*$");
  private static final Pattern ROMAN_SECTION = Pattern.compile("^[IVX]{1,5}\\.\\s+\\S.*");
  private static final int MAX_HEADER_WORDS = 18;

  private FlatRows() {}

  private record Line(String text, int block) {}

  static ImplicitTables.Found read(List<Layout.Block> blocks, int from) {
    List<Line> lines = new ArrayList<>();
    int end = from;
    // Text whose cells «|» ends is read by PipeCells, on its own turn.
    while (end < blocks.size() && blocks.get(end) instanceof Layout.Paragraph paragraph
        && !(end > from && PipeCells.isPipeText(paragraph))) {
      for (String line : paragraph.lines()) {
        lines.add(new Line(line.strip(), end));
      }
      end++;
    }
    for (int h = 0; h < lines.size(); h++) {
      List<String> header = headerCells(lines.get(h).text());
      if (header == null) {
        continue;
      }
      List<Layout.Row> rows = rows(header, lines.subList(h + 1, lines.size()));
      if (rows == null) {
        continue;
      }
      List<Layout.Block> out = new ArrayList<>();
      List<String> before = new ArrayList<>();
      int block = lines.get(0).block();
      for (Line line : lines.subList(0, h)) {
        if (line.block() != block) {
          ImplicitTables.addParagraph(out, before);
          before = new ArrayList<>();
          block = line.block();
        }
        before.add(line.text());
      }
      ImplicitTables.addParagraph(out, before);
      out.add(new Layout.Table(rows));
      return new ImplicitTables.Found(out, end);
    }
    return null;
  }

  /** The header line cut into cells where a word names a new column, or null if it is not a plan header. */
  static List<String> headerCells(String line) {
    List<String> words = WORD.matcher(line).results().map(java.util.regex.MatchResult::group).toList();
    if (words.size() < 3 || words.size() > MAX_HEADER_WORDS || !HeaderWords.isHeaderCell(words.get(0))) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    List<Object> kinds = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    Object kind = null;
    for (String word : words) {
      Object wordKind = kindOf(word);
      if (wordKind != null && !wordKind.equals(kind) && cell.length() > 0) {
        cells.add(cell.toString());
        kinds.add(kind);
        cell.setLength(0);
      }
      if (wordKind != null && cell.length() == 0) {
        kind = wordKind;
      }
      cell.append(cell.length() == 0 ? "" : " ").append(word);
    }
    cells.add(cell.toString());
    kinds.add(kind);
    if (cells.size() < 3 || !HeaderWords.isPlanHeader(cells) || kinds.stream().distinct().count() < cells.size()) {
      return null;
    }
    return cells;
  }

  /** What a header word opens: a column role, «other» for a column without one, or null. */
  private static Object kindOf(String word) {
    String bare = word.replaceAll("[,.;:()]+$", "").replaceAll("^[(]", "");
    if (bare.isEmpty()) {
      return null;
    }
    Field role = FieldWords.of(bare);
    if (role != null) {
      return role;
    }
    return Character.isUpperCase(bare.charAt(0)) && HeaderWords.isHeaderCell(bare) ? bare.toLowerCase(Locale.ROOT) : null;
  }

  private static List<Layout.Row> rows(List<String> header, List<Line> lines) {
    List<Field> roles = ColumnMap.columnRoles(header);
    int width = header.size();
    int numberColumn = roles.indexOf(Field.NUMBER);
    int activity = roles.indexOf(Field.ACTIVITY);
    int deadline = roles.indexOf(Field.DEADLINE);
    int responsible = roles.indexOf(Field.RESPONSIBLE);
    boolean dateFirst = deadline >= 0 && deadline < activity;
    List<Layout.Row> rows = new ArrayList<>();
    rows.add(ImplicitTables.row(header, width));
    String previous = null;
    int items = 0;
    for (Line line : lines) {
      String text = line.text();
      if (text.isEmpty() || COLUMN_NUMBERS.matcher(text).matches()) {
        continue;
      }
      String[] cells = new String[width];
      java.util.Arrays.fill(cells, "");
      Matcher numbered = CellKinds.NUMBER_AND_TEXT.matcher(text);
      String rest = text;
      if (numbered.matches() && !ROMAN_SECTION.matcher(text).matches()) {
        String number = numbered.group(1).replaceAll("[.)]$", "");
        if (CellKinds.follows(previous, number)) {
          previous = number;
          rest = numbered.group(2);
          if (numberColumn >= 0) {
            cells[numberColumn] = number;
          }
        }
      }
      boolean hasNumber = rest != text;
      Matcher due = dueDate(rest, dateFirst);
      if (!hasNumber && (due == null || ROMAN_SECTION.matcher(text).matches() || isCapitals(text))) {
        rows.add(ImplicitTables.row(List.of(text), width)); // a section, or text going on
        continue;
      }
      if (due == null || deadline < 0) {
        cells[activity] = rest;
      } else if (dateFirst) {
        cells[deadline] = due.group().strip();
        cells[activity] = rest.substring(due.end()).strip();
      } else {
        cells[activity] = rest.substring(0, due.start()).strip();
        cells[deadline] = due.group().strip();
        String after = rest.substring(due.end()).strip();
        if (responsible > deadline) {
          cells[responsible] = after;
        } else {
          cells[deadline] = (cells[deadline] + " " + after).strip();
        }
      }
      rows.add(ImplicitTables.row(List.of(cells), width));
      items++;
    }
    return items == 0 ? null : rows;
  }

  /** The row's due date: the first run of dates when the date column comes first, else the last one after some text. */
  private static Matcher dueDate(String text, boolean first) {
    Matcher m = CellKinds.DEADLINE_PHRASE.matcher(text);
    if (first) {
      return m.lookingAt() ? m : null;
    }
    int start = -1;
    int stop = -1;
    while (m.find()) {
      if (m.start() > 10) {
        start = m.start();
        stop = m.end();
      }
    }
    if (start < 0) {
      return null;
    }
    Matcher last = CellKinds.DEADLINE_PHRASE.matcher(text);
    last.region(start, stop);
    return last.lookingAt() ? last : null;
  }

  private static boolean isCapitals(String text) {
    return text.length() < 120 && Chars.isCapitals(text);
  }
}
