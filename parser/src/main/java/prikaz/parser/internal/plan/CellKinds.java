package prikaz.parser.internal.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text of a cell looks like when no grid says which column it is in: a due date or a
 * time («01.04.16», «12 марта», «до 01.11.2004», «в течение года», «11.00»), a person («Иванов
 * И.И.»), an item number («1.», «1.2.», «IV»).
 */
final class CellKinds {
  static final String MONTH = "(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
  // The spaces before «г», «ч» and between the dates of a phrase are taken possessively: given
  // back, they could be split between three quantifiers in every way, quadratic on a long run of spaces.
  // The phrase's rounds are repeated possessively too: a greedy group recurses once a round and
  // overflows the stack on a line of thousands of «1.1.1…».
  private static final String DATE = "\\d{1,2}\\.\\d{1,2}(?:\\.\\d{2,4})?\\.?(?:\\s*+г(?:ода|\\.)?)?";
  private static final String DAY_MONTH = "\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\s+" + MONTH;
  private static final String TIME = "\\d{1,2}[.:\\-]\\d{2}\\s*+(?:ч(?:ас)?\\.?)?";
  private static final String TERM = "(?:в\\s+течени[еи]|постоянно|ежемесячно|ежеквартально|ежегодно|еженедельно|"
      + "ежедневно|по\\s+мере|весь\\s+период|в\\s+период|по\\s+отдельному\\s+графику|по\\s+графику|"
      + "(?:[IV]{1,3}|\\d)\\s*(?:-?\\s*[ийго]{1,2}\\s+)?(?:квартал|полугоди)\\p{L}*|\\d{4}\\s*(?:-\\s*\\d{4}\\s*)?(?:г\\.?|год\\p{L}*|гг\\.?)"
      + "|(?:первая|вторая|третья|последняя)\\s+декада|начало|конец|середина)";
  private static final Pattern DEADLINE_START = Pattern.compile(
      "(?iu)^(?:(?:до|не\\s+позднее|с|по|в|к|на)\\s+)?(?:" + DATE + "|" + DAY_MONTH + "|" + MONTH + "|" + TERM + "|" + TIME + ")(?![\\p{L}\\d])");
  /** A deadline phrase inside a flattened row: dates, months, times, years and the words between them. */
  static final Pattern DEADLINE_PHRASE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(?:до|не\\s+позднее|с|в)\\s+)?(?:"
      + DATE + "|" + DAY_MONTH + "|" + MONTH + "|" + TERM + ")"
      + "(?:[\\s,]*+(?:[-–—]|и|по|до|с|в|,)?\\s*+(?:" + DATE + "|" + DAY_MONTH + "|" + MONTH + "|" + TIME + "|\\d{4}\\s*+(?:г\\.?|года)?"
      + "|\\([^()]{1,40}\\)))*+");
  private static final Pattern PERSON = Pattern.compile(
      "(?u)\\p{Lu}\\p{Ll}+\\s*\\p{Lu}\\.\\s*(?:\\p{Lu}\\.)?|\\p{Lu}\\.\\s*\\p{Lu}\\.\\s*\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\s\\p{Lu}(?!\\p{L})");
  static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3}|[IVX]{1,5})[.)]?$");
  static final Pattern NUMBER_AND_TEXT = Pattern.compile("(?s)^(\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.|\\d{1,2}\\))\\s+(\\S.*)$");

  private CellKinds() {}

  /** A cell that is a due date, a period or a time, not a sentence that happens to hold one. */
  static boolean isDeadline(String text) {
    String clean = text.replace('\n', ' ').strip();
    return !clean.isEmpty() && clean.split("\\s+").length <= 10 && DEADLINE_START.matcher(clean).find();
  }

  static boolean isPerson(String text) {
    return PERSON.matcher(text).find();
  }

  /** The number of a cell that is a number alone («1», «1.2.», «IV»), or null. */
  static String number(String text) {
    Matcher m = NUMBER.matcher(text.strip());
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Whether {@code next} can follow {@code previous} in a plan's numbering: the next number on
   * some level («1.2» → «1.3», «2»), the first below it («1» → «1.1»), or a new count («1»).
   */
  static boolean follows(String previous, String next) {
    if (next.equals("1") || next.equals("I")) {
      return true;
    }
    if (previous == null) {
      return next.matches("[1-3]|1\\.1|I{1,3}");
    }
    if (next.equals(previous + ".1")) {
      return true;
    }
    if (next.matches("[IVX]+")) {
      return true;
    }
    String[] parts = previous.split("\\.");
    if (!previous.matches("[\\d.]+")) {
      return next.matches("\\d+") && Integer.parseInt(next) <= 2 || next.matches("1\\.1");
    }
    StringBuilder prefix = new StringBuilder();
    for (String part : parts) {
      String candidate = prefix + Integer.toString(Integer.parseInt(part) + 1);
      if (next.equals(candidate)) {
        return true;
      }
      prefix.append(part).append('.');
    }
    return false;
  }
}
