package prikaz.parser.internal.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year in a plan title that cannot be the year meant: five digits or three where a year stands
 * («на 20222 год», «на 202 г.», «2022/20233 учебный год»). The title is kept as written; no period
 * is read from it, rather than a period in the wrong millennium or none at all with no word, unless
 * the other year of an academic-year pair tells which year was meant («20015/2016» is 2015/2016).
 */
final class TitleYears {
  /** A run of digits that starts like a year but is too long or too short, before a year word or in a range. */
  private static final Pattern MISTYPED = Pattern.compile(
      "(?iu)(?<![\\d.])((?:19|20)\\d{3,4}|(?:19|20)\\d)(?=\\s*(?:год|г\\.|гг|учебн|[-–/]\\s*(?:19|20)\\d))"
          + "|(?<=(?:19|20)\\d\\d\\s?[-–/]\\s?)((?:19|20)\\d{3,4}|(?:19|20)\\d)(?![\\d.])");

  private static final Pattern PAIR = Pattern.compile(
      "(?<![\\d.])(\\d{3,5})(\\s?[-–/]\\s?)(\\d{3,5})(?![\\d.])");

  private TitleYears() {}

  /**
   * The title with a mistyped year of a pair put right from the pair's other, well-typed year
   * (the first year of «X/2016» is 2015, the second of «2015/X» is 2016), or null when the title
   * has no such pair.
   */
  static String repaired(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = PAIR.matcher(title);
    while (m.find()) {
      boolean firstWell = isYear(m.group(1));
      boolean secondWell = isYear(m.group(3));
      if (firstWell == secondWell) {
        continue;
      }
      String first = firstWell ? m.group(1) : Integer.toString(Integer.parseInt(m.group(3)) - 1);
      String second = secondWell ? m.group(3) : Integer.toString(Integer.parseInt(m.group(1)) + 1);
      return title.substring(0, m.start()) + first + m.group(2) + second + title.substring(m.end());
    }
    return null;
  }

  private static boolean isYear(String digits) {
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }

  /** The mistyped year as written, or null when the title has none. */
  static String mistyped(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = MISTYPED.matcher(title);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }
}
