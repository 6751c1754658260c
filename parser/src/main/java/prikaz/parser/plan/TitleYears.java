package prikaz.parser.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year in a plan title that cannot be the year meant: five digits or three where a year stands
 * («на 20222 год», «на 202 г.», «2022/20233 учебный год»). The title is kept as written and no
 * period is read from it, rather than a period in the wrong millennium or none at all with no word.
 */
final class TitleYears {
  /** A run of digits that starts like a year but is too long or too short, before a year word or in a range. */
  private static final Pattern MISTYPED = Pattern.compile(
      "(?iu)(?<![\\d.])((?:19|20)\\d{3,4}|(?:19|20)\\d)(?=\\s*(?:год|г\\.|гг|учебн|[-–/]\\s*(?:19|20)\\d))"
          + "|(?<=(?:19|20)\\d\\d\\s?[-–/]\\s?)((?:19|20)\\d{3,4}|(?:19|20)\\d)(?![\\d.])");

  private TitleYears() {}

  /** The mistyped year as written, or null when the title has none. */
  static String mistyped(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = MISTYPED.matcher(title);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }
}
