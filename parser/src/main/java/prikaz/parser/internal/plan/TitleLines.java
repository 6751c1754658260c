package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import prikaz.parser.internal.Chars;

/**
 * Where a plan's title lies among the lines above its table. A title starts with its plan word
 * («ПЛАН», «План-график», «Перечень», «Мероприятия» …), alone on a line or not, and goes on over
 * its wrapped lines («мероприятий по подготовке …», «2013 учебного года», «(2020 - 2021 гг.)»);
 * a remark under it («(утвержден постановлением …)»), a bare date, a numbered point, a rule of
 * dashes or a column caption is not part of it. Without a plan word the title is the last paragraph with the
 * lower-case lines that continue it.
 */
final class TitleLines {
  /** One line of the heading, and whether a new paragraph starts with it. */
  record Line(String text, boolean opensParagraph) {}

  /** The title's lines: {@code from} to {@code to}, both inclusive. */
  record Span(int from, int to) {}

  private static final Pattern PLAN_WORD = Pattern.compile(
      "^(?:План|ПЛАН|Перечень|ПЕРЕЧЕНЬ|Мероприятия|МЕРОПРИЯТИЯ|Комплекс|КОМПЛЕКС|Дорожная карта|ДОРОЖНАЯ КАРТА"
          + "|Программа|ПРОГРАММА|График|ГРАФИК|Календарный план|КАЛЕНДАРНЫЙ ПЛАН)(?![\\p{L}])");
  /** A remark in brackets under a title: how the plan was approved or revised. */
  private static final Pattern REMARK = Pattern.compile(
      "(?iu)^\\(\\s*(?:утвержд|в\\s+ред|в\\s+редакции|с\\s+изменени|принят|одобрен|согласован).*\\)$");
  /** A date or an act number alone on a line: the day the plan was drawn up or approved. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?iu)^(?:от\\s*)?(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4})\\s*(?:г\\.?|года)?"
          + "(?:\\s*(?:№|N)\\s*\\S+)?\\.?$|^(?:№|N)\\s*\\S+$");
  /** A numbered point («1.», «2.3)»): the text under the title, not the title. */
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){0,6}[.)]\\s");
  /** A short line that gives the period a title covers: a preposition, then a year within 60 letters. */
  private static final Pattern PERIOD_LINE = Pattern.compile(
      "(?iu)^(?:на|в|во|по|с|к)\\s+[^\\n]{0,60}?(?<!\\d)(?:19|20)\\d{2}(?!\\d)[^\\n]{0,40}$");
  /** How far above the table a plan word is looked for. */
  private static final int LINES_LOOKED_AT = 12;
  private static final int LONGEST_TITLE = 1000;

  private TitleLines() {}

  /** Whether a line starts with a capitalised plan word: «План …», «ПЕРЕЧЕНЬ …». */
  static boolean startsWithPlanWord(String line) {
    return PLAN_WORD.matcher(line.strip()).find();
  }

  /** The heading's paragraphs (lines separated by {@code \n}) as lines. */
  static List<Line> of(List<String> paragraphs) {
    List<Line> lines = new ArrayList<>();
    for (String paragraph : paragraphs) {
      boolean first = true;
      for (String line : paragraph.split("\n")) {
        if (!line.isBlank()) {
          lines.add(new Line(line.strip(), first));
          first = false;
        }
      }
    }
    return lines;
  }

  /** The title among lines 0 to {@code last}, or null when there is none. */
  static Span find(List<Line> lines, int last) {
    if (last < 0) {
      return null;
    }
    for (int s = last; s >= Math.max(0, last - LINES_LOOKED_AT); s--) {
      String text = lines.get(s).text();
      if (AppendixHeading.isAppendixBlock(text)) {
        break;
      }
      if (startsWithPlanWord(text) && !text.endsWith(":")) {
        int to = s;
        int length = text.length();
        while (to < last && continues(lines, to + 1) && length < LONGEST_TITLE) {
          to++;
          length += lines.get(to).text().length();
        }
        return new Span(s, to);
      }
    }
    return lastParagraph(lines, last);
  }

  /** No plan word: the last paragraph, with paragraphs above it that it continues in lower case. */
  private static Span lastParagraph(List<Line> lines, int last) {
    int from = paragraphStart(lines, last);
    if (length(lines, from, last) > LONGEST_TITLE || lines.get(last).text().endsWith(":")) {
      return null;
    }
    while (from > 0 && Chars.startsLowercase(lines.get(from).text())
        && !lines.get(from - 1).text().matches("(?s).*[.:;]$")
        && !AppendixHeading.isAppendixBlock(lines.get(from - 1).text())) {
      from = paragraphStart(lines, from - 1);
    }
    return new Span(from, last);
  }

  /** Whether line {@code next} goes on with the title above it. */
  private static boolean continues(List<Line> lines, int next) {
    Line line = lines.get(next);
    String text = line.text();
    if (AppendixHeading.isAppendixBlock(text) || REMARK.matcher(text).matches() || DATE_LINE.matcher(text).matches()
        || NUMBERED.matcher(text).find() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return false;
    }
    if (!line.opensParagraph()) {
      return true;
    }
    char first = text.charAt(0);
    if (Character.isLowerCase(first) || Character.isDigit(first) || first == '«' || first == '"' || first == '(') {
      return true;
    }
    // A title set in capitals goes on in capitals: «ПЛАН», «МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ …».
    String above = lines.get(next - 1).text();
    if (Chars.isCapitals(above) && Chars.isCapitals(text)) {
      return true;
    }
    // Its period on a line of its own, after a name in mixed case: «НА СЕНТЯБРЬ 2015/2016 УЧЕБНЫЙ ГОД».
    return PERIOD_LINE.matcher(text).find();
  }

  private static int paragraphStart(List<Line> lines, int index) {
    int from = index;
    while (from > 0 && !lines.get(from).opensParagraph()) {
      from--;
    }
    return from;
  }

  private static int length(List<Line> lines, int from, int to) {
    int length = 0;
    for (int i = from; i <= to; i++) {
      length += lines.get(i).text().length() + 1;
    }
    return length;
  }

  /** Lines from {@code from} to {@code to} as texts, the lines of one paragraph joined with a space. */
  static List<String> paragraphs(List<Line> lines, int from, int to) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (int i = from; i <= to; i++) {
      Line line = lines.get(i);
      if (current == null || line.opensParagraph()) {
        if (current != null) {
          out.add(current.toString());
        }
        current = new StringBuilder(line.text());
      } else {
        current.append(' ').append(line.text());
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }
}
